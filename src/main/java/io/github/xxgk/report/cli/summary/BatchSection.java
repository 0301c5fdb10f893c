package io.github.xxgk.report.cli.summary;

import io.github.xxgk.report.cli.summary.Charts.Kind;
import io.github.xxgk.report.cli.summary.Charts.Series;
import io.github.xxgk.report.cli.summary.Html.Column;
import io.github.xxgk.report.model.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** The batch: files by status (with the reasons of the failures), by format, by template and by year. */
final class BatchSection {

    private static final List<String> STATUSES = List.of(ReportRow.PARSED, ReportRow.NOT_A_REPORT, ReportRow.FAILED);
    private static final Pattern REASON = Pattern.compile("([a-z_]+):.*", Pattern.DOTALL);
    private static final String NO_YEAR = "—";

    private final Counts statuses = new Counts();
    private final Counts reasons = new Counts();
    private final Map<String, Counts> formats = new TreeMap<>();
    private final Counts templates = new Counts();
    private final Map<String, Counts> years = new TreeMap<>();
    private int withErrors;
    private int malformed;

    void add(ReportRow row) {
        statuses.add(row.status());
        formats.computeIfAbsent(row.format(), format -> new Counts()).add(row.status());
        if (row.status().equals(ReportRow.FAILED)) {
            Matcher reason = REASON.matcher(row.message());
            reasons.add(reason.matches() ? reason.group(1) : row.message());
        }
        if (row.isReport()) {
            String template = row.template().map(Template::key).orElse(Template.UNKNOWN.key());
            templates.add(template);
            String year = row.year().isPresent() ? Integer.toString(row.year().getAsInt()) : NO_YEAR;
            years.computeIfAbsent(year, y -> new Counts()).add(template);
            if (row.errors() > 0) {
                withErrors++;
            }
        }
    }

    /** Counts a row that could not be read (not as many cells as the header). */
    void addMalformed() {
        malformed++;
    }

    int files() {
        return statuses.total();
    }

    int reports() {
        return statuses.get(ReportRow.PARSED);
    }

    int withErrors() {
        return withErrors;
    }

    int malformed() {
        return malformed;
    }

    void render(Element body, Charts charts) {
        Element section = Html.section(body, "batch", "批次", "The batch");
        Element figures = Html.figures(section);
        Html.figure(figures, "files", files(), "文件", "files");
        Html.figure(figures, ReportRow.PARSED, reports(), "已解析报告", "reports parsed");
        Html.figure(figures, ReportRow.NOT_A_REPORT, statuses.get(ReportRow.NOT_A_REPORT), "非报告", "not a report");
        Html.figure(figures, ReportRow.FAILED, statuses.get(ReportRow.FAILED), "读取失败", "failed");
        Html.figure(figures, "with_errors", withErrors, "有算术错误的报告", "reports with errors");
        if (malformed > 0) {
            Html.figure(figures, "malformed", malformed, "无法读取的CSV行", "CSV rows not read");
            Html.note(section, "有 " + malformed + " 行的列数与表头不符，未计入。",
                    malformed + " rows of the CSV have another number of cells than its header and are left out.");
        }
        Element grid = section.appendElement("div").addClass("grid");
        statusChart(grid, charts);
        formatChart(grid, charts);
        charts.add(grid, "chart-templates", Kind.BAR, "报告所用模板", "Reports by template").horizontal()
                .categories(templates.byCount().stream().map(Labels::template).toList())
                .series(Series.bars("报告 reports", values(templates, templates.byCount())));
        yearChart(grid, charts);
        Element tables = section.appendElement("div").addClass("grid");
        statusTable(tables);
        reasonTable(tables);
        formatTable(tables);
        yearTable(tables);
    }

    private void statusChart(Element parent, Charts charts) {
        List<String> shown = STATUSES.stream().filter(status -> statuses.get(status) > 0).toList();
        List<String> others = statuses.sorted().stream().filter(status -> !STATUSES.contains(status)).toList();
        List<String> all = new ArrayList<>(shown);
        all.addAll(others);
        charts.add(parent, "chart-status", Kind.PIE, "文件状态", "Files by status")
                .categories(all.stream().map(Labels::status).toList())
                .series(Series.bars("文件 files", values(statuses, all)));
    }

    private void formatChart(Element parent, Charts charts) {
        List<String> names = new ArrayList<>(formats.keySet());
        Charts.Chart chart = charts.add(parent, "chart-formats", Kind.BAR, "文件格式（扩展名）与状态",
                "Files by format (extension) and status").categories(names);
        for (String status : STATUSES) {
            double[] values = names.stream().mapToDouble(name -> formats.get(name).get(status)).toArray();
            chart.series(new Series(Labels.status(status), false, false, true, values));
        }
    }

    private void yearChart(Element parent, Charts charts) {
        List<String> names = new ArrayList<>(years.keySet());
        Charts.Chart chart = charts.add(parent, "chart-years", Kind.BAR, "各年度报告（按模板）",
                "Reports by year and template").categories(names);
        for (String template : templates.byCount()) {
            double[] values = names.stream().mapToDouble(year -> years.get(year).get(template)).toArray();
            chart.series(new Series("模板 template " + template, false, false, true, values));
        }
    }

    private void statusTable(Element parent) {
        Element table = Html.table(parent, "status-table", false,
                List.of(Column.text("状态", "status"), Column.number("文件", "files")));
        List<String> all = new ArrayList<>(STATUSES);
        statuses.sorted().stream().filter(status -> !STATUSES.contains(status)).forEach(all::add);
        for (String status : all) {
            Element row = Html.row(table, status);
            Html.text(row, Labels.status(status));
            Html.number(row, statuses.get(status));
        }
    }

    private void reasonTable(Element parent) {
        Element table = Html.table(parent, "failure-reasons", false,
                List.of(Column.text("失败原因", "why it failed"), Column.number("文件", "files")));
        for (String reason : reasons.byCount()) {
            Element row = Html.row(table, reason);
            Html.text(row, Labels.reason(reason));
            Html.number(row, reasons.get(reason));
        }
    }

    private void formatTable(Element parent) {
        List<Column> columns = new ArrayList<>(List.of(Column.text("格式", "format"), Column.number("文件", "files")));
        columns.add(Column.number("已解析", "parsed"));
        columns.add(Column.number("非报告", "not a report"));
        columns.add(Column.number("读取失败", "failed"));
        Element table = Html.table(parent, "formats", true, columns);
        formats.forEach((format, counts) -> {
            Element row = Html.row(table, format);
            Html.code(row, format);
            Html.number(row, counts.total());
            for (String status : STATUSES) {
                Html.number(row, counts.get(status));
            }
        });
    }

    private void yearTable(Element parent) {
        List<String> names = templates.byCount();
        List<Column> columns = new ArrayList<>(List.of(Column.number("年度", "year"), Column.number("报告", "reports")));
        names.forEach(template -> columns.add(Column.number("模板 " + template, "template " + template)));
        Element table = Html.table(parent, "years", true, columns);
        years.forEach((year, counts) -> {
            Element row = Html.row(table, year);
            Html.year(row, year);
            Html.number(row, counts.total());
            names.forEach(template -> Html.number(row, counts.get(template)));
        });
    }

    private static double[] values(Counts counts, List<String> names) {
        return names.stream().mapToDouble(counts::get).toArray();
    }
}
