package io.github.xxgk.report.internal.input;

import io.github.xxgk.report.internal.text.Whitespace;
import org.jsoup.nodes.TextNode;

/**
 * The text of one paragraph or table cell of a page while it is collected: raw text nodes and line breaks (at
 * {@code <br>} and block boundaries), normalised once at the end.
 *
 * <p>Normalisation follows the CSS rule for segment breaks: a run of white space that holds a line break and sits
 * between two CJK characters disappears (so {@code 本年新<br />制作数量} reads {@code 本年新制作数量}); every other run
 * becomes one space. No-break and ideographic spaces are white space; zero-width characters are dropped.
 *
 * <p>It also weighs the text for finding the article: a Han character weighs {@value #HAN_WEIGHT}, any other letter
 * or digit 1, and text inside links is counted apart.
 */
final class HtmlText {

    static final int HAN_WEIGHT = 4;

    private final HtmlLines lines;
    private final StringBuilder raw = new StringBuilder();
    private boolean hasText;
    private int weight;
    private int linkWeight;
    private int line;

    /** A text whose line is found in {@code lines}. */
    HtmlText(HtmlLines lines) {
        this.lines = lines;
    }

    /** Adds a text node's text; {@code inLink} when it sits inside an {@code <a>}. */
    void append(TextNode node, boolean inLink) {
        String text = node.getWholeText();
        int w = weight(text);
        if (inLink) {
            linkWeight += w;
        } else {
            weight += w;
        }
        if (!hasText) {
            int first = firstNonSpace(text);
            if (first >= 0) {
                hasText = true;
                line = lines.line(node, first);
            }
        }
        raw.append(text);
    }

    /** Marks a line break: a {@code <br>}, or the edge of a paragraph inside a table cell. */
    void lineBreak() {
        if (raw.length() > 0) {
            raw.append('\n');
        }
    }

    boolean isBlank() {
        return !hasText;
    }

    /** The weight of the text outside links. */
    int weight() {
        return weight;
    }

    /** The weight of the text inside links. */
    int linkWeight() {
        return linkWeight;
    }

    /** The 1-based source line of the first non-blank text, or 0 if unknown. */
    int line() {
        return line;
    }

    String text() {
        return normalize(raw);
    }

    void clear() {
        raw.setLength(0);
        hasText = false;
        weight = 0;
        linkWeight = 0;
        line = 0;
    }

    /** The text with white space collapsed as the class describes, trimmed. */
    static String normalize(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int n = raw.length();
        int i = 0;
        while (i < n) {
            char c = raw.charAt(i);
            if (!Whitespace.isSpace(c)) {
                out.append(c);
                i++;
                continue;
            }
            boolean lineBreak = false;
            boolean visible = false;
            int j = i;
            while (j < n && Whitespace.isSpace(raw.charAt(j))) {
                char s = raw.charAt(j);
                lineBreak |= s == '\n' || s == '\r';
                visible |= !isZeroWidth(s);
                j++;
            }
            if (visible && out.length() > 0 && j < n) {
                boolean joined = lineBreak && isCjk(out.codePointBefore(out.length()))
                        && isCjk(Character.codePointAt(raw, j));
                if (!joined) {
                    out.append(' ');
                }
            }
            i = j;
        }
        return out.toString();
    }

    /**
     * Whether a line break next to the character may vanish: Han, kana, CJK and full-width punctuation, and the
     * quotation marks and dashes Chinese text shares with Western text.
     */
    static boolean isCjk(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.BOPOMOFO) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS
                || block == Character.UnicodeBlock.VERTICAL_FORMS
                || c == '\u2018' || c == '\u2019' || c == '\u201C' || c == '\u201D' || c == '\u2014'
                || c == '\u2026' || c == '\u00B7';
    }

    /** The weight of a text: {@value #HAN_WEIGHT} per Han character, 1 per other letter or digit. */
    static int weight(CharSequence text) {
        int w = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                w += HAN_WEIGHT;
            } else if (Character.isLetterOrDigit(c)) {
                w++;
            }
        }
        return w;
    }

    private static boolean isZeroWidth(char c) {
        return c == '\u200B' || c == '\uFEFF';
    }

    private static int firstNonSpace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Whitespace.isSpace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
