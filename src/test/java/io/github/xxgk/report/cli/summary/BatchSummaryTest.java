package io.github.xxgk.report.cli.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xxgk.report.export.DiagnosticsCsv;
import io.github.xxgk.report.export.WideCsv;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class BatchSummaryTest {

    /** A row of a CSV with this header: the named cells set, the others empty. */
    private static String[] row(List<String> header, Map<String, String> cells) {
        String[] row = new String[header.size()];
        for (int i = 0; i < row.length; i++) {
            row[i] = cells.getOrDefault(header.get(i), "");
        }
        return row;
    }

    private static List<String> withSeries() {
        List<String> header = new ArrayList<>(WideCsv.columns());
        header.add("format");
        return header;
    }

    /** The header of a wide CSV written before the series.* and rate.* columns existed. */
    private static List<String> withoutSeries() {
        return WideCsv.columns().stream().filter(name -> !name.startsWith("series.") && !name.startsWith("rate."))
                .toList();
    }

    private static Map<String, String> report(String file, String agency, String year, String template) {
        return Map.of("file", file, "status", "parsed", "template", template, "agency", agency, "year", year,
                "errors", "0", "warnings", "0");
    }

    private static JsonNode chartData(Document page) throws Exception {
        return new ObjectMapper().readTree(page.getElementById("summary-data").data());
    }

    @Test
    void textFromTheCsvCannotBecomeMarkupOrScript() throws Exception {
        List<String> header = withSeries();
        BatchSummary summary = BatchSummary.forHeader(header);
        String hostile = "</script><script>alert(1)</script><!--";
        summary.addReport(row(header, Map.of("file", "<img src=x onerror=alert(1)>.txt", "status", "parsed",
                "template", "2021", "agency", "<script>alert(2)</script>", "year", "2021", "errors", "0",
                "warnings", "3", "format", hostile + "\u2028")));

        String html = summary.page();

        Document page = Jsoup.parse(html);
        assertThat(page.select("script")).hasSize(3);
        assertThat(page.select("img")).isEmpty();
        assertThat(page.select("#most-warnings td").eachText()).contains("<img src=x onerror=alert(1)>.txt",
                "<script>alert(2)</script> 2021");
        String data = page.getElementById("summary-data").data();
        assertThat(data).doesNotContain("<", ">", "&", "\u2028").contains("\\u003C/script\\u003E");
        JsonNode formats = chartData(page).get("charts").get(1).get("categories");
        assertThat(formats.get(0).asText()).isEqualTo(hostile + "\u2028");
        assertThat(page.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .startsWith("default-src 'none'; script-src 'sha256-");
    }

    @Test
    void theSeriesColumnsAreDrawnWhenTheCsvHasThem() throws Exception {
        List<String> header = withSeries();
        BatchSummary summary = BatchSummary.forHeader(header);
        for (int year = 2008; year <= 2012; year++) {
            Map<String, String> cells = new java.util.HashMap<>(report("a" + year + ".html", "某局", "" + year,
                    "pre2019"));
            cells.put("series.requests_new", Integer.toString(year - 2000));
            cells.put("series.granted", "1");
            cells.put("rate.disclosure", "0.5");
            cells.put("requests.new.total", "999");
            summary.addReport(row(header, cells));
        }

        Document page = Jsoup.parse(summary.page());

        assertThat(page.select("#numbers .note").first().text()).contains("series.*");
        JsonNode charts = chartData(page).get("charts");
        List<String> yearly = new ArrayList<>();
        charts.forEach(chart -> {
            if (chart.get("kind").asText().equals("yearly")) {
                yearly.add(chart.get("id").asText());
            }
        });
        assertThat(yearly).hasSize(3);
        assertThat(page.select("#numbers figcaption").eachText()).anyMatch(t -> t.contains("series.granted"))
                .anyMatch(t -> t.contains("rate.disclosure")).noneMatch(t -> t.contains("requests.new.total  "))
                .anyMatch(t -> t.endsWith("series.requests_new"));
        assertThat(page.select("#numbers-by-year tr[data-key=series.requests_new@2010] td").eachText())
                .containsExactly("series.requests_new", "2010", "1", "10", "10");
        assertThat(page.select("#numbers-by-year tr[data-key=rate.disclosure@2010] td").eachText())
                .as("no total for a rate").containsExactly("rate.disclosure", "2010", "1", "0.50");
        assertThat(page.select("#coverage-table tr[data-key=series.granted] td").eachText())
                .containsExactly("series.granted", "可比指标-予以公开", "5", "5", "100.0%");
        assertThat(page.select("#formats tr").eachAttr("data-key")).as("an empty format: the extension")
                .containsExactly("html");
    }

    @Test
    void withoutSeriesTheHeadlineCellsAreDrawnAndTheDistributionCountsEachReport() throws Exception {
        List<String> header = withoutSeries();
        BatchSummary summary = BatchSummary.forHeader(header);
        String[] requests = {"0", "1", "3", "12", "12000", "-2", ""};
        for (int i = 0; i < requests.length; i++) {
            Map<String, String> cells = new java.util.HashMap<>(report("r" + i + ".txt", "局" + i, "2021", "2021"));
            cells.put("requests.new.total", requests[i]);
            summary.addReport(row(header, cells));
        }

        Document page = Jsoup.parse(summary.page());

        assertThat(page.select("#numbers .note").first().text()).contains("headline cells");
        JsonNode distribution = null;
        for (JsonNode chart : chartData(page).get("charts")) {
            if (chart.get("id").asText().equals("chart-requests-distribution")) {
                distribution = chart;
            }
        }
        assertThat(distribution).isNotNull();
        assertThat(distribution.get("categories").get(0).asText()).isEqualTo("0");
        assertThat(distribution.get("categories").get(2).asText()).isEqualTo("2–4");
        assertThat(distribution.get("categories").get(13).asText()).isEqualTo("≥10,000");
        assertThat(distribution.get("series").get(0).get("values").toString())
                .isEqualTo("[1,1,1,0,1,0,0,0,0,0,0,0,0,1]");
        assertThat(page.select("#numbers .note").eachText()).anyMatch(t -> t.startsWith("1 个负数"));
        assertThat(page.select("#most-missing tbody tr")).hasSize(7);
        assertThat(page.select("#most-missing tbody tr").first().select("td").eachText())
                .containsExactly("r6.txt", "局6 2021", "2021", "200", "200", "100.0%");
    }

    @Test
    void theBatchCountsStatusesReasonsFormatsTemplatesAndYears() {
        List<String> header = WideCsv.columns();
        BatchSummary summary = BatchSummary.forHeader(header);
        summary.addReport(row(header, report("a/x.PDF", "甲", "2019", "2019")));
        summary.addReport(row(header, Map.of("file", "a/y", "status", "failed", "message", "encrypted: locked")));
        summary.addReport(row(header, Map.of("file", "a/z.tar.gz", "status", "failed", "message", "no reason")));
        summary.addReport(row(header, Map.of("file", "a/.hidden", "status", "not_a_report", "template", "unknown")));
        summary.addReport(row(header, Map.of("file", "a/w.html", "status", "skipped")));
        summary.addReport(row(header, Map.of("file", "a/v.txt", "status", "parsed", "template", "2021",
                "errors", "2", "warnings", "x")));

        Document page = Jsoup.parse(summary.page());

        assertThat(page.select("#status-table tr").eachAttr("data-key"))
                .containsExactly("parsed", "not_a_report", "failed", "skipped");
        assertThat(page.select("#failure-reasons tr[data-key] td").eachText())
                .containsExactly("已加密 encrypted", "1", "no reason", "1");
        assertThat(page.select("#formats tr").eachAttr("data-key")).containsExactly("(none)", "gz", "html", "pdf",
                "txt");
        assertThat(page.select("#years tr").eachAttr("data-key")).containsExactly("2019", "—");
        assertThat(page.select("[data-key=with_errors] .n").text()).isEqualTo("1");
        assertThat(summary.malformedRows()).isZero();
    }

    @Test
    void theRulesListTheirViolationsWithBothSides() {
        List<String> header = WideCsv.columns();
        BatchSummary summary = BatchSummary.forHeader(header);
        summary.addReport(row(header, report("a.txt", "甲局", "2021", "2021")));
        summary.diagnosticsHeader(DiagnosticsCsv.COLUMNS);
        summary.addDiagnostic(new String[] {"a.txt", "error", "requests.row_total", "requests", "new", "", "12",
            "requests.row_total[new]: natural_person 1 + commercial 0 = 1, but total = 5"});
        summary.addDiagnostic(new String[] {"a.txt", "info", "requests.balance", "requests", "", "total", "",
            "requests.balance[total]: could not be checked, absent: carried_forward"});
        summary.addDiagnostic(new String[] {"b.txt", "error", "nonnegative", "requests", "new", "commercial", "",
            "nonnegative[requests.new.commercial]: count -1 is below 0"});
        summary.addDiagnostic(new String[] {"a.txt", "warning", "years.carry", "requests", "", "natural_person", "",
            "years.carry[natural_person]: carried_over 1 in 2022 report, but carried_forward 4 in 2021 report"});
        summary.addDiagnostic(new String[] {"c.txt", "error", "read.empty", "", "", "", "", "the source is empty"});
        summary.addDiagnostic(new String[] {"c.txt", "error"});

        Document page = Jsoup.parse(summary.page());

        assertThat(page.select("[id=violations-requests.row_total] td").eachText()).containsExactly("a.txt",
                "甲局 2021", "requests.row_total", "requests.new", "natural_person 1 + commercial 0 = 1", "total = 5",
                "4");
        assertThat(page.select("[id=violations-nonnegative] td").eachText()).as("empty cells are left out")
                .containsExactly("b.txt", "nonnegative", "requests.new.commercial", "count -1 is below 0");
        assertThat(page.select("#rules tr[data-key=requests.balance] td.n").eachText())
                .containsExactly("0", "0", "1");
        assertThat(page.select("#rules tr[data-key=years.carry] a").attr("href")).isEqualTo("#rule-years.carry");
        assertThat(page.select("#largest-violations tbody tr").eachText()).hasSize(2);
        assertThat(page.select("#largest-violations tbody tr td:last-child").eachText()).containsExactly("4", "3");
        assertThat(page.select("#codes tr[data-key='read.empty error'] td").eachText())
                .containsExactly("read.empty", "error", "文件无法读取 the file could not be read", "1", "1");
        assertThat(page.select("[data-key=reports_breaking_rules] .n").text()).isEqualTo("2");
        assertThat(summary.malformedRows()).isEqualTo(1);
    }

    @Test
    void aDiagnosticBeforeTheDiagnosticsHeaderIsABugOfTheCaller() {
        BatchSummary summary = BatchSummary.forHeader(WideCsv.columns());

        assertThatThrownBy(() -> summary.addDiagnostic(new String[8])).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> summary.diagnosticsHeader(List.of("file"))).isInstanceOf(
                IllegalArgumentException.class).hasMessageContaining("no column severity, code");
        assertThatThrownBy(() -> BatchSummary.forHeader(List.of("file", "status")))
                .hasMessage("not a wide CSV of xxgk-report convert: no column template, agency, year, errors, "
                        + "warnings, message");
    }
}
