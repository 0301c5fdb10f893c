package io.github.xxgk.report.internal.recognize;

import io.github.xxgk.report.internal.block.Block;
import io.github.xxgk.report.internal.block.Paragraph;
import io.github.xxgk.report.internal.text.Whitespace;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the long paragraphs of flattened copies, whose whole body is one line (“…。 一、总体情况 2022年，…
 * 二、主动公开政府信息情况第二十条…”), into paragraphs at their inline section and sub-section headings, so that
 * the section tree and each table's region can be found as in any other copy.
 */
final class InlineHeadings {

    private static final int LONG_PARAGRAPH = 200;
    private static final int MAX_TITLE = 30;
    private static final Pattern HEADING = Pattern.compile(
            "([一二三四五六七八九十]{1,2})、|[（(]([一二三四五六七八九十]{1,2})[)）]");
    private static final String BOUNDARY = "。！？；：”）)";
    private static final int DISTINCT_TITLE = 8;
    private static final Pattern TITLE_TO_SPACE = Pattern.compile("[^\\s。，；：\\d]{2," + MAX_TITLE + "}(?=\\s|$)");
    private static final Pattern TITLE_TO_STOP = Pattern.compile("[^\\s。，；：\\d]{2," + MAX_TITLE + "}(?=。)");
    private static final List<String> KNOWN_TITLES = List.of("总体情况", "概述", "主动公开政府信息情况",
            "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况",
            "因政府信息公开工作被申请行政复议、提起行政诉讼情况", "政府信息公开工作存在的主要问题及改进情况",
            "存在的主要问题及改进情况", "其他需要报告的事项", "政府信息依申请公开工作情况", "政府信息公开的收费及减免情况",
            "因政府信息公开申请行政复议、提起行政诉讼的情况", "主要问题和改进措施", "政府信息公开情况统计表");
    /** The last heading of a pre-2019 report, often after the agency's name: “七、平潭综合实验区政府信息公开情况统计表”. */
    private static final Pattern STATISTICS_TITLE = Pattern.compile("[^\\s。，；：\\d、]{0,20}?政府信息公开(?:工作)?情况统计表");

    private InlineHeadings() {
    }

    static List<Block> split(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            if (block instanceof Paragraph paragraph && paragraph.text().length() > LONG_PARAGRAPH) {
                split(paragraph, out);
            } else {
                out.add(block);
            }
        }
        return out;
    }

    private static void split(Paragraph paragraph, List<Block> out) {
        String text = paragraph.text();
        Matcher m = HEADING.matcher(text);
        int start = 0;
        int searchFrom = 0;
        while (searchFrom < text.length() && m.find(searchFrom)) {
            if (m.start() == 0) {
                searchFrom = m.end();
                continue;
            }
            int titleEnd = titleEnd(text, m.end(), m.group(1) != null, atBoundary(text, m.start()));
            if (titleEnd >= 0) {
                add(out, text.substring(start, m.start()), paragraph);
                add(out, text.substring(m.start(), titleEnd), paragraph);
                start = titleEnd;
            } else if (atBoundary(text, m.start()) && inlineTitle(text, m.end())) {
                add(out, text.substring(start, m.start()), paragraph);
                start = m.start();
            }
            searchFrom = Math.max(m.end(), start);
        }
        add(out, text.substring(start), paragraph);
    }

    /** Whether a short title ending in 。 follows: “（一）主动公开方面。按照…”, a heading the paragraph starts with. */
    private static boolean inlineTitle(String text, int from) {
        Matcher title = TITLE_TO_STOP.matcher(text.substring(from));
        return title.lookingAt() && !Headings.isTableLabel(title.group());
    }

    private static boolean atBoundary(String text, int index) {
        if (index == 0) {
            return true;
        }
        char before = text.charAt(index - 1);
        return Whitespace.isSpace(before) || BOUNDARY.indexOf(before) >= 0;
    }

    /**
     * Where the heading's title ends, or -1 if what follows the number is not a heading's title: a template section
     * title, or a short title followed by white space, as flattened copies leave between blocks. Away from a
     * sentence or block boundary (“…收费350三、收到和处理…”), only a long template title counts. A heading at the
     * start of a paragraph is left whole: the section recogniser reads inline headings there. White space after the
     * number (“一、 概述”) is skipped.
     */
    private static int titleEnd(String text, int numberEnd, boolean topLevel, boolean boundary) {
        int from = numberEnd;
        while (from < text.length() && Whitespace.isSpace(text.charAt(from))) {
            from++;
        }
        String rest = text.substring(from);
        if (topLevel) {
            int known = knownTitleLength(rest);
            if (known >= DISTINCT_TITLE || known > 0 && boundary) {
                return from + known;
            }
        }
        if (!boundary) {
            return -1;
        }
        Matcher title = TITLE_TO_SPACE.matcher(rest);
        if (!title.lookingAt() || Headings.isTableLabel(title.group())) {
            return -1;
        }
        if (topLevel && Headings.sectionKey(title.group()).isEmpty()) {
            return -1;
        }
        return from + title.end();
    }

    /**
     * The length of the section title the text starts with — a template's, allowing a typo or two, or a pre-2019
     * report's — or 0.
     */
    private static int knownTitleLength(String text) {
        Matcher statistics = STATISTICS_TITLE.matcher(text);
        if (statistics.lookingAt()) {
            return statistics.end();
        }
        int best = 0;
        int bestDistance = Integer.MAX_VALUE;
        for (String title : KNOWN_TITLES) {
            int allowed = title.length() >= 8 ? 2 : 0;
            for (int length = title.length() - allowed; length <= title.length() + allowed; length++) {
                if (length <= 0 || length > text.length()) {
                    continue;
                }
                int distance = Text.editDistance(text.substring(0, length), title);
                if (distance <= allowed && (distance < bestDistance
                        || distance == bestDistance && length > best)) {
                    best = length;
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    private static void add(List<Block> out, String text, Paragraph source) {
        String trimmed = text.strip();
        if (!trimmed.isEmpty()) {
            out.add(new Paragraph(trimmed, source.line(), source.headingLevel()));
        }
    }
}
