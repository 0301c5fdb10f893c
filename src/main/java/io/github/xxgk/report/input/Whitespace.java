package io.github.xxgk.report.input;

import java.util.Optional;

/** White space as reports use it: ASCII, no-break space (U+00A0) and the ideographic space (U+3000). */
final class Whitespace {

    private Whitespace() {
    }

    static boolean isSpace(int c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000' || c == '\u2007' || c == '\u202F'
                || c == '\uFEFF' || c == '\u200B';
    }

    /** The text without leading and trailing white space of any kind. */
    static String trim(String text) {
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
    static Optional<String> nonBlank(String text) {
        return text == null || trim(text).isEmpty() ? Optional.empty() : Optional.of(collapse(text));
    }

    /** The text with every run of white space (line breaks included) made one ASCII space, trimmed. */
    static String collapse(String text) {
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
}
