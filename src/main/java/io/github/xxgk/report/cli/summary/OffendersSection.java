package io.github.xxgk.report.cli.summary;

import io.github.xxgk.report.cli.summary.Html.Column;
import io.github.xxgk.report.model.CellKey;
import io.github.xxgk.report.model.Template;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The worst offenders: the reports with the most warnings, those missing the most of their template's cells, and
 * the largest rule violations.
 */
final class OffendersSection {

    /** How many files each list names. */
    static final int LISTED = 25;

    /**
     * A file and how badly it does.
     *
     * @param file the file
     * @param report its agency and year
     * @param template its template key
     * @param count its warnings, or its missing cells
     * @param of of how many cells, for missing cells; 0 for warnings
     */
    private record Offender(String file, String report, String template, int count, int of) {
    }

    private final Map<Template, int[]> templateColumns = new EnumMap<>(Template.class);
    private final TopN<Offender> warnings = new TopN<>(LISTED);
    private final TopN<Offender> missing = new TopN<>(LISTED);

    OffendersSection(WideColumns header) {
        for (Template template : List.of(Template.T2021, Template.T2019)) {
            templateColumns.put(template, CellKey.of(template).stream().filter(header.cells()::containsKey)
                    .mapToInt(header.cells()::get).toArray());
        }
    }

    void add(ReportRow row) {
        if (!row.isReport()) {
            return;
        }
        String template = row.template().map(Template::key).orElse("");
        if (row.warnings() > 0) {
            warnings.add(new Offender(row.file(), row.label(), template, row.warnings(), 0), row.warnings());
        }
        int[] columns = row.template().map(templateColumns::get).orElse(null);
        if (columns != null) {
            int empty = 0;
            for (int column : columns) {
                if (row.isEmpty(column)) {
                    empty++;
                }
            }
            if (empty > 0) {
                missing.add(new Offender(row.file(), row.label(), template, empty, columns.length), empty);
            }
        }
    }

    void render(Element body, List<Violation> largest) {
        Element section = Html.section(body, "offenders", "问题最多的文件", "The worst offenders");
        Html.heading(section, "h3", "警告最多", "Most warnings");
        Element table = Html.table(section, "most-warnings", true, List.of(Column.text("文件", "file"),
                Column.text("报告", "report"), Column.text("模板", "template"), Column.number("警告", "warnings")));
        for (Offender offender : warnings.items()) {
            Element row = offenderRow(table, offender);
            Html.number(row, offender.count());
        }
        Html.heading(section, "h3", "缺失单元格最多（2019、2021 模板）", "Most cells missing (templates 2019 and 2021)");
        table = Html.table(section, "most-missing", true, List.of(Column.text("文件", "file"),
                Column.text("报告", "report"), Column.text("模板", "template"), Column.number("缺失", "missing"),
                Column.number("模板单元格", "cells of the template"), Column.number("缺失比例", "share missing")));
        for (Offender offender : missing.items()) {
            Element row = offenderRow(table, offender);
            Html.number(row, offender.count());
            Html.number(row, offender.of());
            Html.percent(row, offender.count(), offender.of());
        }
        Html.heading(section, "h3", "差额最大的规则违反", "Largest rule violations");
        Element violations = Html.table(section, "largest-violations", true, ConsistencySection.violationColumns());
        largest.forEach(violation -> ConsistencySection.violationRow(violations, violation));
    }

    private static Element offenderRow(Element table, Offender offender) {
        Element row = Html.row(table, "");
        Html.text(row, offender.file());
        Html.text(row, offender.report());
        Html.text(row, offender.template());
        return row;
    }
}
