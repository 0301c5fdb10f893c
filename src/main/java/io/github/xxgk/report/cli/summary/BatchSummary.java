package io.github.xxgk.report.cli.summary;

import java.util.Arrays;
import java.util.List;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;

/**
 * The summary of a converted batch, gathered one row of the wide CSV and one row of the diagnostics CSV at a time,
 * and written as one self-contained HTML page ({@link #page()}).
 *
 * <p>It keeps counts and bounded lists, never the rows: its memory does not grow with the batch beyond a few
 * bytes per file. The columns are found by the header, so a CSV with columns this version does not write (the
 * {@code series.*} and {@code rate.*} columns, a {@code format} column) is summarised with them.
 */
public final class BatchSummary {

    private final WideColumns columns;
    private final BatchSection batch = new BatchSection();
    private final ConsistencySection consistency = new ConsistencySection();
    private final CoverageSection coverage;
    private final NumbersSection numbers;
    private final OffendersSection offenders;
    private int[] diagnosticColumns;
    private int malformedDiagnostics;

    private BatchSummary(WideColumns columns) {
        this.columns = columns;
        this.coverage = new CoverageSection(columns);
        this.numbers = new NumbersSection(columns);
        this.offenders = new OffendersSection(columns);
    }

    /**
     * A summary of the rows of a wide CSV with this header.
     *
     * @throws IllegalArgumentException if the header is not that of a wide CSV (it lacks a leading column)
     */
    public static BatchSummary forHeader(List<String> header) {
        return new BatchSummary(WideColumns.of(header));
    }

    /**
     * Says that a diagnostics CSV with this header follows; without one the page says the counts by rule need it.
     *
     * @throws IllegalArgumentException if the header is not that of a diagnostics CSV
     */
    public void diagnosticsHeader(List<String> header) {
        diagnosticColumns = DiagnosticRow.columns(header);
        consistency.given();
    }

    /** Adds a row of the wide CSV; a row with another number of cells than the header is counted, not read. */
    public void addReport(String[] cells) {
        if (cells.length != columns.size()) {
            batch.addMalformed();
            return;
        }
        ReportRow row = ReportRow.of(cells, columns);
        batch.add(row);
        consistency.add(row);
        coverage.add(row);
        numbers.add(row);
        offenders.add(row);
    }

    /**
     * Adds a row of the diagnostics CSV, after its {@link #diagnosticsHeader header}; a row with fewer cells than
     * the header names is counted, not read.
     */
    public void addDiagnostic(String[] cells) {
        if (diagnosticColumns == null) {
            throw new IllegalStateException("the diagnostics header comes first");
        }
        int needed = 1 + Arrays.stream(diagnosticColumns).max().orElse(0);
        if (cells.length < needed) {
            malformedDiagnostics++;
            return;
        }
        consistency.add(DiagnosticRow.of(cells, diagnosticColumns));
    }

    /** The rows of either CSV that had the wrong number of cells and were left out. */
    public int malformedRows() {
        return batch.malformed() + malformedDiagnostics;
    }

    /** The page: one HTML document, UTF-8, that loads nothing from anywhere. */
    public String page() {
        Document document = Document.createShell("");
        document.outputSettings().prettyPrint(false);
        document.prependChild(new DocumentType("html", "", ""));
        document.selectFirst("html").attr("lang", "zh-CN");
        Element head = document.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("http-equiv", "Content-Security-Policy")
                .attr("content", PageAssets.contentSecurityPolicy());
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text("批量转换概览 Summary of a converted batch · xxgk-report");
        head.appendElement("style").appendChild(new DataNode(PageAssets.STYLE));

        Element body = document.body();
        header(body);
        Element main = body.appendElement("main");
        Charts charts = new Charts();
        batch.render(main, charts);
        consistency.render(main, charts, batch);
        coverage.render(main, charts);
        numbers.render(main, charts);
        offenders.render(main, consistency.largest());
        Element footer = body.appendElement("footer");
        footer.text("xxgk-report · 图表 charts: Apache ECharts " + PageAssets.ECHARTS_VERSION + " (Apache-2.0), "
                + "inlined · " + charts.size() + " charts");
        body.appendElement("script").attr("type", "application/json").id("summary-data")
                .appendChild(new DataNode(charts.json()));
        body.appendElement("script").appendChild(new DataNode(PageAssets.ECHARTS));
        body.appendElement("script").appendChild(new DataNode(PageAssets.SCRIPT));
        return document.outerHtml();
    }

    private void header(Element body) {
        Element header = body.appendElement("header");
        Html.bilingual(header.appendElement("h1"), "政府信息公开工作年度报告 · 批量转换概览",
                "Annual disclosure reports: summary of a converted batch");
        String counts = Html.count(batch.files()) + " 个文件，其中 " + Html.count(batch.reports()) + " 份报告已解析";
        Html.bilingual(header.appendElement("p"), counts, Html.count(batch.files()) + " files, "
                + Html.count(batch.reports()) + " reports parsed");
        Element nav = header.appendElement("nav");
        String[][] sections = {{"batch", "批次 batch"}, {"consistency", "一致性 consistency"},
            {"coverage", "覆盖 coverage"}, {"numbers", "数字 numbers"}, {"offenders", "问题文件 offenders"}};
        for (String[] section : sections) {
            nav.appendElement("a").attr("href", "#" + section[0]).text(section[1]);
        }
    }
}
