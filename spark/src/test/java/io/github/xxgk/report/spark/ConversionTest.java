package io.github.xxgk.report.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.report.ParserOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The conversion in local mode on testdata and a generated archive of a few thousand files, against the command
 * line's wide and diagnostics CSV for the same files.
 */
class ConversionTest {

    private static final int GENERATED = 2_500;

    @TempDir
    static Path work;

    private static Path archive;
    private static List<String[]> cliReports;
    private static List<String[]> cliDiagnostics;
    private static List<Row> reports;
    private static List<Row> diagnostics;

    @BeforeAll
    static void convertWithBoth() throws IOException {
        archive = work.resolve("archive");
        copy(SparkTests.testdata(), archive.resolve("testdata"));
        TestTree.write(archive.resolve("generated"), GENERATED);
        cliReports = Cli.convert(archive, work.resolve("cli.csv"), work.resolve("cli-diagnostics.csv"));
        cliDiagnostics = Cli.read(work.resolve("cli-diagnostics.csv"));
        Conversion conversion = XxgkSpark.convert(XxgkSpark.files(SparkTests.session(), archive.toString()))
                .persist();
        reports = conversion.reports().collectAsList();
        diagnostics = conversion.diagnostics().collectAsList();
        conversion.unpersist();
    }

    @Test
    void everyFileGivesItsRowsAsTheCliDoes() throws IOException {
        List<String> files;
        try (Stream<Path> all = Files.walk(archive)) {
            files = all.filter(Files::isRegularFile).map(Path::toString).toList();
        }
        assertThat(files).hasSizeGreaterThan(GENERATED);
        assertThat(reports).hasSize(cliReports.size() - 1);
        assertThat(reports.stream().map(row -> row.getString(0)).distinct()).hasSize(reports.size());
        assertThat(reports.stream().map(row -> Cells.cliFile(row.getString(0)).replaceFirst("!/.*", "")).distinct())
                .containsExactlyInAnyOrderElementsOf(files);
    }

    @Test
    void aZipArchiveGivesARowPerFileInIt() {
        List<Row> crawl = reports.stream().filter(row -> row.getString(0).contains("crawl-2021.zip!/")).toList();
        assertThat(crawl).hasSizeGreaterThan(1)
                .allSatisfy(row -> assertThat(row.getString(0)).matches(".*crawl-2021\\.zip!/[^!]+"));
        assertThat(crawl).filteredOn(row -> "parsed".equals(row.getString(1))).isNotEmpty();
    }

    @Test
    void theWideTableIsTheCliWideCsvCellForCell() {
        assertThat(Cells.mismatches(cliReports, reports)).isEmpty();
        assertThat(reports.stream().map(row -> row.getString(1)).distinct())
                .containsExactlyInAnyOrder("parsed", "not_a_report", "failed");
    }

    @Test
    void theDiagnosticsAreTheCliDiagnostics() {
        assertThat(diagnostics).hasSizeGreaterThan(reports.size());
        assertThat(Cells.diagnosticMismatches(cliDiagnostics, diagnostics)).isEmpty();
    }

    @Test
    void theColumnsAreTheCliColumnsTyped() {
        assertThat(XxgkSpark.reportsSchema().fieldNames()).containsExactly(cliReports.get(0));
        assertThat(XxgkSpark.diagnosticsSchema().fieldNames()).containsExactly(cliDiagnostics.get(0));
        assertThat(XxgkSpark.reportsSchema().apply("agency").dataType()).isEqualTo(DataTypes.StringType);
        assertThat(XxgkSpark.reportsSchema().apply("year").dataType()).isEqualTo(DataTypes.IntegerType);
        assertThat(XxgkSpark.reportsSchema().apply("requests.new.total").dataType()).isEqualTo(DataTypes.LongType);
        assertThat(XxgkSpark.reportsSchema().apply("proactive.licensing.items_change").dataType())
                .isEqualTo(DataTypes.LongType);
        assertThat(XxgkSpark.reportsSchema().apply("proactive.fees.amount").dataType()).isEqualTo(Tables.DECIMAL);
        assertThat(XxgkSpark.reportsSchema().apply("series.requests_new").dataType()).isEqualTo(DataTypes.LongType);
        assertThat(XxgkSpark.reportsSchema().apply("rate.disclosure").dataType()).isEqualTo(Tables.RATE);
        assertThat(XxgkSpark.diagnosticsSchema().apply("line").dataType()).isEqualTo(DataTypes.IntegerType);
    }

    @Test
    void aFileThatCannotBeReadGivesItsFailedRow() {
        Row cut = row(TestTree.CUT_DOCX);
        assertThat(cut.getString(1)).isEqualTo("failed");
        assertThat(cut.<String>getAs("message")).startsWith("corrupt: ");
        assertThat(cut.<Object>getAs("requests.new.total")).isNull();
        assertThat(row(TestTree.EMPTY).<String>getAs("message")).startsWith("empty: ");
        assertThat(row(TestTree.RANDOM).<String>getAs("message")).startsWith("unsupported_format: ");
        assertThat(diagnostics).filteredOn(d -> d.getString(0).equals(cut.getString(0)))
                .singleElement().satisfies(d -> assertThat(d.<String>getAs("code")).isEqualTo("read.corrupt"));
    }

    @Test
    void aReportGivesItsTypedValues() {
        Row wuzhong = reports.stream()
                .filter(row -> row.getString(0).endsWith("testdata/reports/wuzhong-civil-affairs-2021.txt"))
                .findFirst().orElseThrow();
        assertThat(wuzhong.<String>getAs("agency")).isEqualTo("吴忠市民政局");
        assertThat(wuzhong.<Integer>getAs("year")).isEqualTo(2021);
        assertThat(wuzhong.<Long>getAs("requests.new.total")).isEqualTo(1L);
        assertThat(wuzhong.<java.math.BigDecimal>getAs("proactive.fees.amount")).isEqualByComparingTo("0");
        assertThat(wuzhong.<Object>getAs("proactive.procurement.amount")).isNull();
    }

    @Test
    void filesBeyondTheInputBoundAreNotReadAndFailAsInTheCli() {
        Path reportsFolder = archive.resolve("testdata/reports");
        List<String[]> cli = Cli.convert(reportsFolder, work.resolve("bounded.csv"),
                work.resolve("bounded-diagnostics.csv"), "--max-input-bytes", "20000");
        List<Row> bounded = XxgkSpark.convert(XxgkSpark.files(SparkTests.session(), reportsFolder.toString()),
                ConversionOptions.defaults().withParserOptions(ParserOptions.builder().maxInputBytes(20_000).build()))
                .reports().collectAsList();
        assertThat(Cells.mismatches(cli, bounded)).isEmpty();
        assertThat(bounded).filteredOn(row -> "failed".equals(row.getString(1))).isNotEmpty()
                .allSatisfy(row -> assertThat(row.<String>getAs("message")).isEqualTo(
                        "limit_exceeded: larger than the maximum input size of 20000 bytes (maxInputBytes)"));
    }

    @Test
    void aParseOverTheTimeBudgetIsAbandonedWithLimitExceeded() {
        Dataset<Row> pdf = XxgkSpark.files(SparkTests.session(),
                archive.resolve("testdata/reports/hongze-district-2024.pdf").toString());
        Row row = XxgkSpark.convert(pdf, ConversionOptions.defaults().withTimeout(Duration.ofMillis(1)))
                .reports().first();
        assertThat(row.<String>getAs("message"))
                .isEqualTo("limit_exceeded: took longer than the time budget of 1 ms; abandoned");
    }

    @Test
    void aTaskThatFailsAndRunsAgainWritesTheSameRows() {
        SparkSession spark = SparkTests.session();
        Dataset<Row> files = XxgkSpark.files(spark, archive.resolve("testdata/reports").toString());
        // The first attempt of the first task fails after two files; Spark runs the task again.
        Dataset<Row> failingOnce = files.mapPartitions((MapPartitionsFunction<Row, Row>) rows -> {
            TaskContext task = TaskContext.get();
            boolean fail = task.attemptNumber() == 0 && task.partitionId() == 0;
            return new FailingAfterTwo(rows, fail);
        }, Encoders.row(files.schema()));
        Path output = work.resolve("retried.parquet");
        XxgkSpark.convert(failingOnce).reports().write().parquet(output.toString());
        List<Row> written = spark.read().parquet(output.toString()).collectAsList();
        List<Row> once = XxgkSpark.convert(files).reports().collectAsList();
        Comparator<Row> byFile = Comparator.comparing(row -> row.getString(0));
        assertThat(written).hasSize(14);
        assertThat(written.stream().sorted(byFile).toList()).containsExactlyElementsOf(
                once.stream().sorted(byFile).toList());
    }

    /** Rows passed through, except that with {@code fail} the third one throws. */
    private static final class FailingAfterTwo implements Iterator<Row> {
        private final Iterator<Row> rows;
        private final boolean fail;
        private int given;

        FailingAfterTwo(Iterator<Row> rows, boolean fail) {
            this.rows = rows;
            this.fail = fail;
        }

        @Override
        public boolean hasNext() {
            return rows.hasNext();
        }

        @Override
        public Row next() {
            if (fail && given++ == 2) {
                throw new IllegalStateException("a first attempt that fails");
            }
            return rows.next();
        }
    }

    private static Row row(String nameEnd) {
        return reports.stream().filter(r -> r.getString(0).endsWith(nameEnd)).findFirst().orElseThrow();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path file : all.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
