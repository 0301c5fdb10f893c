package io.github.xxgk.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import io.github.xxgk.report.TestData;
import io.github.xxgk.report.export.WideCsv;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The summary page of a run over testdata — every format, the hostile files, files that are no report, and reports
 * that break rules or have a file name that is markup — opened in headless Chromium with the network cut off: its
 * scripts draw every chart, the DOM they leave has the run's counts, the screenshot is not blank, and the page asks
 * for nothing over the network. Skipped where Chromium is not installed (see {@link HeadlessChromium}).
 */
class SummaryPageInBrowserTest {

    @TempDir
    Path dir;

    @Test
    void theSummaryOfTestdataOpensOfflineWithEveryChartDrawn() throws Exception {
        HeadlessChromium chromium = HeadlessChromium.find(Files.createDirectories(dir.resolve("browser")));
        Path extra = Files.createDirectories(dir.resolve("extra"));
        Files.writeString(extra.resolve("<img src=x onerror=alert(1)>.txt"), SeedReports.wrongRowTotal(),
                StandardCharsets.UTF_8);
        Files.writeString(extra.resolve("not-a-count.txt"), SeedReports.notACount(), StandardCharsets.UTF_8);
        Path csv = dir.resolve("reports.csv");
        Path page = dir.resolve("summary.html");
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = Main.run(new String[] {"convert", TestData.ROOT.toString(), extra.toString(), "-o", csv.toString(),
            "--summary", page.toString(), "-q"}, new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(Main.SOME_FAILED);
        Map<String, Integer> statuses = statuses(csv);
        assertThat(statuses).containsKeys("parsed", "not_a_report", "failed");
        Document written = Jsoup.parse(page.toFile(), "UTF-8");
        assertLoadsNothing(written);

        Path netLog = dir.resolve("net-log.json");
        Document dom = Jsoup.parse(chromium.dumpDom(page, netLog));
        int charts = written.select("div.chart").size();
        assertThat(charts).isGreaterThan(10);
        assertThat(dom.body().attr("data-charts-rendered")).isEqualTo(Integer.toString(charts));
        for (Element chart : dom.select("div.chart")) {
            assertThat(chart.select("canvas")).as("chart " + chart.id() + " drawn").isNotEmpty();
        }
        statuses.forEach((status, count) -> assertThat(dom.select("#status-table tr[data-key=" + status + "] td.n")
                .text()).as(status).isEqualTo(Integer.toString(count)));
        assertThat(dom.select("[data-key=files] .n").text())
                .isEqualTo(Integer.toString(statuses.values().stream().mapToInt(Integer::intValue).sum()));
        assertThat(dom.select("#rules tr[data-key=requests.row_total] td.n").first().text()).isEqualTo("2");
        assertThat(dom.select("#rules tr[data-key=nonnegative] td.n").first().text()).isEqualTo("0");
        assertThat(dom.select("#codes tr[data-key='cell.not_a_number error'] td.n").first().text()).isEqualTo("1");
        assertThat(dom.select("[id=violations-requests.row_total] td").eachText())
                .anyMatch(text -> text.endsWith("<img src=x onerror=alert(1)>.txt"));
        assertThat(dom.select("img")).as("a file name stays text").isEmpty();
        assertThat(pageRequests(netLog)).as("requests the page made").isEmpty();

        Path png = dir.resolve("summary.png");
        chromium.screenshot(page, png, 1400, 2400);
        assertNotBlank(ImageIO.read(png.toFile()));
    }

    @Test
    void theNetworkLogShowsARequestWhenAPageMakesOne() throws Exception {
        HeadlessChromium chromium = HeadlessChromium.find(Files.createDirectories(dir.resolve("browser")));
        Path page = Files.writeString(dir.resolve("control.html"),
                "<!doctype html><title>control</title><img src=\"http://example.invalid/x.png\">",
                StandardCharsets.UTF_8);
        Path netLog = dir.resolve("net-log.json");

        chromium.dumpDom(page, netLog);

        assertThat(pageRequests(netLog)).containsExactly("http://example.invalid/x.png");
    }

    /** Nothing in the page's markup names anything to load, and its policy forbids loading anything. */
    private static void assertLoadsNothing(Document page) {
        assertThat(page.select("[src], [srcset], [action], link, iframe, object, embed, img")).isEmpty();
        assertThat(page.select("[href]").eachAttr("href")).allMatch(href -> href.startsWith("#"));
        assertThat(page.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .startsWith("default-src 'none';");
    }

    /**
     * The URLs of the requests a page made, from Chromium's network log: those whose network isolation key is the
     * page's own ({@code file://}). The browser's own requests (updates, accounts), which the flags do not stop
     * all of, are of other keys; none reaches anything, the host resolver and the proxy see to that.
     */
    private static Set<String> pageRequests(Path netLog) throws Exception {
        JsonNode log = new ObjectMapper().readTree(netLog.toFile());
        int startJob = log.get("constants").get("logEventTypes").get("URL_REQUEST_START_JOB").asInt();
        Set<String> urls = new HashSet<>();
        for (JsonNode event : log.get("events")) {
            JsonNode params = event.get("params");
            if (event.get("type").asInt() == startJob && params != null
                    && params.path("network_isolation_key").asText().startsWith("file://")) {
                urls.add(params.get("url").asText());
            }
        }
        return urls;
    }

    /** A screenshot of a drawn page: many colours, and much of it not the background. */
    private static void assertNotBlank(BufferedImage image) {
        int background = image.getRGB(image.getWidth() - 1, image.getHeight() - 1);
        Set<Integer> colours = new HashSet<>();
        long other = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                colours.add(rgb);
                if (rgb != background) {
                    other++;
                }
            }
        }
        long sampled = (long) ((image.getWidth() + 1) / 2) * ((image.getHeight() + 1) / 2);
        assertThat(colours).as("colours in the screenshot").hasSizeGreaterThan(64);
        assertThat((double) other / sampled).as("share of the screenshot that is not background")
                .isGreaterThan(0.2);
    }

    private static Map<String, Integer> statuses(Path csv) throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        int status = WideCsv.columns().indexOf("status");
        try (CSVReader reader = new CSVReaderBuilder(Files.newBufferedReader(csv, StandardCharsets.UTF_8))
                .withCSVParser(new RFC4180ParserBuilder().build()).build()) {
            List<String[]> rows = reader.readAll();
            for (String[] row : rows.subList(1, rows.size())) {
                counts.merge(row[status], 1, Integer::sum);
            }
        }
        return counts;
    }
}
