package io.github.xxgk.report.internal.text;

import java.util.Optional;

/**
 * White space as reports use it, for every reader and recogniser: Java's white space, every Unicode space
 * separator (the no-break space U+00A0, the ideographic space U+3000, the figure space U+2007, …), the byte-order
 * mark and the zero-width space.
 */
public final class Whitespace {

    private Whitespace() {
    }

    /** Whether a character is white space. */
    public static boolean isSpace(int c) {
        if (c > ' ' && c < 0x7F || c > '\u3000' && c < '\uFEFF') {
            return false; // printable ASCII, CJK and everything up to the BOM: no space among them, and no lookup
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }

    /** The text without leading and trailing white space. */
    public static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /** The text collapsed ({@link #collapse}) if it is neither null nor blank: a document property such as a title. */
    public static Optional<String> nonBlank(String text) {
        return text == null || trim(text).isEmpty() ? Optional.empty() : Optional.of(collapse(text));
    }

    /** The text with every run of white space (line breaks included) made one ASCII space, trimmed. */
    public static String collapse(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The text without any white space. */
    public static String remove(String text) {
        int first = 0;
        while (first < text.length() && !isSpace(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
