package io.github.xxgk.report.internal.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers reports print before a section, a table row or a list item: 一、 for a section, （一） (一) 一) for a
 * sub-section or a group of rows, 1. 1． 1、 (1) 1) for an item. PDF row detection, the text readers and label
 * matching all use these definitions.
 */
public final class ItemNumbers {

    private static final String CHINESE_NUMERALS = "一二三四五六七八九十";
    private static final Pattern LEADING = Pattern.compile("^(?:[（(]?[" + CHINESE_NUMERALS + "]{1,3}[)）、.．]"
            + "|[（(]?\\d{1,2}[)）]|\\d{1,2}[、.．](?!\\d))");
    private static final Pattern LEADING_WITH_SPACE = Pattern.compile(LEADING.pattern() + "\\s*");
    private static final Pattern SECTION = Pattern.compile("^[" + CHINESE_NUMERALS + "]{1,3}、");
    private static final String DIGITS = "零一二三四五六七八九";

    private ItemNumbers() {
    }

    /** Whether the text starts with an item number of any kind ("（三）", "三、", "1.", "(1)"). */
    public static boolean startsWithNumber(String text) {
        return mayStartWithNumber(text) && LEADING.matcher(text).find();
    }

    /** Whether the text is nothing but an item number ("(三)", "1."), its label printed elsewhere. */
    public static boolean isNumberOnly(String text) {
        if (!mayStartWithNumber(text)) {
            return false;
        }
        Matcher m = LEADING.matcher(text);
        return m.find() && m.end() == text.length();
    }

    /** Whether the text starts with a section's number: a Chinese numeral and 、 ("三、"). */
    public static boolean startsWithSectionNumber(String text) {
        return SECTION.matcher(text).find();
    }

    /** The text without its leading item number and the white space after it; the text itself if it has none. */
    public static String strip(String text) {
        if (!mayStartWithNumber(text)) {
            return text;
        }
        Matcher m = LEADING_WITH_SPACE.matcher(text);
        return m.find() ? text.substring(m.end()) : text;
    }

    /** Whether the first character can begin an item number; most text is rejected without a matcher. */
    private static boolean mayStartWithNumber(String text) {
        return !text.isEmpty() && ("（(0123456789" + CHINESE_NUMERALS).indexOf(text.charAt(0)) >= 0;
    }

    /** The value of a Chinese numeral from 一 to 九十九, or -1. */
    public static int chineseNumber(String numeral) {
        if (numeral.isEmpty()) {
            return -1;
        }
        int ten = numeral.indexOf('十');
        if (ten < 0) {
            return numeral.length() == 1 ? DIGITS.indexOf(numeral.charAt(0)) : -1;
        }
        int tens = ten == 0 ? 1 : ten == 1 ? DIGITS.indexOf(numeral.charAt(0)) : -1;
        String rest = numeral.substring(ten + 1);
        int units = rest.isEmpty() ? 0 : rest.length() == 1 ? DIGITS.indexOf(rest.charAt(0)) : -1;
        return tens <= 0 || units < 0 ? -1 : tens * 10 + units;
    }
}
