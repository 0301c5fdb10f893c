package io.github.xxgk.report.export;

import io.github.xxgk.report.model.CellKey;
import io.github.xxgk.report.model.Template;
import io.github.xxgk.report.model.ValueKind;
import io.github.xxgk.report.series.Indicator;
import io.github.xxgk.report.series.Rate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The codebook of the CSV outputs: every column of the wide, long and diagnostics CSV with its names (key, Chinese,
 * Stata), what it holds and what it means, generated from the model so that it cannot drift from the writers.
 * {@code xxgk-report columns} prints it as Markdown, CSV or JSON, and as Stata and R scripts that read the wide CSV.
 */
public final class Codebook {

    private static final List<Column> WIDE = wideColumns();
    private static final List<Column> LONG = longColumns();
    private static final List<Column> DIAGNOSTICS = diagnosticsColumns();

    private Codebook() {
    }

    /** The columns of the wide CSV ({@link WideCsv}), in order. */
    public static List<Column> wide() {
        return WIDE;
    }

    /** The columns of the long CSV ({@link LongCsv}), in order. */
    public static List<Column> longFormat() {
        return LONG;
    }

    /** The columns of the diagnostics CSV ({@link DiagnosticsCsv}), in order. */
    public static List<Column> diagnostics() {
        return DIAGNOSTICS;
    }

    /** The names the header rows give, one list per row. */
    static List<List<String>> header(List<Column> columns, List<ColumnNames> rows) {
        return rows.stream().map(names -> columns.stream().map(names::of).toList()).toList();
    }

    private static List<Column> wideColumns() {
        List<Column> columns = new ArrayList<>();
        columns.add(plain("file", "文件", ColumnType.STRING, "the input path, as given or as found in a folder (a "
                + "byte of a name that is not UTF-8 as `\\xNN`; a name a spreadsheet would run as a formula, such as "
                + "`=x.txt`, with a leading `'`)"));
        columns.add(plain("status", "状态", ColumnType.STRING, "`parsed`; `not_a_report` for a document with no "
                + "report in it (a list page, a guide, a news item: no cells, template `unknown`, the reason in "
                + "`message`); or `failed` when the file could not be read at all"));
        columns.add(plain("template", "模板", ColumnType.STRING,
                "the template the tables follow: `2021`, `2019`, `pre2019` (free-form) or `unknown`"));
        columns.add(plain("agency", "发布机关", ColumnType.STRING, "the publishing agency (发布机关), if found"));
        columns.add(plain("year", "年度", ColumnType.INTEGER,
                "the reporting year (not the publication year), if found"));
        columns.add(plain("errors", "错误数", ColumnType.INTEGER,
                "the number of diagnostics of severity `error`: violated rules, values that are not numbers"));
        columns.add(plain("warnings", "警告数", ColumnType.INTEGER,
                "the number of diagnostics of severity `warning`: missing tables or rows, unreadable rows"));
        columns.add(plain("message", "说明", ColumnType.STRING, "for a failed file, `REASON: what went wrong`; for a "
                + "document with no report, `source.not_a_report: why`; empty otherwise"));
        for (CellKey cell : CellKey.all()) {
            columns.add(new Column(cell.key(), ChineseLabels.of(cell), StataNames.of(cell), type(cell.valueKind()),
                    meaning(cell.valueKind()), cell.templates()));
        }
        for (Indicator indicator : Indicator.values()) {
            columns.add(plain(indicator.column(), "可比指标-" + indicator.label(), type(indicator.valueKind()),
                    seriesMeaning(indicator)));
        }
        for (Rate rate : Rate.values()) {
            columns.add(plain(rate.column(), "比率-" + rate.label(), ColumnType.RATE,
                    rate.label() + ": " + rate.formula() + ", rounded to 4 decimals; empty when a term is empty or "
                            + "the denominator is 0"));
        }
        return checked(columns);
    }

    private static List<Column> longColumns() {
        return checked(List.of(
                plain("file", "文件", ColumnType.STRING, "the input path"),
                plain("agency", "发布机关", ColumnType.STRING, "the publishing agency, if found"),
                plain("year", "年度", ColumnType.INTEGER, "the reporting year, if found"),
                plain("template", "模板", ColumnType.STRING, "the template the tables follow"),
                plain("table", "表", ColumnType.STRING, "`proactive`, `requests`, `appeals`; `legacy` for a pre-2019 "
                        + "report's free-form tables; `series` for a headline figure and `rate` for a rate (the "
                        + "wide CSV's `series.*` and `rate.*` columns); empty on the one row of a file without "
                        + "values"),
                plain("row", "行", ColumnType.STRING, "the row key; for `legacy` the indicator label (指标名称) as "
                        + "printed; for `series` and `rate` the key (e.g. `requests_new`, `disclosure`)"),
                plain("column", "列", ColumnType.STRING, "the column key; for `legacy` the column header as printed "
                        + "(e.g. 2018年度, 历年累计); empty for `series` and `rate`"),
                plain("value", "数值", ColumnType.AMOUNT, "the number as published (decimals kept); for `rate` the "
                        + "fraction"),
                plain("source", "来源", ColumnType.STRING, "for `series`, where the value came from: the cell keys "
                        + "summed (`requests.new.total`), or `legacy:` the indicator label `@` the column as printed; "
                        + "for `rate`, its formula; empty otherwise")));
    }

    private static List<Column> diagnosticsColumns() {
        return checked(List.of(
                plain("file", "文件", ColumnType.STRING, "the input path"),
                plain("severity", "严重程度", ColumnType.STRING, "`error`, `warning` or `info`"),
                plain("code", "代码", ColumnType.STRING,
                        "the stable code (see Diagnostic codes), or `read.REASON` for a file that could not be read"),
                plain("table", "表", ColumnType.STRING, "the table key the diagnostic points at, if any"),
                plain("row", "行", ColumnType.STRING, "the row key, if any"),
                plain("column", "列", ColumnType.STRING, "the column key, if any"),
                plain("line", "行号", ColumnType.INTEGER, "the source line (1-based), if known"),
                plain("message", "说明", ColumnType.STRING,
                        "a sentence naming the cells and, for a rule, both sides of the equation")));
    }

    private static Column plain(String name, String chineseName, ColumnType type, String meaning) {
        return new Column(name, chineseName, StataNames.of(name), type, meaning, Set.<Template>of());
    }

    private static ColumnType type(ValueKind kind) {
        return switch (kind) {
            case COUNT -> ColumnType.COUNT;
            case SIGNED_COUNT -> ColumnType.SIGNED_COUNT;
            case AMOUNT -> ColumnType.AMOUNT;
        };
    }

    private static String meaning(ValueKind kind) {
        return switch (kind) {
            case COUNT -> "count";
            case SIGNED_COUNT -> "signed count (+2, -1)";
            case AMOUNT -> "amount of money, decimals kept";
        };
    }

    private static String seriesMeaning(Indicator indicator) {
        StringBuilder cells = new StringBuilder();
        for (CellKey cell : indicator.cells()) {
            cells.append(cells.length() == 0 ? "" : " + ").append('`').append(cell.key()).append('`');
        }
        return indicator.label() + ": in 2019 and 2021 reports " + cells + " (empty unless every term is given)"
                + (indicator == Indicator.FEES ? "; 2021 reports only"
                        : "; in pre-2019 reports the statistics-table indicator of this year that names it");
    }

    private static List<Column> checked(List<Column> columns) {
        StataNames.checked(columns.stream().map(Column::stataName).toList());
        if (columns.stream().map(Column::chineseName).distinct().count() != columns.size()) {
            throw new IllegalStateException("Two columns share a Chinese name");
        }
        return List.copyOf(columns);
    }
}
