package io.github.xxgk.report.internal.recognize;

import io.github.xxgk.report.internal.text.ItemNumbers;
import io.github.xxgk.report.model.RequestRow;
import io.github.xxgk.report.model.SectionKey;
import io.github.xxgk.report.model.TableKind;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises numbered headings: top-level “一、总体情况” and sub-sections “（一）主动公开情况”, as their own line or
 * inline up to the first 。, and which template section a top-level title is.
 */
final class Headings {

    /** A heading found at the start of a paragraph, with the rest of the paragraph as body text. */
    record Heading(int level, int number, String numeral, String title, String rest) {

        /** Whether the number is printed in Arabic digits (“1、”, “（1）”), as Word 97 files give automatic numbers. */
        boolean arabic() {
            return Character.isDigit(numeral.charAt(0));
        }
    }

    private static final Pattern TOP = Pattern.compile("^([一二三四五六七八九十]{1,3})\\s*[、.．，,]\\s*(.+)$", Pattern.DOTALL);
    private static final Pattern SUB = Pattern.compile(
            "^(?:[（(]\\s*([一二三四五六七八九十]{1,3})\\s*[）)]|([一二三四五六七八九十]{1,3})\\s*[）)])\\s*(.+)$",
            Pattern.DOTALL);
    private static final Pattern TOP_ARABIC = Pattern.compile("^(\\d{1,2})\\s*[、.．]\\s*(.+)$", Pattern.DOTALL);
    private static final Pattern SUB_ARABIC = Pattern.compile("^[（(]\\s*(\\d{1,2})\\s*[）)]\\s*(.+)$", Pattern.DOTALL);
    private static final int MAX_TITLE = 40;
    private static final Pattern DIGIT_RUN = Pattern.compile("\\d{3,}");

    private record Keyword(String word, SectionKey key) {
    }

    /** Key words from the most specific to the most generic; the first one a title contains decides. */
    private static final List<Keyword> KEYWORDS = List.of(
            new Keyword("存在的主要问题", SectionKey.PROBLEMS),
            new Keyword("其他需要报告", SectionKey.OTHER_MATTERS),
            new Keyword("收到和处理", SectionKey.REQUESTS),
            new Keyword("行政复议", SectionKey.APPEALS),
            new Keyword("行政诉讼", SectionKey.APPEALS),
            new Keyword("主动公开", SectionKey.PROACTIVE),
            new Keyword("总体情况", SectionKey.OVERVIEW),
            new Keyword("概述", SectionKey.OVERVIEW),
            new Keyword("基本情况", SectionKey.OVERVIEW),
            new Keyword("依申请公开", SectionKey.REQUESTS),
            new Keyword("申请情况", SectionKey.REQUESTS),
            new Keyword("问题", SectionKey.PROBLEMS),
            new Keyword("改进", SectionKey.PROBLEMS),
            new Keyword("复议", SectionKey.APPEALS),
            new Keyword("诉讼", SectionKey.APPEALS),
            new Keyword("其他事项", SectionKey.OTHER_MATTERS),
            new Keyword("其他", SectionKey.OTHER_MATTERS));

    private Headings() {
    }

    /**
     * A top-level heading at the start of the text, if the text is one: “一、” and a title, or “1、” and the title of a
     * template section.
     */
    static Optional<Heading> top(String text) {
        if (!startsWithAny(text, "一二三四五六七八九十0123456789")) {
            return Optional.empty(); // none of the patterns can match: skip the matchers
        }
        Matcher m = TOP.matcher(text);
        if (m.matches()) {
            return heading(1, m.group(1), m.group(2));
        }
        Matcher arabic = TOP_ARABIC.matcher(text);
        if (arabic.matches()) {
            return heading(1, arabic.group(1), arabic.group(2)).filter(h -> sectionKey(h.title()).isPresent());
        }
        return Optional.empty();
    }

    /** A sub-section heading at the start of the text, if the text is one: “（一）”, “一）” or “（1）” and a title. */
    static Optional<Heading> sub(String text) {
        if (!startsWithAny(text, "（(一二三四五六七八九十")) {
            return Optional.empty(); // none of the patterns can match: skip the matchers
        }
        Matcher m = SUB.matcher(text);
        if (m.matches()) {
            return heading(2, m.group(1) != null ? m.group(1) : m.group(2), m.group(3));
        }
        Matcher arabic = SUB_ARABIC.matcher(text);
        return arabic.matches() ? heading(2, arabic.group(1), arabic.group(2)) : Optional.empty();
    }

    private static boolean startsWithAny(String text, String firstChars) {
        return !text.isEmpty() && firstChars.indexOf(text.charAt(0)) >= 0;
    }

    private static Optional<Heading> heading(int level, String numeral, String body) {
        int number = Character.isDigit(numeral.charAt(0)) ? Integer.parseInt(numeral) : ItemNumbers.chineseNumber(numeral);
        if (number <= 0) {
            return Optional.empty();
        }
        String text = body.trim();
        int stop = text.indexOf('。');
        String title;
        String rest;
        if (stop >= 0 && stop <= MAX_TITLE) {
            title = text.substring(0, stop);
            rest = text.substring(stop + 1).trim();
        } else if (stop < 0 && text.length() <= MAX_TITLE) {
            title = text;
            rest = "";
        } else {
            return Optional.empty();
        }
        if (title.isEmpty() || DIGIT_RUN.matcher(title).find() || isTableLabel(title)) {
            return Optional.empty();
        }
        return Optional.of(new Heading(level, number, numeral, title, rest));
    }

    /**
     * Whether a would-be title is really a row or group label of table 二 or 三 (run-together tables print them
     * inline).
     */
    static boolean isTableLabel(String title) {
        String core = LabelMatcher.core(title);
        for (RequestRow.Group group : RequestRow.Group.values()) {
            if (!group.label().isEmpty() && core.startsWith(group.label())) {
                return true;
            }
        }
        return LabelMatcher.match(title, Optional.empty())
                .filter(m -> m.table() != TableKind.APPEALS && m.score() >= 85)
                .isPresent();
    }

    /** The template section a top-level title names, judged by its key words. */
    static Optional<SectionKey> sectionKey(String title) {
        String normalized = Text.normalizeLabel(title);
        for (Keyword keyword : KEYWORDS) {
            if (normalized.contains(keyword.word)) {
                return Optional.of(keyword.key);
            }
        }
        return Optional.empty();
    }
}
