package io.github.xxgk.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.report.TestData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummarizeCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Path reports;
    private Path diagnostics;

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @BeforeEach
    void convertSomeReports() throws Exception {
        Path batch = Files.createDirectories(dir.resolve("batch"));
        Files.writeString(batch.resolve("<b>wrong & total.txt"), SeedReports.wrongRowTotal(), StandardCharsets.UTF_8);
        Files.writeString(batch.resolve("variant.txt"), SeedReports.variant(7), StandardCharsets.UTF_8);
        Files.copy(TestData.REPORTS.resolve("pingtan-2019.html"), batch.resolve("pingtan-2019.html"));
        Files.copy(TestData.ROOT.resolve("hostile/encrypted.pdf"), batch.resolve("encrypted.pdf"));
        Files.copy(TestData.ROOT.resolve("not-reports/news-item.txt"), batch.resolve("news-item.txt"));
        reports = dir.resolve("reports.csv");
        diagnostics = dir.resolve("diagnostics.csv");
        assertThat(run("convert", batch.toString(), "-o", reports.toString(), "--diagnostics", diagnostics.toString(),
                "-q")).isEqualTo(Main.SOME_FAILED);
    }

    @Test
    void drawsThePageOfAConvertedBatch() throws Exception {
        Path page = dir.resolve("summary.html");

        int exit = run("summarize", reports.toString(), "--diagnostics", diagnostics.toString(), "-o",
                page.toString());

        assertThat(exit).as(err()).isEqualTo(Main.OK);
        assertThat(err()).contains("wrote " + page);
        Document document = Jsoup.parse(page.toFile(), "UTF-8");
        assertThat(document.select("#status-table tr[data-key=parsed] td.n").text()).isEqualTo("3");
        assertThat(document.select("#status-table tr[data-key=not_a_report] td.n").text()).isEqualTo("1");
        assertThat(document.select("#status-table tr[data-key=failed] td.n").text()).isEqualTo("1");
        assertThat(document.select("#failure-reasons tr[data-key=encrypted] td.n").text()).isEqualTo("1");
        assertThat(document.select("#rules tr[data-key=requests.row_total] td.n").eachText())
                .startsWith("1", "1");
        assertThat(document.select("[id=violations-requests.row_total] tbody tr")).hasSize(1);
        assertThat(document.select("[id=violations-requests.row_total] tbody td").eachText())
                .contains("requests.row_total", "total = 5");
        assertThat(document.select("#most-missing")).hasSize(1);
        assertThat(document.select("#largest-violations tbody tr").first().text()).contains("<b>wrong & total.txt");
        assertThat(document.select("td").eachText()).anyMatch(text -> text.endsWith("<b>wrong & total.txt"));
        assertThat(document.select("b")).as("a file name is text, not markup").isEmpty();
    }

    @Test
    void convertWritesTheSamePageAtTheEndOfARun() throws Exception {
        Path batch = dir.resolve("batch");
        Path again = dir.resolve("again.csv");
        Path page = dir.resolve("convert.html");
        Path summarized = dir.resolve("summarized.html");

        int exit = run("convert", batch.toString(), "-o", again.toString(), "--summary", page.toString(), "-q");
        run("summarize", reports.toString(), "--diagnostics", diagnostics.toString(), "-o", summarized.toString());

        assertThat(exit).isEqualTo(Main.SOME_FAILED);
        assertThat(Files.readString(page, StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(summarized, StandardCharsets.UTF_8));
    }

    @Test
    void theCarryAcrossYearsIsInThePageWithOrWithoutADiagnosticsFile() throws Exception {
        Path years = Files.createDirectories(dir.resolve("years"));
        Files.copy(TestData.REPORTS.resolve("pingtan-2021.html"), years.resolve("pingtan-2021.html"));
        Files.writeString(years.resolve("pingtan-2022.txt"), TestData.read(TestData.REPORTS.resolve(
                "pingtan-2022-runtogether.txt")).replace("二、上年结转政府信息公开申请数量 1000001",
                        "二、上年结转政府信息公开申请数量 3000003"), StandardCharsets.UTF_8);
        Path page = dir.resolve("convert.html");
        Path summarized = dir.resolve("summarized.html");
        Path csv = dir.resolve("years.csv");
        Path diagnosticsCsv = dir.resolve("years-diagnostics.csv");

        run("convert", years.toString(), "-o", dir.resolve("no-diagnostics.csv").toString(), "--summary",
                page.toString(), "-q");
        run("convert", years.toString(), "-o", csv.toString(), "--diagnostics", diagnosticsCsv.toString(), "-q");
        run("summarize", csv.toString(), "--diagnostics", diagnosticsCsv.toString(), "-o", summarized.toString());

        Document document = Jsoup.parse(page.toFile(), "UTF-8");
        assertThat(document.select("#rules tr[data-key=years.carry] td.n").eachText()).startsWith("1", "2");
        assertThat(document.select("[id=violations-years.carry] td").eachText())
                .contains("carried_over 3 in 2022 report", "carried_forward 1 in 2021 report");
        assertThat(Files.readString(page, StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(summarized, StandardCharsets.UTF_8));
    }

    @Test
    void aChineseHeaderAndAByteOrderMarkGiveTheSamePage() throws Exception {
        Path chinese = dir.resolve("zh.csv");
        run("convert", dir.resolve("batch").toString(), "-o", chinese.toString(), "--header", "zh", "--bom", "-q");
        Path fromKeys = dir.resolve("keys.html");
        Path fromChinese = dir.resolve("zh.html");

        run("summarize", reports.toString(), "-o", fromKeys.toString());
        int exit = run("summarize", chinese.toString(), "-o", fromChinese.toString());

        assertThat(exit).as(err()).isEqualTo(Main.OK);
        assertThat(Files.readString(fromChinese, StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(fromKeys, StandardCharsets.UTF_8));
    }

    @Test
    void withoutDiagnosticsThePageSaysWhatTheyWouldAdd() throws Exception {
        Path page = dir.resolve("summary.html");

        run("summarize", reports.toString(), "-o", page.toString(), "-q");

        Document document = Jsoup.parse(page.toFile(), "UTF-8");
        assertThat(document.select("#consistency .note").text()).contains("--diagnostics");
        assertThat(document.select("#rules")).isEmpty();
        assertThat(document.select("[data-key=reports_with_errors] .n").text()).isEqualTo("1");
        assertThat(err()).isEmpty();
    }

    @Test
    void anExistingPageIsReplacedOnlyWithForce() throws Exception {
        Path page = Files.writeString(dir.resolve("summary.html"), "old", StandardCharsets.UTF_8);

        assertThat(run("summarize", reports.toString(), "-o", page.toString())).isEqualTo(Main.USAGE_OR_OUTPUT_ERROR);
        assertThat(err()).contains("exists; use --force");
        assertThat(Files.readString(page, StandardCharsets.UTF_8)).isEqualTo("old");
        assertThat(run("summarize", reports.toString(), "-o", page.toString(), "--force")).isEqualTo(Main.OK);
        assertThat(Files.readString(page, StandardCharsets.UTF_8)).startsWith("<!doctype html>");
        assertThat(run("summarize", reports.toString(), "-o", dir.toString())).isEqualTo(Main.USAGE_OR_OUTPUT_ERROR);
        assertThat(err()).contains("is a folder");
    }

    @Test
    void aCsvThatIsNotOneConvertWritesIsAUsageErrorAndLeavesNothing() throws Exception {
        Path other = Files.writeString(dir.resolve("other.csv"), "a,b\n1,2\n", StandardCharsets.UTF_8);
        Path empty = Files.writeString(dir.resolve("empty.csv"), "", StandardCharsets.UTF_8);
        Path page = dir.resolve("summary.html");

        assertThat(run("summarize", other.toString(), "-o", page.toString())).isEqualTo(Main.USAGE_OR_OUTPUT_ERROR);
        assertThat(err()).contains("other.csv: not a wide CSV of xxgk-report convert: no column file, status");
        assertThat(run("summarize", empty.toString(), "-o", page.toString())).isEqualTo(Main.USAGE_OR_OUTPUT_ERROR);
        assertThat(run("summarize", reports.toString(), "--diagnostics", reports.toString(), "-o", page.toString()))
                .isEqualTo(Main.USAGE_OR_OUTPUT_ERROR);
        assertThat(err()).contains("reports.csv: not a diagnostics CSV of xxgk-report convert: no column severity");
        assertThat(run("summarize", reports.toString(), "--diagnostics", empty.toString(), "-o", page.toString()))
                .isEqualTo(Main.USAGE_OR_OUTPUT_ERROR);
        assertThat(run("summarize", dir.resolve("missing.csv").toString(), "-o", page.toString()))
                .isEqualTo(Main.USAGE_OR_OUTPUT_ERROR);
        assertThat(err()).contains("missing.csv: no such file");
        assertThat(run("summarize", reports.toString())).as("-o is required").isEqualTo(Main.USAGE_OR_OUTPUT_ERROR);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).doesNotContain(page).noneMatch(PartialOutput::isPartialName);
        }
    }

    @Test
    void rowsWithTheWrongNumberOfCellsAreCountedAndExitWithOne() throws Exception {
        Path broken = dir.resolve("broken.csv");
        Files.writeString(broken, Files.readString(reports, StandardCharsets.UTF_8) + "only,three,cells\n",
                StandardCharsets.UTF_8);
        Path brokenDiagnostics = dir.resolve("broken-diagnostics.csv");
        Files.writeString(brokenDiagnostics, Files.readString(diagnostics, StandardCharsets.UTF_8) + "x,error\n",
                StandardCharsets.UTF_8);
        Path page = dir.resolve("summary.html");

        int exit = run("summarize", broken.toString(), "--diagnostics", brokenDiagnostics.toString(), "-o",
                page.toString());

        assertThat(exit).isEqualTo(Main.SOME_FAILED);
        assertThat(err()).contains("2 CSV rows had the wrong number of cells");
        Document document = Jsoup.parse(page.toFile(), "UTF-8");
        assertThat(document.select("[data-key=malformed] .n").text()).isEqualTo("1");
        assertThat(document.select("[data-key=files] .n").text()).isEqualTo("5");
    }

    @Test
    void convertRefusesASummaryThatIsAnotherOutputOrStandardOutput() {
        String batch = dir.resolve("batch").toString();
        String csv = dir.resolve("x.csv").toString();

        assertThat(run("convert", batch, "-o", csv, "--summary", csv)).isEqualTo(Main.USAGE_OR_OUTPUT_ERROR);
        assertThat(run("convert", batch, "--summary", "-")).isEqualTo(Main.USAGE_OR_OUTPUT_ERROR);
        assertThat(run("convert", batch, "-o", csv, "--diagnostics", reports.toString(), "--summary",
                reports.toString())).isEqualTo(Main.USAGE_OR_OUTPUT_ERROR);
        assertThat(err()).contains("--summary needs a file name of its own");
    }

    @Test
    void helpNamesTheCommandAndItsExitCodes() {
        assertThat(run("summarize", "--help")).isEqualTo(Main.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("reports.csv", "--diagnostics", "summary.html",
                "Exit codes:");
        assertThat(run("--help")).isEqualTo(Main.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("summarize");
    }
}
