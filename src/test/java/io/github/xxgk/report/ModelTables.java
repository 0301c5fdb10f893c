package io.github.xxgk.report;

import io.github.xxgk.report.SeedTables.SeedRow;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.AppealOutcome;
import io.github.xxgk.report.model.AppealRow;
import io.github.xxgk.report.model.Applicant;
import io.github.xxgk.report.model.CellKey;
import io.github.xxgk.report.model.LegacyRow;
import io.github.xxgk.report.model.ProactiveColumn;
import io.github.xxgk.report.model.ProactiveRow;
import io.github.xxgk.report.model.RequestRow;
import io.github.xxgk.report.model.RequestRow.Group;
import io.github.xxgk.report.model.Template;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The statistics tables of a parsed report as HTML, for {@link ModelPage}: tables 二, 三 and 四 in the layout of the
 * report's template (2021 or 2019) with its real merges and its own labels ({@link SeedTables}), and a pre-2019
 * report's legacy rows as a table 指标名称 | 计量单位 | 2016年度 | 历年累计. Each present cell prints the model's value as
 * it holds it ({@code 24252.3110} stays so); each absent cell is blank, never 0.
 */
final class ModelTables {

    private static final String CHINESE = "一二三四五六七八九十";
    private static final String NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
    private static final String CONTENT = "信息内容";
    /** The 2019 template's header of 第二十条第（五）项 and 第二十条第（六）项. */
    private static final List<String> ITEMS_2019 = List.of(CONTENT, "上一年项目数量", "本年增/减", "处理决定数量");
    private static final List<ProactiveColumn> ITEM_COLUMNS = List.of(ProactiveColumn.ITEMS_PREV_YEAR,
            ProactiveColumn.ITEMS_CHANGE, ProactiveColumn.DECISIONS);

    private ModelTables() {
    }

    /** Table 二: for each article of 第二十条, a caption row, a header row and its rows. */
    static String proactive(AnnualReport report) {
        return SeedTables.proactive(proactiveRows(report));
    }

    /** Table 二's rows: for each article of 第二十条, a caption row, a header row and its rows of values. */
    static List<SeedRow> proactiveRows(AnnualReport report) {
        List<SeedRow> rows = new ArrayList<>();
        if (report.metadata().template() == Template.T2019) {
            block(report, rows, "第二十条第（一）项", List.of(CONTENT, "本年新制作数量", "本年新公开数量", "对外公开总数量"),
                    List.of(ProactiveColumn.CREATED, ProactiveColumn.PUBLISHED, ProactiveColumn.TOTAL_PUBLISHED),
                    ProactiveRow.REGULATIONS, ProactiveRow.NORMATIVE_DOCUMENTS);
            block(report, rows, "第二十条第（五）项", ITEMS_2019, ITEM_COLUMNS, ProactiveRow.LICENSING,
                    ProactiveRow.OTHER_SERVICES);
            block(report, rows, "第二十条第（六）项", ITEMS_2019, ITEM_COLUMNS, ProactiveRow.PENALTY,
                    ProactiveRow.COERCION);
            block(report, rows, "第二十条第（八）项", ITEMS_2019.subList(0, 3), ITEM_COLUMNS.subList(0, 2),
                    ProactiveRow.FEES);
            block(report, rows, "第二十条第（九）项", List.of(CONTENT, "采购项目数量", "采购总金额"),
                    List.of(ProactiveColumn.PROJECTS, ProactiveColumn.AMOUNT), ProactiveRow.PROCUREMENT);
        } else {
            List<ProactiveColumn> documents = List.of(ProactiveColumn.ISSUED, ProactiveColumn.REPEALED,
                    ProactiveColumn.IN_FORCE);
            block(report, rows, "第二十条第（一）项", header(documents), documents, ProactiveRow.REGULATIONS,
                    ProactiveRow.NORMATIVE_DOCUMENTS);
            List<ProactiveColumn> decisions = List.of(ProactiveColumn.DECISIONS);
            block(report, rows, "第二十条第（五）项", header(decisions), decisions, ProactiveRow.LICENSING);
            block(report, rows, "第二十条第（六）项", header(decisions), decisions, ProactiveRow.PENALTY,
                    ProactiveRow.COERCION);
            List<ProactiveColumn> amount = List.of(ProactiveColumn.AMOUNT);
            block(report, rows, "第二十条第（八）项", header(amount), amount, ProactiveRow.FEES);
        }
        return rows;
    }

    private static List<String> header(List<ProactiveColumn> columns) {
        List<String> header = new ArrayList<>(List.of(CONTENT));
        columns.forEach(column -> header.add(column.label()));
        return header;
    }

    private static void block(AnnualReport report, List<SeedRow> rows, String caption, List<String> header,
            List<ProactiveColumn> columns, ProactiveRow... items) {
        rows.add(new SeedRow(List.of(caption), List.of()));
        rows.add(new SeedRow(header, List.of()));
        boolean t2019 = report.metadata().template() == Template.T2019;
        for (ProactiveRow item : items) {
            String label = t2019 && item == ProactiveRow.NORMATIVE_DOCUMENTS ? "规范性文件" : item.label();
            rows.add(new SeedRow(List.of(label),
                    columns.stream().map(column -> value(report, CellKey.of(item, column))).toList()));
        }
    }

    /**
     * Table 三: the three header rows, then each row of the report's template with its seven values (in the 2019
     * template （六）其他处理 is one row with its own values).
     */
    static String requests(AnnualReport report) {
        return SeedTables.requests(requestRows(report));
    }

    /** Table 三's rows: its three header rows, then each row of the report's template with its seven values. */
    static List<SeedRow> requestRows(AnnualReport report) {
        List<SeedRow> rows = new ArrayList<>();
        rows.add(new SeedRow(List.of(NOTE, "申请人情况", Applicant.TOTAL.label()), List.of()));
        rows.add(new SeedRow(List.of(Applicant.NATURAL_PERSON.label(), "法人或其他组织"), List.of()));
        rows.add(new SeedRow(List.of(Applicant.COMMERCIAL.label(), Applicant.RESEARCH.label(),
                Applicant.NONPROFIT.label(), Applicant.LEGAL_SERVICE.label(), Applicant.OTHER_ORG.label()),
                List.of()));
        int top = 0;
        int group = 0;
        int item = 0;
        Group previous = null;
        for (RequestRow row : RequestRow.printedOrder(report.metadata().template())) {
            List<String> labels = new ArrayList<>();
            if (row == RequestRow.GRANTED) {
                labels.add(CHINESE.charAt(top++) + "、" + RequestRow.Group.RESULTS.label());
            }
            if (row.group() == Group.NONE) {
                labels.add(CHINESE.charAt(top++) + "、" + row.label());
            } else if (row.group() == Group.RESULTS) {
                String label = row == RequestRow.PARTIALLY_GRANTED
                        ? row.label() + "（区分处理的，只计这一情形，不计其他情形）" : row.label();
                labels.add("（" + CHINESE.charAt(group++) + "）" + label);
            } else {
                if (row.group() != previous) {
                    labels.add("（" + CHINESE.charAt(group++) + "）" + row.group().label());
                    item = 0;
                }
                labels.add(++item + "." + row.label());
            }
            previous = row.group();
            rows.add(new SeedRow(labels, List.of(Applicant.values()).stream()
                    .map(applicant -> value(report, CellKey.of(row, applicant))).toList()));
        }
        return rows;
    }

    /** Table 四: the three header levels, then the fifteen values in one row. */
    static String appeals(AnnualReport report) {
        return SeedTables.appeals(appealRows(report));
    }

    /** Table 四's rows: the three header levels, then the fifteen values in one row. */
    static List<SeedRow> appealRows(AnnualReport report) {
        List<String> outcomes = List.of(AppealOutcome.values()).stream().map(AppealOutcome::label).toList();
        List<String> second = new ArrayList<>(outcomes);
        second.add(AppealRow.LITIGATION_DIRECT.label());
        second.add(AppealRow.LITIGATION_AFTER_RECONSIDERATION.label());
        List<String> third = new ArrayList<>(outcomes);
        third.addAll(outcomes);
        List<String> values = new ArrayList<>();
        for (AppealRow row : AppealRow.values()) {
            for (AppealOutcome outcome : AppealOutcome.values()) {
                values.add(value(report, CellKey.of(row, outcome)));
            }
        }
        return List.of(new SeedRow(List.of(AppealRow.RECONSIDERATION.label(), "行政诉讼"), List.of()),
                new SeedRow(second, List.of()), new SeedRow(third, List.of()), new SeedRow(List.of(), values));
    }

    /**
     * A pre-2019 report's legacy rows as the table they came from: a header 指标名称 | 计量单位 | then the columns in
     * the order the rows give them (2016年度, 历年累计), and one row per indicator and unit with its value under each
     * column, blank where the model has none.
     */
    static String legacy(AnnualReport report) {
        Set<String> columns = new LinkedHashSet<>();
        Map<List<String>, Map<String, String>> indicators = new LinkedHashMap<>();
        for (LegacyRow row : report.legacyRows()) {
            columns.add(row.column());
            indicators.computeIfAbsent(List.of(row.indicator(), row.unit().orElse("")), k -> new LinkedHashMap<>())
                    .put(row.column(), row.value().toPlainString());
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("指标名称", "计量单位"));
        header.addAll(columns);
        rows.add(header);
        indicators.forEach((indicator, values) -> {
            List<String> row = new ArrayList<>(indicator);
            columns.forEach(column -> row.add(values.getOrDefault(column, "")));
            rows.add(row);
        });
        return SeedTables.plain(rows);
    }

    /** A cell's value as the model holds it, or empty when the report does not give it. */
    private static String value(AnnualReport report, CellKey cell) {
        return report.value(cell).map(BigDecimal::toPlainString).orElse("");
    }
}
