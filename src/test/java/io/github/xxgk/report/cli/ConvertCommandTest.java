package io.github.xxgk.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import io.github.xxgk.report.TestData;
import io.github.xxgk.report.export.WideCsv;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static List<String[]> csv(String text) throws Exception {
        try (CSVReader reader = new CSVReader(new StringReader(text))) {
            return reader.readAll();
        }
    }

    @Test
    void aFolderOfReportsMixedWithOtherFilesGivesEachItsRowAndExitsZero() throws Exception {
        Path crawl = Files.createDirectories(dir.resolve("crawl"));
        List<Path> reports = List.of(TestData.SEED, TestData.REPORTS.resolve("pingtan-2021.html"),
                TestData.ROOT.resolve("pages/sichuan-yanbian-xinjiu-town-2021.txt"));
        for (Path report : reports) {
            Files.copy(report, crawl.resolve(report.getFileName()));
        }
        List<Path> others;
        try (Stream<Path> files = Files.list(TestData.ROOT.resolve("not-reports"))) {
            others = files.toList();
        }
        for (Path other : others) {
            Files.copy(other, crawl.resolve(other.getFileName()));
        }
        Path output = dir.resolve("out.csv");

        int exit = run("convert", crawl.toString(), "-o", output.toString());

        assertThat(exit).isEqualTo(Main.OK);
        List<String[]> rows = csv(Files.readString(output, StandardCharsets.UTF_8));
        List<String> columns = WideCsv.columns();
        assertThat(rows).hasSize(reports.size() + others.size() + 1);
        for (String[] row : rows.subList(1, rows.size())) {
            boolean report = reports.stream().anyMatch(r -> row[0].endsWith(r.getFileName().toString()));
            assertThat(row[columns.indexOf("status")]).as(row[0]).isEqualTo(report ? "parsed" : "not_a_report");
            if (!report) {
                assertThat(row[columns.indexOf("message")]).as(row[0]).startsWith("source.not_a_report: ");
                assertThat(row[columns.indexOf("template")]).as(row[0]).isEqualTo("unknown");
            }
        }
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("files " + (rows.size() - 1) + ", parsed 3, not a report " + others.size() + ", ");
    }

    @Test
    void convertsAFolderIntoOneRowPerFile() throws Exception {
        Path output = dir.resolve("out.csv");
        int exit = run("convert", TestData.REPORTS.toString(), "-o", output.toString());

        assertThat(exit).isEqualTo(Main.OK);
        List<String[]> rows = csv(Files.readString(output, StandardCharsets.UTF_8));
        assertThat(rows.get(0)).containsExactlyElementsOf(WideCsv.columns());
        assertThat(rows).hasSize(TestData.reports().size() + 1);
        String[] seed = rows.stream().filter(r -> r[0].endsWith("wuzhong-civil-affairs-2021.txt")).findFirst()
                .orElseThrow();
        List<String> columns = WideCsv.columns();
        assertThat(seed[columns.indexOf("status")]).isEqualTo("parsed");
        assertThat(seed[columns.indexOf("agency")]).isEqualTo("吴忠市民政局");
        assertThat(seed[columns.indexOf("year")]).isEqualTo("2021");
        assertThat(seed[columns.indexOf("template")]).isEqualTo("2021");
        assertThat(seed[columns.indexOf("errors")]).isEqualTo("0");
        assertThat(seed[columns.indexOf("proactive.licensing.decisions")]).isEqualTo("34");
        assertThat(seed[columns.indexOf("requests.new.total")]).isEqualTo("1");
        assertThat(seed[columns.indexOf("requests.other_handling.total")]).as("a 2019-only cell").isEmpty();
    }

    @Test
    void aFileThatCannotBeReadGetsAFailedRowAndTheRunGoesOn() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Path binary = Files.write(dir.resolve("blob.txt"), new byte[] {0, 1, 2, 3, 0, 0, 7});
        Path missing = dir.resolve("missing.txt");

        int exit = run("convert", empty.toString(), binary.toString(), missing.toString(), TestData.SEED.toString());

        assertThat(exit).isEqualTo(Main.SOME_FAILED);
        List<String[]> rows = csv(out.toString(StandardCharsets.UTF_8));
        assertThat(rows).hasSize(5);
        List<String> columns = WideCsv.columns();
        assertThat(rows.subList(1, 5)).extracting(r -> r[columns.indexOf("status")])
                .containsExactly("failed", "failed", "failed", "parsed");
        assertThat(rows.get(1)[columns.indexOf("message")]).startsWith("unsupported_format:");
        assertThat(rows.get(2)[columns.indexOf("message")]).startsWith("empty:");
        assertThat(rows.get(3)[columns.indexOf("message")]).startsWith("io_error:");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("empty.txt: failed");
    }

    @Test
    void noOutputFileIsLeftWhenTheOutputCannotBeWritten() throws Exception {
        Path blocked = Files.writeString(dir.resolve("not-a-folder"), "x", StandardCharsets.UTF_8);
        int exit = run("convert", TestData.SEED.toString(), "-o", blocked.resolve("out.csv").toString());

        assertThat(exit).isEqualTo(Main.USAGE_OR_OUTPUT_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("xxgk-report: ");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(blocked);
        }
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run("convert")).isEqualTo(Main.USAGE_OR_OUTPUT_ERROR);
        assertThat(run("no-such-command")).isEqualTo(Main.USAGE_OR_OUTPUT_ERROR);
        assertThat(run()).isEqualTo(Main.USAGE_OR_OUTPUT_ERROR);
    }

    @Test
    void helpListsTheExitCodes() {
        assertThat(run("convert", "--help")).isEqualTo(Main.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Exit codes:", "status=failed");
    }
}
