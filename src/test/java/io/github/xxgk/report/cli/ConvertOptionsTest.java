package io.github.xxgk.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opencsv.CSVReader;
import io.github.xxgk.report.TestData;
import io.github.xxgk.report.XxgkReport;
import io.github.xxgk.report.export.DiagnosticsCsv;
import io.github.xxgk.report.export.LongCsv;
import io.github.xxgk.report.export.WideCsv;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.CellKey;
import io.github.xxgk.report.series.Indicator;
import io.github.xxgk.report.series.Rate;
import io.github.xxgk.report.series.Series;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The options of {@code convert}: output safety, file selection, formats, headers, diagnostics, messages. */
class ConvertOptionsTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static List<String[]> csv(String text) throws Exception {
        try (CSVReader reader = new CSVReader(new StringReader(text))) {
            return reader.readAll();
        }
    }

    private static String read(Path file) throws Exception {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private Path write(String relative, String text) throws Exception {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private List<String> names() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    /** A refused run still removes what an interrupted run left for the same output. */
    @Test
    void aRunRefusedForAnExistingOutputRemovesTheLeftoversOfAnInterruptedOne() throws Exception {
        Path output = write("out.csv", "keep me\n");
        write(".out.csv.k3j2.xxgk-partial", "half a run");

        assertThat(run("convert", TestData.SEED.toString(), "-o", output.toString()))
                .isEqualTo(Main.USAGE_OR_OUTPUT_ERROR);
        assertThat(names()).containsExactly("out.csv");
    }

    @Test
    void anExistingOutputIsReplacedOnlyWithForce() throws Exception {
        Path output = write("out.csv", "keep me\n");

        assertThat(run("convert", TestData.SEED.toString(), "-o", output.toString()))
                .isEqualTo(Main.USAGE_OR_OUTPUT_ERROR);
        assertThat(stderr()).contains(output.toString(), "exists", "--force");
        assertThat(read(output)).isEqualTo("keep me\n");
        assertThat(names()).containsExactly("out.csv");

        assertThat(run("convert", TestData.SEED.toString(), "-o", output.toString(), "--force")).isEqualTo(Main.OK);
        assertThat(csv(read(output))).hasSize(2);
    }

    @Test
    void anExistingDiagnosticsFileIsReplacedOnlyWithForce() throws Exception {
        Path diagnostics = write("diag.csv", "keep me\n");
        Path output = dir.resolve("out.csv");

        assertThat(run("convert", TestData.SEED.toString(), "-o", output.toString(), "--diagnostics",
                diagnostics.toString())).isEqualTo(Main.USAGE_OR_OUTPUT_ERROR);
        assertThat(names()).containsExactly("diag.csv");
        assertThat(read(diagnostics)).isEqualTo("keep me\n");
    }

    @Test
    void includeAndExcludeGlobsApplyToPathsRelativeToTheFolder() throws Exception {
        String seed = TestData.seedText();
        for (String name : List.of("top.html", "a/b.html", "a/draft/c.html", "a/d.txt", ".hidden/e.html",
                "a/.f.html", "draft.html")) {
            write("in/" + name, seed);
        }
        Path in = dir.resolve("in");
        run("convert", in.toString(), "--include", "**/*.html", "--exclude", "**/draft/**", "--exclude",
                "draft.*");

        List<String> files = csv(out.toString(StandardCharsets.UTF_8)).stream().skip(1).map(r -> r[0]).toList();
        assertThat(files).containsExactly(in.resolve("a/b.html").toString(), in.resolve("top.html").toString());
    }

    @Test
    void filesNamedOnTheCommandLineAreReadWhateverTheGlobs() throws Exception {
        Path named = write("named.txt", TestData.seedText());
        run("convert", named.toString(), "--include", "**/*.html");

        assertThat(csv(out.toString(StandardCharsets.UTF_8))).hasSize(2);
    }

    @Test
    void theToolsOwnOutputsAndLeftoversInTheInputFolderAreNotRead() throws Exception {
        write("reports/seed.txt", TestData.seedText());
        Path leftover = write("reports/.out.csv.abc123.xxgk-partial", "half a row");
        Path otherLeftover = write("reports/.other.csv.abc123.xxgk-partial", "not ours");
        Path output = dir.resolve("reports/out.csv");
        Path diagnostics = dir.resolve("reports/diag.csv");

        assertThat(run("convert", dir.resolve("reports").toString(), "-o", output.toString(), "--diagnostics",
                diagnostics.toString())).isEqualTo(Main.OK);
        assertThat(run("convert", dir.resolve("reports").toString(), output.toString(), "-o", output.toString(),
                "--diagnostics", diagnostics.toString(), "--force")).isEqualTo(Main.OK);

        assertThat(csv(read(output))).hasSize(2);
        assertThat(leftover).doesNotExist();
        assertThat(otherLeftover).as("another output's leftover is not ours to remove").exists();
    }

    @Test
    void longFormatHasOneRowPerValueAndOneRowForAFailedFile() throws Exception {
        Path empty = write("empty.txt", "");
        assertThat(run("convert", "--format", "long", empty.toString(), TestData.SEED.toString()))
                .isEqualTo(Main.SOME_FAILED);

        List<String[]> rows = csv(out.toString(StandardCharsets.UTF_8));
        assertThat(rows.get(0)).containsExactlyElementsOf(LongCsv.COLUMNS);
        AnnualReport seed = XxgkReport.parse(TestData.SEED);
        Series series = Series.of(seed);
        long derived = Stream.of(Indicator.values()).filter(i -> series.get(i).isPresent()).count()
                + Stream.of(Rate.values()).filter(r -> series.rate(r).isPresent()).count();
        assertThat(rows).hasSize(1 + 1 + seed.values().size() + (int) derived);
        assertThat(rows.get(1)).containsExactly(empty.toString(), "", "", "", "", "", "", "", "");
        assertThat(rows).anySatisfy(r -> assertThat(r).containsExactly(TestData.SEED.toString(), "吴忠市民政局",
                "2021", "2021", "requests", "new", "natural_person", "1", ""));
        assertThat(rows).anySatisfy(r -> assertThat(r).containsExactly(TestData.SEED.toString(), "吴忠市民政局",
                "2021", "2021", "series", "requests_new", "", seed.value(CellKey.parse("requests.new.total"))
                        .orElseThrow().toPlainString(), "requests.new.total"));
    }

    @Test
    void jsonlHasOneObjectPerFile() throws Exception {
        Path empty = write("empty.txt", "");
        assertThat(run("convert", "--format", "jsonl", empty.toString(), TestData.SEED.toString()))
                .isEqualTo(Main.SOME_FAILED);

        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(2);
        ObjectMapper json = new ObjectMapper();
        JsonNode failed = json.readTree(lines[0]);
        assertThat(failed.get("file").asText()).isEqualTo(empty.toString());
        assertThat(failed.get("status").asText()).isEqualTo("failed");
        assertThat(failed.get("message").asText()).isEqualTo("empty: the source is empty");
        JsonNode parsed = json.readTree(lines[1]);
        assertThat(parsed.get("status").asText()).isEqualTo("parsed");
        assertThat(parsed.get("cells").get("proactive.licensing.decisions").asInt()).isEqualTo(34);
    }

    @Test
    void chineseHeaderChangesOnlyTheHeaderRow() throws Exception {
        run("convert", TestData.SEED.toString());
        List<String[]> english = csv(out.toString(StandardCharsets.UTF_8));
        run("convert", TestData.SEED.toString(), "--header", "zh");
        List<String[]> chinese = csv(out.toString(StandardCharsets.UTF_8));

        assertThat(chinese.get(0)).containsExactlyElementsOf(WideCsv.chineseColumns());
        assertThat(chinese.get(0)).contains("三、收到和处理政府信息公开申请情况-本年新收政府信息公开申请数量-总计");
        assertThat(chinese.get(1)).containsExactly(english.get(1));
    }

    @Test
    void bomStartsEachCsvWithAByteOrderMark() throws Exception {
        Path output = dir.resolve("out.csv");
        Path diagnostics = dir.resolve("diag.csv");
        run("convert", TestData.SEED.toString(), "-o", output.toString(), "--diagnostics", diagnostics.toString(),
                "--bom");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        assertThat(Arrays.copyOf(Files.readAllBytes(output), 4)).startsWith(bom).endsWith((byte) 'f');
        assertThat(Files.readAllBytes(diagnostics)).startsWith(bom);

        run("convert", TestData.SEED.toString(), "-o", output.toString(), "--force");
        assertThat(Files.readAllBytes(output)).startsWith("file,".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void diagnosticsFileHasEveryDiagnosticAndAReadRowPerFailedFile() throws Exception {
        Path notACount = write("in/not-a-count.txt", SeedReports.notACount());
        Path empty = write("in/empty.txt", "");
        Path diagnostics = dir.resolve("diag.csv");
        assertThat(run("convert", dir.resolve("in").toString(), "-o", dir.resolve("out.csv").toString(),
                "--diagnostics", diagnostics.toString())).isEqualTo(Main.SOME_FAILED);

        List<String[]> rows = csv(read(diagnostics));
        assertThat(rows.get(0)).containsExactlyElementsOf(DiagnosticsCsv.COLUMNS);
        assertThat(rows.get(1)).containsExactly(empty.toString(), "error", "read.empty", "", "", "", "",
                "the source is empty");
        assertThat(rows).anySatisfy(r -> {
            assertThat(r[0]).isEqualTo(notACount.toString());
            assertThat(Arrays.copyOfRange(r, 1, 7)).containsExactly("error", "cell.not_a_number", "proactive",
                    "licensing", "decisions", "31");
        });
        int expected = XxgkReport.parse(notACount).diagnostics().size();
        assertThat(rows).hasSize(1 + 1 + expected);
    }

    @Test
    void theSummaryLineCountsTheRunAndQuietSilencesEverything() throws Exception {
        Path empty = write("empty.txt", "");
        Path notACount = write("not-a-count.txt", SeedReports.notACount());
        run("convert", empty.toString(), notACount.toString(), TestData.SEED.toString());

        assertThat(stderr()).contains(empty + ": failed: empty: the source is empty");
        assertThat(stderr().lines().reduce((a, b) -> b).orElseThrow())
                .matches("files 3, parsed 2, not a report 0, with errors 1, failed 1, seconds \\d+\\.\\d");

        run("convert", empty.toString(), notACount.toString(), TestData.SEED.toString(), "--quiet");
        assertThat(stderr()).isEmpty();
    }

    @Test
    void contradictoryOrInvalidOptionsAreUsageErrors() {
        String seed = TestData.SEED.toString();
        Path output = dir.resolve("out.csv");
        assertThat(run("convert", seed, "--format", "jsonl", "--header", "zh")).isEqualTo(Main.USAGE_OR_OUTPUT_ERROR);
        assertThat(run("convert", seed, "--format", "jsonl", "--names", "stata"))
                .isEqualTo(Main.USAGE_OR_OUTPUT_ERROR);
        assertThat(run("convert", seed, "--format", "jsonl", "--bom")).isEqualTo(Main.USAGE_OR_OUTPUT_ERROR);
        assertThat(run("convert", seed, "--threads", "0")).isEqualTo(Main.USAGE_OR_OUTPUT_ERROR);
        assertThat(stderr()).contains("--threads must be at least 1");
        assertThat(run("convert", seed, "--format", "xml")).isEqualTo(Main.USAGE_OR_OUTPUT_ERROR);
        assertThat(run("convert", seed, "--include", "a{b")).isEqualTo(Main.USAGE_OR_OUTPUT_ERROR);
        assertThat(run("convert", seed, "-o", output.toString(), "--diagnostics", output.toString()))
                .isEqualTo(Main.USAGE_OR_OUTPUT_ERROR);
        assertThat(output).doesNotExist();
    }
}
