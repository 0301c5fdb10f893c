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

    /** The columns of {@link WideCsv#DIVISION_COLUMNS}, declared before the lists that include them. */
    private static final List<Column> DIVISION = List.of(
            plain("division.level", "行政层级", ColumnType.STRING, "where the agency sits (行政层级): "
                    + "`state_council_department` (国务院部门), `provincial` (省级), `prefectural` (地级), `county` "
                    + "(县级) or `township` (乡级, a 街道 included); empty, like every `division.*` column, when the "
                    + "agency is not found or its name places it nowhere (`agency.unplaced`) or in several places "
                    + "(`agency.ambiguous_division`)"),
            plain("division.province_code", "省级区划代码", ColumnType.STRING, "the province's code: the statistics "
                    + "bureau's 统计用区划代码 (2023, which extends GB/T 2260), 6 digits, e.g. `320000`; empty for a "
                    + "State Council department"),
            plain("division.province", "省级区划", ColumnType.STRING, "the province's name, e.g. 江苏省"),
            plain("division.prefecture_code", "地级区划代码", ColumnType.STRING, "the prefecture's code, 6 digits, "
                    + "e.g. `320800`; empty for a provincial agency and for a county or township with no prefecture "
                    + "(a district of 北京市, 天门市)"),
            plain("division.prefecture", "地级区划", ColumnType.STRING, "the prefecture's name, e.g. 淮安市"),
            plain("division.county_code", "县级区划代码", ColumnType.STRING, "the county's code, 6 digits, e.g. "
                    + "`320813`; empty above the county level and for a township of a city without counties (东莞市)"),
            plain("division.county", "县级区划", ColumnType.STRING, "the county's name, e.g. 洪泽区"),
            plain("division.township_code", "乡级区划代码", ColumnType.STRING, "the township's code, 12 digits, e.g. "
                    + "`440104003000`; empty above the township level"),
            plain("division.township", "乡级区划", ColumnType.STRING, "the township's name, e.g. 北京街道"));
    private static final List<Column> WIDE = wideColumns();
    private static final List<Column> LONG = longColumns();
    private static final List<Column> DIAGNOSTICS = diagnosticsColumns();
    private static final List<Column> PANEL = panelColumns();

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

    /** The columns of the panel ({@link PanelCsv}), in order: its own, then the wide CSV's value columns. */
    public static List<Column> panel() {
        return PANEL;
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
        columns.addAll(DIVISION);
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
                        + "wide CSV's `series.*` and `rate.*` columns); `text` for a number the prose of sections "
                        + "一 and 三 states; empty on the one row of a file without values"),
                plain("row", "行", ColumnType.STRING, "the row key; for `legacy` the indicator label (指标名称) as "
                        + "printed; for `series` and `rate` the key (e.g. `requests_new`, `disclosure`); for `text` the cell keys "
                        + "the statement speaks of, joined by `+`"),
                plain("column", "列", ColumnType.STRING, "the column key; for `legacy` the column header as printed "
                        + "(e.g. 2018年度, 历年累计); empty for `series` and `rate`; for `text` how the tables compare: "
                        + "`agrees`, `contradicts`, `unchecked` or `decided`"),
                plain("value", "数值", ColumnType.AMOUNT, "the number as published (decimals kept); for `rate` the "
                        + "fraction"),
                plain("source", "来源", ColumnType.STRING, "for `series`, where the value came from: the cell keys "
                        + "summed (`requests.new.total`), or `legacy:` the indicator label `@` the column as printed; "
                        + "for `rate`, its formula; for `text`, the words that state the number; empty otherwise")));
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

    private static List<Column> panelColumns() {
        List<Column> columns = new ArrayList<>(List.of(
                plain("agency", "发布机关", ColumnType.STRING, "the publishing agency, as its first file (in path "
                        + "order) prints it; files whose agency differs only in white space share a row"),
                plain("year", "年度", ColumnType.INTEGER, "the reporting year"),
                plain("template", "模板", ColumnType.STRING,
                        "the template the tables follow; empty when the files differ (see `conflicts`)"),
                plain("files", "文件", ColumnType.STRING, "the files of this agency and year, in path order, "
                        + "joined by ` | `"),
                plain("file_count", "文件数", ColumnType.INTEGER, "how many files the row combines"),
                plain("errors", "错误数", ColumnType.INTEGER,
                        "the diagnostics of severity `error` of the row's files, added up"),
                plain("warnings", "警告数", ColumnType.INTEGER,
                        "the diagnostics of severity `warning` of the row's files, added up"),
                plain("conflicts", "冲突", ColumnType.STRING, "the columns whose files give different values, each "
                        + "`column: value (file) ≠ value (file)`, joined by `; `; such a column is empty in the row")));
        columns.addAll(WIDE.subList(WideCsv.LEADING_COLUMNS.size(), WIDE.size()));
        return checked(columns);
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
