package io.github.xxgk.report;

import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.LegacyRow;
import io.github.xxgk.report.model.Section;
import io.github.xxgk.report.model.SectionKey;
import io.github.xxgk.report.model.Template;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed report written back as the article of a government web page: its title in {@code <h1>}, its preamble,
 * its sections and sub-sections as {@code <h3>}/{@code <h4>} headings with their paragraphs, and the statistics
 * tables ({@link ModelTables}). A 2021- or 2019-template report has tables 二, 三 and 四 in its template's layout
 * under the headings of sections 二, 三 and 四, before their paragraphs; a pre-2019 report has its legacy rows as
 * one table, in place of the paragraph that holds them in the model.
 *
 * <p>What the model holds of a copy of a page that lost its markup is left out: the copy's own header (发布时间:,
 * 原文链接: … down to its {@code ==== 正文 ====} line) at the start of the preamble, and the paragraphs of sections
 * 二, 三 and 四 that are a table's cells run together into one line (they start with the table's first cells run
 * together, as {@code 第二十条第（一）项信息内容}), which the table replaces. Debris of a table that does not start so
 * stays a paragraph.
 */
final class ModelPage {

    /** The line a copy of a page puts between its own header and the page's text. */
    private static final String BODY_MARK = "正文";
    /** How a table run together into one paragraph starts, by the section it stands in. */
    private static final Map<SectionKey, String> RUN_TOGETHER = Map.of(
            SectionKey.PROACTIVE, "第二十条第（一）项信息内容",
            SectionKey.REQUESTS, "（本列数据的勾稽关系为：",
            SectionKey.APPEALS, "行政复议行政诉讼结果维持");

    private ModelPage() {
    }

    /** The article: the title as {@code <h1>}, a 发布时间/来源 line, then the report in a content {@code <div>}. */
    static String article(AnnualReport report, String published, String source) {
        StringBuilder html = new StringBuilder();
        html.append("<h1 class=\"article-title\">").append(SeedPage.escape(report.metadata().title().orElseThrow()))
                .append("</h1>\n");
        html.append("<div class=\"article-info\"><span>发布时间：").append(published).append("</span><span>来源：")
                .append(SeedPage.escape(source)).append("</span><span>字号：<a href=\"javascript:;\">大</a> "
                        + "<a href=\"javascript:;\">中</a> <a href=\"javascript:;\">小</a></span></div>\n");
        html.append("<div class=\"article-content TRS_Editor\">\n");
        preamble(report).forEach(paragraph -> html.append(paragraph(paragraph)));
        Optional<String> legacy = legacyParagraph(report);
        boolean template = report.metadata().template() != Template.PRE2019;
        for (Section section : report.sections()) {
            html.append("<h3>").append(SeedPage.escape(section.number() + "、" + section.title())).append("</h3>\n");
            if (template) {
                html.append(table(report, section.key()));
            }
            for (String paragraph : section.paragraphs()) {
                if (template && runTogether(section.key(), paragraph)) {
                    continue;
                }
                html.append(legacy.filter(paragraph::equals).isPresent() ? ModelTables.legacy(report)
                        : paragraph(paragraph));
            }
            for (Section subsection : section.subsections()) {
                subsection(html, subsection, 4);
            }
        }
        return html.append("</div>\n").toString();
    }

    /** The preamble without a copy's header: what follows its {@code ==== 正文 ====} line, if it has one. */
    private static List<String> preamble(AnnualReport report) {
        List<String> preamble = report.preamble();
        for (int i = 0; i < preamble.size(); i++) {
            if (preamble.get(i).matches("=+\\s*" + BODY_MARK + "\\s*=+")) {
                return preamble.subList(i + 1, preamble.size());
            }
        }
        return preamble;
    }

    private static boolean runTogether(Optional<SectionKey> key, String paragraph) {
        return key.map(RUN_TOGETHER::get).filter(paragraph::startsWith).isPresent();
    }

    /**
     * The paragraph of a top-level section that holds a pre-2019 report's legacy rows: the one that prints the first
     * row's indicator, unit and value in a run. Empty if the report has no legacy rows; an error if no paragraph
     * holds them (the table would have nowhere to stand).
     */
    private static Optional<String> legacyParagraph(AnnualReport report) {
        if (report.legacyRows().isEmpty()) {
            return Optional.empty();
        }
        LegacyRow first = report.legacyRows().get(0);
        String run = first.indicator() + first.unit().orElse("") + first.value().toPlainString();
        return Optional.of(report.sections().stream().flatMap(section -> section.paragraphs().stream())
                .filter(paragraph -> paragraph.contains(run)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no section holds the legacy rows of "
                        + report.metadata().sourceName() + ": " + run)));
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
            case PROACTIVE -> ModelTables.proactive(report);
            case REQUESTS -> ModelTables.requests(report);
            case APPEALS -> ModelTables.appeals(report);
            default -> "";
        };
    }
}
