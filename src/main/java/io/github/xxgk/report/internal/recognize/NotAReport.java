package io.github.xxgk.report.internal.recognize;

import io.github.xxgk.report.internal.block.Paragraph;
import io.github.xxgk.report.internal.text.Whitespace;
import io.github.xxgk.report.model.Section;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells a document that holds no report from a report, however short: a crawl of a site's 年报 column saves list
 * pages, news items, guides (指南) and other files too. A document without a table is no report when it names only
 * a list of reports (a column's list page), when it has neither an annual-report title nor one of the template's
 * sections, or when it is titled as another kind of document (a guide, a catalogue, a notice) and has no report
 * title. A report that received no requests ("本年度未收到政府信息公开申请") still has its title or sections, and
 * stays a report.
 */
final class NotAReport {

    /** A list page names at least this many reports and nothing else of one. */
    private static final int LIST_TITLES = 3;
    /** Titles of the other documents a disclosure column publishes: guides, catalogues, notices, rules. */
    private static final Pattern OTHER_KIND = Pattern.compile(
            "(?:指南|目录|通知|办法|规定|意见|清单|公告|通告|制度|细则|方案|须知)(?:[_\\-—|].*)?$");

    private NotAReport() {
    }

    /**
     * Why a document without a table is no report, if it is none; empty for a report.
     *
     * @param front the paragraphs before the first section
     * @param sections the sections found
     * @param title the report title found, if any
     * @param documentTitle the title the format gives outside the body, if any
     */
    static Optional<String> reason(List<Paragraph> front, List<Section> sections, Optional<String> title,
            Optional<String> documentTitle) {
        boolean templateSections = sections.stream().anyMatch(section -> section.key().isPresent());
        long titles = front.stream().filter(p -> MetadataRecognizer.isReportTitle(p.text())).count();
        if (titles >= LIST_TITLES && !templateSections) {
            return Optional.of("a list of " + titles + " report titles with none of the template's sections or "
                    + "tables: a list page, not a report");
        }
        if (title.isPresent()) {
            return Optional.empty();
        }
        if (!templateSections) {
            return Optional.of("no annual-report title, none of the template's sections and no statistics table");
        }
        Optional<String> named = documentTitle.or(() -> front.stream().map(Paragraph::text).findFirst())
                .filter(text -> OTHER_KIND.matcher(Whitespace.remove(text)).find());
        return named.map(text -> "titled \"" + text + "\", another kind of document than an annual report, with no "
                + "report title and no statistics table");
    }
}
