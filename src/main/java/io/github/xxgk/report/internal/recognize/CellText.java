package io.github.xxgk.report.internal.recognize;

import io.github.xxgk.report.internal.text.Placeholders;
import io.github.xxgk.report.internal.text.Units;
import io.github.xxgk.report.internal.text.Whitespace;
import io.github.xxgk.report.model.ValueKind;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a table cell's text is: blank, a placeholder for "no value" (—, -, /, 无, N/A), a number (with commas,
 * spaces, a sign, a unit such as 元), or label text. White space inside a number is a thousands separator
 * ({@code 1 234}); digits it parts otherwise ({@code 63 0}: two paragraphs in one cell) are not one number.
 */
final class CellText {

    /** The kinds of cell text; MALFORMED is made of digits and punctuation but is not one number ("1,2", "3.4.5"). */
    enum Kind { BLANK, PLACEHOLDER, NUMBER, MALFORMED, TEXT }

    private static final Pattern NUMBER = Pattern.compile(
            "([+-]?)(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(" + Units.alternation(Units.ALL) + ")?");

    private static final Pattern SPACED_THOUSANDS = Pattern.compile("[+-]?\\d{1,3}(?:\\s+\\d{3})+(?:\\.\\d+)?\\D*");

    /** The ideographs a number's unit or a placeholder is written with. */
    private static final String NOT_WORDS = String.join("", Units.ALL) + "无空";

    private static final Pattern DIGITS_AND_PUNCTUATION = Pattern.compile("[+-]?[\\d.,/]*\\d[\\d.,/]*");

    /**
     * A number stated with words, as 本年增/减 and count cells print them: a direction word before it ("增98",
     * "减3", "增加5", "减少2") and a unit after it ("2笔", "5件", "984361元").
     */
    private static final Pattern WORDED = Pattern.compile(
            "(增加|新增|增|减少|减|下降|上升)?([+-]?)(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?"
                    + "(" + Units.alternation(Units.ALL) + ")?");
    private static final Set<String> NEGATIVE_DIRECTIONS = Set.of("减", "减少", "下降");
    /** Words that state a change of zero. */
    private static final Set<String> NO_CHANGE = Set.of("无变化", "没有变化", "持平", "无增减", "不变", "未变化");
    /** Direction words with no number, which decide nothing. */
    private static final Set<String> BARE_DIRECTION = Set.of("增", "减", "增加", "减少", "新增");
    /** The longest cell text that is read as a number in words; longer text is a label. */
    private static final int MAX_WORDED = 16;

    private CellText() {
    }

    static Kind classify(String text) {
        if (isPlainDigits(text)) {
            return text.isEmpty() ? Kind.BLANK : hasLeadingZero(text) ? Kind.MALFORMED : Kind.NUMBER;
        }
        if (hasWord(text)) {
            return wordedKind(text);
        }
        String s = compact(text);
        if (s.isEmpty()) {
            return Kind.BLANK;
        }
        if (Placeholders.isPlaceholder(s)) {
            return Kind.PLACEHOLDER;
        }
        if (NUMBER.matcher(s).matches() && !hasLeadingZero(s) && !hasPartedDigits(text)) {
            return Kind.NUMBER;
        }
        if (DIGITS_AND_PUNCTUATION.matcher(s).matches()) {
            return Kind.MALFORMED;
        }
        return Kind.TEXT;
    }

    /** A cell with words: a number in words, words that decide no number (MALFORMED), or label text. */
    private static Kind wordedKind(String text) {
        if (text.length() > MAX_WORDED) {
            return Kind.TEXT;
        }
        String s = compact(text);
        if (NO_CHANGE.contains(s)) {
            return Kind.NUMBER;
        }
        if (hasDigit(s)) {
            Matcher m = WORDED.matcher(s);
            if (m.matches()) {
                return hasLeadingZero(m.group(3)) ? Kind.MALFORMED : Kind.NUMBER;
            }
        }
        return BARE_DIRECTION.contains(s) ? Kind.MALFORMED : Kind.TEXT;
    }

    /**
     * Whether a cell's text says more than a bare number: words or a unit around it ("增98", "124件", "无变化"), so a
     * reader should know what was printed.
     */
    static boolean isWorded(String text) {
        String s = compact(text);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u4E00' && c <= '\u9FFF' && !Placeholders.isPlaceholder(s)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a cell's text is meant as a value but does not decide one: words without a number ("增"), or two
     * numbers for one cell ("0/0").
     */
    static boolean isUndecided(String text) {
        return classify(text) == Kind.MALFORMED && (isWorded(text) || compact(text).indexOf('/') >= 0);
    }

    /** The unit printed in a number's cell ("元", "万元", "件"), if any. */
    static Optional<String> unit(String text) {
        Matcher m = WORDED.matcher(compact(text));
        return m.matches() ? Optional.ofNullable(m.group(5)) : Optional.empty();
    }

    /** Whether the text is a value position: a number, a placeholder or blank. */
    static boolean isValueLike(String text) {
        return classify(text) != Kind.TEXT;
    }

    /**
     * The number in a NUMBER cell, or null for a blank or placeholder cell.
     *
     * <p>A sign is kept on any kind (the {@code nonnegative} rule reports a negative count), but a count with decimals
     * is not a count.
     *
     * @throws NumberFormatException if the text is not a number of the kind
     */
    static BigDecimal parse(String text, ValueKind kind) {
        if (!text.isEmpty() && isPlainDigits(text) && !hasLeadingZero(text)) {
            return new BigDecimal(text);
        }
        String s = compact(text);
        if (s.isEmpty() || Placeholders.isPlaceholder(s)) {
            return null;
        }
        if (NO_CHANGE.contains(s)) {
            if (kind != ValueKind.SIGNED_COUNT) {
                throw new NumberFormatException("a change stated in a cell that holds no change: " + text);
            }
            return BigDecimal.ZERO;
        }
        Matcher m = NUMBER.matcher(s);
        if (!m.matches()) {
            return parseWorded(text, s, kind);
        }
        if (hasLeadingZero(s) || hasPartedDigits(text)) {
            throw new NumberFormatException("not a number: " + text);
        }
        String digits = m.group(2).replace(",", "");
        String fraction = m.group(3) == null ? "" : m.group(3);
        if (kind != ValueKind.AMOUNT && !fraction.isEmpty()) {
            throw new NumberFormatException("not a whole number: " + text);
        }
        BigDecimal value = new BigDecimal(digits + fraction);
        return "-".equals(m.group(1)) ? value.negate() : value;
    }

    /** A number with a direction word or a unit ("增98", "减3", "2笔"); a direction only where the cell is a change. */
    private static BigDecimal parseWorded(String text, String s, ValueKind kind) {
        Matcher m = WORDED.matcher(s);
        if (!m.matches() || hasLeadingZero(m.group(3)) || hasPartedDigits(text)) {
            throw new NumberFormatException("not a number: " + text);
        }
        String direction = m.group(1);
        if (direction != null && (kind != ValueKind.SIGNED_COUNT || !m.group(2).isEmpty())) {
            throw new NumberFormatException("a direction word where the cell holds no change: " + text);
        }
        String fraction = m.group(4) == null ? "" : m.group(4);
        if (kind != ValueKind.AMOUNT && !fraction.isEmpty()) {
            throw new NumberFormatException("not a whole number: " + text);
        }
        BigDecimal value = new BigDecimal(m.group(3).replace(",", "") + fraction);
        boolean negative = "-".equals(m.group(2)) || NEGATIVE_DIRECTIONS.contains(direction);
        return negative ? value.negate() : value;
    }

    /**
     * Whether a number is written with a leading zero (“00”, “0000011”): no report prints a count so; it is digits of
     * several cells run together, and reading it as one number would be a wrong number.
     */
    private static boolean hasLeadingZero(String number) {
        int start = number.startsWith("+") || number.startsWith("-") ? 1 : 0;
        return number.length() > start + 1 && number.charAt(start) == '0' && Character.isDigit(number.charAt(start + 1));
    }

    /**
     * Whether white space parts two digits other than as a thousands separator: {@code 63 0} is two numbers that a
     * cell's paragraphs or a lost cell boundary put side by side, and reading it as 630 would invent a value.
     */
    private static boolean hasPartedDigits(String text) {
        String s = Text.halfWidth(text);
        boolean digit = false;
        boolean spaceAfterDigit = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (spaceAfterDigit) {
                    return !SPACED_THOUSANDS.matcher(s.strip()).matches();
                }
                digit = true;
            } else if (Whitespace.isSpace(c)) {
                spaceAfterDigit = digit;
            } else {
                digit = false;
                spaceAfterDigit = false;
            }
        }
        return false;
    }

    /**
     * Whether the text holds a CJK ideograph that is neither a unit of a number nor a placeholder: such text is a
     * label whatever else it holds, and needs no normalising to tell (most label cells are caught here).
     */
    private static boolean hasWord(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u4E00' && c <= '\u9FFF' && NOT_WORDS.indexOf(c) < 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text has an ASCII digit, without which {@link #WORDED} cannot match (its {@code \d} is ASCII). */
    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** Whether the text is only ASCII digits (or empty): most cells are, and need no normalising. */
    private static boolean isPlainDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Half-width, without white space, with a full-width minus or comma made ASCII. */
    static String compact(String text) {
        return Whitespace.remove(Text.halfWidth(text)).replace('－', '-').replace('，', ',');
    }
}
