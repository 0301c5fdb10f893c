package io.github.xxgk.report.internal.recognize;

import io.github.xxgk.report.internal.text.Whitespace;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.regex.Pattern;

/** Text clean-up shared by every recogniser: width, white space and markup as reports print them. */
final class Text {

    private static final Pattern MARKDOWN_EMPHASIS = Pattern.compile("\\*\\*|__");
    private static final String CJK = "[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF“”‘’]";
    private static final Pattern SPACE_AROUND_CJK = Pattern.compile(
            "(?<=" + CJK + ")[\\s\\u00A0\\u3000]+|[\\s\\u00A0\\u3000]+(?=" + CJK + ")");

    private Text() {
    }

    /** Full-width letters, digits and brackets made half-width (NFKC), as labels are compared. */
    static String halfWidth(String text) {
        return isNfkcStable(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    /**
     * Whether NFKC leaves the text as it is, judged cheaply: ASCII, the unified CJK ideographs and the common
     * Chinese punctuation are stable; anything else goes through the normaliser.
     */
    private static boolean isNfkcStable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean stable = c < 0x80 && c != ' ' || c >= 0x4E00 && c <= 0x9FFF || c >= 0x3001 && c <= 0x3003
                    || c >= 0x3008 && c <= 0x3011 || c >= 0x2018 && c <= 0x201D || c == ' ';
            if (!stable) {
                return false;
            }
        }
        return true;
    }

    /**
     * The canonical form of a label for comparison: half-width, no white space, no emphasis markers, uniform quotes
     * and brackets, no trailing punctuation.
     */
    static String normalizeLabel(String text) {
        String s = uniformPunctuation(Whitespace.remove(halfWidth(withoutEmphasis(text))));
        int end = s.length();
        while (end > 0 && ".:;,".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end);
    }

    /** Quotes, brackets, ； and 。 made ASCII, in one pass. */
    private static String uniformPunctuation(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char uniform = switch (c) {
                case '“', '”' -> '"';
                case '‘', '’' -> '\'';
                case '〔', '【', '[' -> '(';
                case '〕', '】', ']' -> ')';
                case '；' -> ';';
                case '。' -> '.';
                default -> c;
            };
            if (uniform != c) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = uniform;
            }
        }
        return chars == null ? text : new String(chars);
    }

    /** The text with emphasis markers removed and stray spaces between Chinese and digits dropped. */
    static String cleanProse(String text) {
        String s = withoutEmphasis(text);
        return (hasSpaceAroundCjkCandidate(s) ? SPACE_AROUND_CJK.matcher(s).replaceAll("") : s).trim();
    }

    /** The text without {@code **} and {@code __}; the regular expression runs only when one may be there. */
    private static String withoutEmphasis(String text) {
        return text.indexOf('*') < 0 && text.indexOf('_') < 0 ? text : MARKDOWN_EMPHASIS.matcher(text).replaceAll("");
    }

    /** Whether the text holds a space {@link #SPACE_AROUND_CJK} could remove; most Chinese prose holds none. */
    private static boolean hasSpaceAroundCjkCandidate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0'
                    || c == '\u3000') {
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
