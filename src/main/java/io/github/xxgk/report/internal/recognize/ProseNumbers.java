package io.github.xxgk.report.internal.recognize;

import io.github.xxgk.report.internal.text.ChineseNumerals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The numbers a phrase of prose states with a unit: a count (“75件”, “1,295件”, “十二件”, “两起”) or an amount of
 * money (“9116.36万元”, “984361元”, given in 万元). A number counts only when its unit follows it at once; an
 * approximate one (“近300件”, “1000余条”), an ordinal (“第一件”) or a part of a longer number is not read. One pass
 * over the text, no regular expression.
 */
final class ProseNumbers {

    /** The units of a count as reports write them. */
    static final String COUNT_UNITS = "件条份起宗例次";
    /** Characters before a number that make it approximate or not a count. */
    private static final String NOT_BEFORE = "近约超逾第每";
    private static final int MAX_DIGITS = 15;
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    /**
     * A number found.
     *
     * @param start where its first character is
     * @param value the number (for an amount, in 万元)
     */
    record Found(int start, BigDecimal value) {
    }

    private ProseNumbers() {
    }

    /** The counts in the text, in order. */
    static List<Found> counts(String text) {
        List<Found> found = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end;
            BigDecimal value = null;
            if (isDigit(c)) {
                end = digitsEnd(text, i);
                if (end < text.length() && text.charAt(end) == '.' && end + 1 < text.length()
                        && isDigit(text.charAt(end + 1))) {
                    end = digitsEnd(text, end + 1);
                } else if (end - i <= MAX_DIGITS + MAX_DIGITS / 3) {
                    value = arabic(text, i, end);
                }
            } else if (ChineseNumerals.isNumeral(c)) {
                end = i;
                while (end < text.length() && ChineseNumerals.isNumeral(text.charAt(end))) {
                    end++;
                }
                long parsed = ChineseNumerals.value(text.substring(i, end));
                value = parsed < 0 ? null : BigDecimal.valueOf(parsed);
            } else {
                i++;
                continue;
            }
            if (value != null && end < text.length() && COUNT_UNITS.indexOf(text.charAt(end)) >= 0
                    && countable(text, i)) {
                found.add(new Found(i, value));
            }
            i = end;
        }
        return found;
    }

    /** The amounts of money in the text (“9116.36万元”, “984361元”), in 万元, in order. */
    static List<Found> amounts(String text) {
        List<Found> found = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int end = digitsEnd(text, i);
            if (end < text.length() && text.charAt(end) == '.' && end + 1 < text.length()
                    && isDigit(text.charAt(end + 1))) {
                end = digitsEnd(text, end + 1);
            }
            BigDecimal value = end - i <= 2 * MAX_DIGITS && countable(text, i) ? decimal(text, i, end) : null;
            if (value != null && text.startsWith("万元", end)) {
                found.add(new Found(i, value));
            } else if (value != null && text.startsWith("元", end)) {
                found.add(new Found(i, value.divide(TEN_THOUSAND).stripTrailingZeros()));
            }
            i = end;
        }
        return found;
    }

    /** Whether the number starting at {@code start} stands alone: not after another number, a point or a cue. */
    private static boolean countable(String text, int start) {
        if (start == 0) {
            return true;
        }
        char before = text.charAt(start - 1);
        return !isDigit(before) && before != '.' && before != ',' && NOT_BEFORE.indexOf(before) < 0
                && !ChineseNumerals.isNumeral(before);
    }

    /** The end of a run of digits, with commas between groups of three. */
    private static int digitsEnd(String text, int start) {
        int end = start;
        while (end < text.length()) {
            char c = text.charAt(end);
            if (isDigit(c)) {
                end++;
            } else if (c == ',' && isGroup(text, end)) {
                end++;
            } else {
                break;
            }
        }
        return end;
    }

    /** Whether a comma at this index is followed by exactly three digits, as between groups of thousands. */
    private static boolean isGroup(String text, int comma) {
        if (comma + 3 >= text.length()) {
            return false;
        }
        for (int k = 1; k <= 3; k++) {
            if (!isDigit(text.charAt(comma + k))) {
                return false;
            }
        }
        return comma + 4 == text.length() || !isDigit(text.charAt(comma + 4));
    }

    private static BigDecimal arabic(String text, int start, int end) {
        StringBuilder digits = new StringBuilder(end - start);
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (c != ',') {
                digits.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c);
            }
        }
        if (digits.length() > MAX_DIGITS || digits.length() > 1 && digits.charAt(0) == '0') {
            return null;
        }
        return new BigDecimal(digits.toString());
    }

    private static BigDecimal decimal(String text, int start, int end) {
        StringBuilder digits = new StringBuilder(end - start);
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (c != ',') {
                digits.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c);
            }
        }
        return new BigDecimal(digits.toString());
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }
}
