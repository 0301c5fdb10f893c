package io.github.xxgk.report.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job, run in this JVM's Spark session as spark-submit runs its main class. */
class XxgkSparkJobTest {

    @TempDir
    Path work;

    @BeforeAll
    static void sessionOfTheApplication() {
        SparkTests.session();
    }

    @Test
    void csvOutputIsTheCliWideCsvAndItsDiagnostics() {
        Path input = SparkTests.testdata().resolve("reports");
        Path output = work.resolve("reports.csv");
        Path diagnostics = work.resolve("diagnostics.csv");
        assertThat(XxgkSparkJob.run("--input", input.toString(), "--output", output.toString(), "--format", "csv",
                "--diagnostics", diagnostics.toString())).isZero();
        List<String[]> cli = Cli.convert(input, work.resolve("cli.csv"), work.resolve("cli-diagnostics.csv"));
        assertThat(Cells.mismatches(cli, readCsv(output))).isEmpty();
        assertThat(Cells.diagnosticMismatches(Cli.read(work.resolve("cli-diagnostics.csv")), readCsv(diagnostics)))
                .isEmpty();
    }

    @Test
    void parquetIsTheDefault() {
        Path output = work.resolve("reports.parquet");
        assertThat(XxgkSparkJob.run("--input", SparkTests.testdata().resolve("not-reports").toString(),
                "--output", output.toString())).isZero();
        List<Row> rows = SparkTests.session().read().parquet(output.toString()).collectAsList();
        assertThat(rows).hasSize(6).allSatisfy(row -> assertThat(row.getString(1)).isEqualTo("not_a_report"));
        assertThat(rows.get(0).schema()).isEqualTo(XxgkSpark.reportsSchema().asNullable());
    }

    @Test
    void usageAndOutputErrorsExitWithTwo() throws IOException {
        String input = SparkTests.testdata().resolve("not-reports").toString();
        String output = work.resolve("out").toString();
        assertThat(XxgkSparkJob.run("--input", input)).isEqualTo(2);
        assertThat(XxgkSparkJob.run("--input", input, "--output", output, "--format", "xlsx")).isEqualTo(2);
        assertThat(XxgkSparkJob.run("--input", input, "--output", output, "--diagnostics", output)).isEqualTo(2);
        assertThat(XxgkSparkJob.run("--input", input, "--output", output, "--timeout-seconds", "5")).isEqualTo(2);
        SparkTests.session().conf().set(XxgkSparkJob.TIMEOUT_PROPERTY, "-1");
        try {
            assertThat(XxgkSparkJob.run("--input", input, "--output", output)).isEqualTo(2);
        } finally {
            SparkTests.session().conf().unset(XxgkSparkJob.TIMEOUT_PROPERTY);
        }
        Files.createDirectories(work.resolve("out"));
        assertThat(XxgkSparkJob.run("--input", input, "--output", output)).isEqualTo(2);
        assertThat(XxgkSparkJob.run("--input", work.resolve("absent").toString(), "--output",
                work.resolve("out2").toString())).isEqualTo(2);
    }

    private static List<Row> readCsv(Path folder) {
        return SparkTests.session().read().option("header", "true").option("multiLine", "true")
                .csv(folder.toString()).collectAsList();
    }
}
