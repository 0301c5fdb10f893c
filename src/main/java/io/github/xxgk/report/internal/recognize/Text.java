package io.github.xxgk.report.internal.recognize;

import io.github.xxgk.report.internal.text.Whitespace;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.regex.Pattern;

/** Text clean-up shared by every recogniser: width, white space and markup as reports print them. */
final class Text {

    private static final Pattern MARKDOWN_EMPHASIS = Pattern.compile("\\*\\*|__");

    /** The full-width forms of ASCII's printable characters, U+FF01 to U+FF5E, which NFKC maps to U+0021 to U+007E. */
    private static final char FULL_WIDTH_FIRST = '\uFF01';
    private static final char FULL_WIDTH_LAST = '\uFF5E';
    private static final int FULL_WIDTH_OFFSET = FULL_WIDTH_FIRST - '!';

    private Text() {
    }

    /**
     * Full-width letters, digits and brackets made half-width (NFKC), as labels are compared. Text made only of
     * characters NFKC leaves alone or maps one to one (ASCII, the unified ideographs, CJK punctuation, dashes, quotes,
     * bullets, the full-width forms of ASCII and the ideographic space) is mapped character by character; anything
     * else goes through the normaliser.
     */
    static String halfWidth(String text) {
        char[] mapped = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char half = halfWidthOf(c);
            if (half == 0) {
                return Normalizer.normalize(text, Normalizer.Form.NFKC);
            }
            if (half != c) {
                if (mapped == null) {
                    mapped = text.toCharArray();
                }
                mapped[i] = half;
            }
        }
        return mapped == null ? text : new String(mapped);
    }

    /** The character NFKC makes of one character on its own, or 0 where that needs the normaliser. */
    private static char halfWidthOf(char c) {
        if (c < 0x80 || c >= 0x4E00 && c <= 0x9FFF || c >= 0x3001 && c <= 0x3020 || c >= 0x2012 && c <= 0x2016
                || c >= 0x2018 && c <= 0x2023 || c == 0x2010 || c == 0x00B7 || c == 0x00D7 || c >= 0x25A0 && c <= 0x25CF) {
            return c;
        }
        if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) {
            return (char) (c - FULL_WIDTH_OFFSET);
        }
        return c == '\u3000' ? ' ' : 0;
    }

    /**
     * The canonical form of a label for comparison: half-width, no white space, no emphasis markers, uniform quotes
     * and brackets, no trailing punctuation.
     */
    static String normalizeLabel(String text) {
        String label = labelForm(text, true);
        return label != null ? label : labelForm(halfWidth(withoutEmphasis(text)), false);
    }

    /**
     * The text without white space, with uniform quotes, brackets, ； and 。, and without trailing punctuation, in one
     * pass. With {@code halfWidth}, each character is also made half-width as {@link #halfWidthOf} maps it, and the
     * result is null where a character needs the normaliser or may be an emphasis marker.
     */
    private static String labelForm(String text, boolean halfWidth) {
        char[] out = new char[text.length()];
        int length = 0;
        boolean changed = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char half = halfWidth ? halfWidthOf(c) : c;
            if (halfWidth && (half == 0 || half == '*' || half == '_')) {
                return null;
            }
            if (Whitespace.isSpace(half)) {
                changed = true;
            } else {
                out[length] = uniform(half);
                changed |= out[length] != c;
                length++;
            }
        }
        while (length > 0 && ".:;,".indexOf(out[length - 1]) >= 0) {
            length--;
            changed = true;
        }
        return changed ? new String(out, 0, length) : text;
    }

    /** A quote, bracket, ； or 。 made ASCII; any other character as it is. */
    private static char uniform(char c) {
        if (c < '[' || c >= '\u4E00' && c <= '\u9FFF') {
            return c;
        }
        return switch (c) {
            case '“', '”' -> '"';
            case '‘', '’' -> '\'';
            case '〔', '【', '[' -> '(';
            case '〕', '】', ']' -> ')';
            case '；' -> ';';
            case '。' -> '.';
            default -> c;
        };
    }

    /**
     * The text with emphasis markers removed and stray spaces between Chinese and digits dropped: a run of spaces
     * goes where a Chinese character, Chinese punctuation or a full-width form stands before it, and as much of it
     * as stands before one, as {@code (?<=CJK)\\s+|\\s+(?=CJK)} would remove (the character before a run is one
     * UTF-16 unit, as that look-behind reads it, so a supplementary ideograph before a space does not count).
     */
    static String cleanProse(String text) {
        String s = withoutEmphasis(text);
        if (!hasSpaceAroundCjkCandidate(s)) {
            return s.trim();
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            if (!isProseSpace(s.charAt(i))) {
                out.append(s.charAt(i++));
                continue;
            }
            int end = i;
            while (end < s.length() && isProseSpace(s.charAt(end))) {
                end++;
            }
            int cut = i > 0 && isCjk(s.charAt(i - 1)) ? end : lastBeforeCjk(s, i, end);
            if (cut > i) {
                i = cut;
            } else {
                out.append(s.charAt(i++));
            }
        }
        return out.toString().trim();
    }

    /**
     * The end of the longest piece of the run of spaces {@code [from, to)} that starting at {@code from} stands
     * before a CJK character (the character after the run, or an ideographic space inside it); {@code from} if none.
     */
    private static int lastBeforeCjk(String s, int from, int to) {
        for (int end = to; end > from; end--) {
            if (end < s.length() && isCjk(s.codePointAt(end))) {
                return end;
            }
        }
        return from;
    }

    /** A character of the class {@code [\\s\\u00A0\\u3000]}. */
    private static boolean isProseSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0'
                || c == '\u3000';
    }

    /** A Chinese character, CJK punctuation, a full-width or half-width form, or a curly quote. */
    private static boolean isCjk(int c) {
        return c >= 0x3000 && c <= 0x303F || c >= 0xFF00 && c <= 0xFFEF || c >= 0x2018 && c <= 0x2019
                || c >= 0x201C && c <= 0x201D || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** The text without {@code **} and {@code __}; the regular expression runs only when one may be there. */
    private static String withoutEmphasis(String text) {
        return text.indexOf('*') < 0 && text.indexOf('_') < 0 ? text : MARKDOWN_EMPHASIS.matcher(text).replaceAll("");
    }

    /** Whether the text holds a space {@link #cleanProse} could remove; most Chinese prose holds none. */
    private static boolean hasSpaceAroundCjkCandidate(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isProseSpace(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text holds a Chinese character. */
    static boolean hasHan(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /**
     * Whether two strings are at most {@code max} edits apart; only the band of the edit table within {@code max} of
     * its diagonal is computed.
     */
    static boolean editDistanceAtMost(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return false;
        }
        int unreachable = max + 1;
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j <= max ? j : unreachable;
        }
        for (int i = 1; i <= a.length(); i++) {
            int from = Math.max(1, i - max);
            int to = Math.min(b.length(), i + max);
            Arrays.fill(current, unreachable);
            current[0] = i <= max ? i : unreachable;
            int rowBest = current[0];
            for (int j = from; j <= to; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                current[j] = Math.min(value, unreachable);
                rowBest = Math.min(rowBest, current[j]);
            }
            if (rowBest > max) {
                return false;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()] <= max;
    }

    /** The edit distance between two strings, for matching mistyped labels. */
    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
