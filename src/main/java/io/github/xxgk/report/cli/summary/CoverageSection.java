package io.github.xxgk.report.cli.summary;

import io.github.xxgk.report.cli.summary.Charts.Kind;
import io.github.xxgk.report.cli.summary.Html.Column;
import io.github.xxgk.report.model.AppealOutcome;
import io.github.xxgk.report.model.AppealRow;
import io.github.xxgk.report.model.Applicant;
import io.github.xxgk.report.model.CellKey;
import io.github.xxgk.report.model.Labelled;
import io.github.xxgk.report.model.RequestRow;
import io.github.xxgk.report.model.TableKind;
import io.github.xxgk.report.model.Template;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;

/**
 * Coverage: for each cell column (and each {@code series.*} and {@code rate.*} column), in how many parsed
 * reports it has a value, of the reports whose template has the cell; tables 三 and 四 as heat maps.
 */
final class CoverageSection {

    private final Map<String, Integer> columns = new LinkedHashMap<>();
    private final Map<String, CellKey> cells = new HashMap<>();
    private final int[] present;
    private final Map<Template, Integer> reportsOf = new EnumMap<>(Template.class);
    private int reports;

    CoverageSection(WideColumns header) {
        header.cells().forEach((cell, index) -> {
            columns.put(cell.key(), index);
            cells.put(cell.key(), cell);
        });
        columns.putAll(header.series());
        columns.putAll(header.rates());
        present = new int[columns.size()];
    }

    void add(ReportRow row) {
        if (!row.isReport()) {
            return;
        }
        reports++;
        row.template().ifPresent(template -> reportsOf.merge(template, 1, Integer::sum));
        int i = 0;
        for (int index : columns.values()) {
            if (!row.isEmpty(index)) {
                present[i]++;
            }
            i++;
        }
    }

    void render(Element body, Charts charts) {
        Element section = Html.section(body, "coverage", "覆盖", "Coverage");
        Html.note(section, "每个单元格在多少份报告中有值（分母为模板含有该单元格的已解析报告）。空白格表示模板没有该单元格。",
                "In how many parsed reports each cell has a value, of the reports whose template has the cell. "
                        + "A blank square is a cell the templates do not have.");
        Map<String, Integer> present = presentByKey();
        Element grid = section.appendElement("div").addClass("grid");
        heatMap(grid, charts, TableKind.REQUESTS, "表三 收到和处理政府信息公开申请情况",
                "Table 三: requests received and handled", requestRows(), List.of(Applicant.values()), present);
        heatMap(grid, charts, TableKind.APPEALS, "表四 行政复议、行政诉讼情况",
                "Table 四: reconsideration and litigation", List.of(AppealRow.values()),
                List.of(AppealOutcome.values()), present);
        Element all = Html.details(section, "全部 " + columns.size() + " 列的覆盖率",
                "Coverage of all " + columns.size() + " columns");
        Element table = Html.table(all, "coverage-table", true, List.of(Column.text("列", "column"),
                Column.text("中文名", "Chinese name"), Column.text("模板", "templates"),
                Column.number("应有的报告", "reports that should have it"), Column.number("有值", "with a value"),
                Column.number("覆盖率", "share")));
        columns.keySet().forEach(key -> {
            Element row = Html.row(table, key);
            Html.code(row, key);
            Html.text(row, WideColumns.chineseName(key));
            CellKey cell = cells.get(key);
            Html.text(row, cell == null ? "" : cell.templates().stream().map(Template::key).sorted()
                    .collect(Collectors.joining(", ")));
            Html.number(row, denominator(key));
            Html.number(row, present.get(key));
            Html.percent(row, present.get(key), denominator(key));
        });
    }

    private void heatMap(Element parent, Charts charts, TableKind table, String zh, String en,
            List<? extends Labelled> rows, List<? extends Labelled> columnsOfTable, Map<String, Integer> present) {
        Charts.Chart chart = charts.add(parent, "chart-coverage-" + table.key(), Kind.HEATMAP, zh, en)
                .categories(columnsOfTable.stream().map(Labelled::label).toList());
        for (Labelled row : rows) {
            double[] shares = columnsOfTable.stream().mapToDouble(column -> {
                String key = table.key() + "." + row.key() + "." + column.key();
                int whole = columns.containsKey(key) ? denominator(key) : 0;
                return whole == 0 ? Double.NaN : 100.0 * present.get(key) / whole;
            }).toArray();
            chart.row(row.label(), shares);
        }
    }

    private Map<String, Integer> presentByKey() {
        Map<String, Integer> byKey = new HashMap<>();
        int i = 0;
        for (String key : columns.keySet()) {
            byKey.put(key, present[i++]);
        }
        return byKey;
    }

    /** The parsed reports that should have the column: those of its templates, or all of them for a series. */
    private int denominator(String key) {
        CellKey cell = cells.get(key);
        if (cell == null) {
            return reports;
        }
        return cell.templates().stream().mapToInt(template -> reportsOf.getOrDefault(template, 0)).sum();
    }

    /** Table 三's rows as the 2021 template prints them, then the 2019 template's （六）其他处理. */
    private static List<RequestRow> requestRows() {
        List<RequestRow> rows = new ArrayList<>(RequestRow.printedOrder(Template.T2021));
        rows.add(RequestRow.OTHER_HANDLING);
        return rows;
    }
}
