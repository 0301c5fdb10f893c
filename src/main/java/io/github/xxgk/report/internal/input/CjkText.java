package io.github.xxgk.report.internal.input;

import io.github.xxgk.report.internal.text.Whitespace;
import java.util.List;

/** Joins pieces of text the way Chinese is printed: no space next to a CJK character, one space between others. */
final class CjkText {

    private CjkText() {
    }

    /** The pieces trimmed and joined; empty pieces are skipped. */
    static String join(List<String> pieces) {
        StringBuilder out = new StringBuilder();
        for (String piece : pieces) {
            String text = Whitespace.trim(piece);
            if (text.isEmpty()) {
                continue;
            }
            if (out.length() > 0 && !isWide(out.codePointBefore(out.length())) && !isWide(text.codePointAt(0))) {
                out.append(' ');
            }
            out.append(text);
        }
        return out.toString();
    }

    /** Whether a code point is a CJK ideograph, CJK or full-width punctuation, or another full-width form. */
    static boolean isWide(int c) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.GENERAL_PUNCTUATION && (c == '“' || c == '”' || c == '‘'
                        || c == '’' || c == '…' || c == '—')
                || block == Character.UnicodeBlock.ENCLOSED_ALPHANUMERICS;
    }

    /** The width of a line in CJK characters: a wide character counts 1, any other 0.5. */
    static double width(String text) {
        double width = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            width += isWide(text.codePointAt(i)) ? 1 : 0.5;
        }
        return width;
    }
}
