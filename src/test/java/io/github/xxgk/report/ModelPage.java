package io.github.xxgk.report;

import io.github.xxgk.report.SeedTables.SeedRow;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.AppealOutcome;
import io.github.xxgk.report.model.AppealRow;
import io.github.xxgk.report.model.Applicant;
import io.github.xxgk.report.model.CellKey;
import io.github.xxgk.report.model.ProactiveColumn;
import io.github.xxgk.report.model.ProactiveRow;
import io.github.xxgk.report.model.RequestRow;
import io.github.xxgk.report.model.RequestRow.Group;
import io.github.xxgk.report.model.Section;
import io.github.xxgk.report.model.SectionKey;
import io.github.xxgk.report.model.Template;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A parsed report written back as the article of a government web page: its title in {@code <h1>}, its preamble,
 * its sections and sub-sections as {@code <h3>}/{@code <h4>} headings with their paragraphs, and under the
 * headings of sections 二, 三 and 四, before their paragraphs, the statistics tables in the 2021 template's layout
 * with its real merges ({@link SeedTables}). Each present cell prints the model's value as it holds it
 * ({@code 24252.3110} stays so); each absent cell is blank, never 0.
 */
final class ModelPage {

    private static final String CHINESE = "一二三四五六七八九十";
    private static final String NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
    private static final String CONTENT = "信息内容";

    private ModelPage() {
    }

    /** The article: the title as {@code <h1>}, a 发布时间/来源 line, then the report in a content {@code <div>}. */
    static String article(AnnualReport report, String published, String source) {
        if (report.metadata().template() != Template.T2021) {
            throw new IllegalArgumentException("only 2021-template reports are written: "
                    + report.metadata().sourceName());
        }
        StringBuilder html = new StringBuilder();
        html.append("<h1 class=\"article-title\">").append(SeedPage.escape(report.metadata().title().orElseThrow()))
                .append("</h1>\n");
        html.append("<div class=\"article-info\"><span>发布时间：").append(published).append("</span><span>来源：")
                .append(SeedPage.escape(source)).append("</span><span>字号：<a href=\"javascript:;\">大</a> "
                        + "<a href=\"javascript:;\">中</a> <a href=\"javascript:;\">小</a></span></div>\n");
        html.append("<div class=\"article-content TRS_Editor\">\n");
        report.preamble().forEach(paragraph -> html.append(paragraph(paragraph)));
        for (Section section : report.sections()) {
            html.append("<h3>").append(SeedPage.escape(section.number() + "、" + section.title())).append("</h3>\n");
            html.append(table(report, section.key()));
            section.paragraphs().forEach(paragraph -> html.append(paragraph(paragraph)));
            for (Section subsection : section.subsections()) {
                subsection(html, subsection, 4);
            }
        }
        return html.append("</div>\n").toString();
    }

    private static void subsection(StringBuilder html, Section section, int level) {
        String heading = level == 4 ? "（" + section.number() + "）" + section.title()
                : section.number() + "." + section.title();
        html.append("<h").append(level).append('>').append(SeedPage.escape(heading)).append("</h").append(level)
                .append(">\n");
        section.paragraphs().forEach(paragraph -> html.append(paragraph(paragraph)));
        for (Section subsection : section.subsections()) {
            subsection(html, subsection, Math.min(level + 1, 6));
        }
    }

    private static String paragraph(String text) {
        return "<p style=\"text-indent:2em\">" + SeedPage.escape(text) + "</p>\n";
    }

    /** The statistics table under a section's heading, if the section is 二, 三 or 四. */
    private static String table(AnnualReport report, Optional<SectionKey> key) {
        if (key.isEmpty()) {
            return "";
        }
        return switch (key.get()) {
            case PROACTIVE -> SeedTables.proactive(proactive(report));
            case REQUESTS -> SeedTables.requests(requests(report));
            case APPEALS -> SeedTables.appeals(appeals(report));
            default -> "";
        };
    }

    /** Table 二's rows: for each article of 第二十条, a caption, a header and its rows. */
    private static List<SeedRow> proactive(AnnualReport report) {
        List<SeedRow> rows = new ArrayList<>();
        block(report, rows, "第二十条第（一）项", List.of(ProactiveColumn.ISSUED, ProactiveColumn.REPEALED,
                ProactiveColumn.IN_FORCE), ProactiveRow.REGULATIONS, ProactiveRow.NORMATIVE_DOCUMENTS);
        block(report, rows, "第二十条第（五）项", List.of(ProactiveColumn.DECISIONS), ProactiveRow.LICENSING);
        block(report, rows, "第二十条第（六）项", List.of(ProactiveColumn.DECISIONS), ProactiveRow.PENALTY,
                ProactiveRow.COERCION);
        block(report, rows, "第二十条第（八）项", List.of(ProactiveColumn.AMOUNT), ProactiveRow.FEES);
        return rows;
    }

    private static void block(AnnualReport report, List<SeedRow> rows, String caption, List<ProactiveColumn> columns,
            ProactiveRow... items) {
        rows.add(new SeedRow(List.of(caption), List.of()));
        List<String> header = new ArrayList<>(List.of(CONTENT));
        columns.forEach(column -> header.add(column.label()));
        rows.add(new SeedRow(header, List.of()));
        for (ProactiveRow item : items) {
            rows.add(new SeedRow(List.of(item.label()),
                    columns.stream().map(column -> value(report, CellKey.of(item, column))).toList()));
        }
    }

    /** Table 三's rows: the three header rows, then each row of the template with its seven values. */
    private static List<SeedRow> requests(AnnualReport report) {
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
        for (RequestRow row : RequestRow.printedOrder(Template.T2021)) {
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

    /** Table 四's rows: the three header levels, then the fifteen values in one row. */
    private static List<SeedRow> appeals(AnnualReport report) {
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

    /** A cell's value as the model holds it, or empty when the report does not give it. */
    private static String value(AnnualReport report, CellKey cell) {
        return report.value(cell).map(BigDecimal::toPlainString).orElse("");
    }
}
