package io.github.xxgk.report.validate;

import java.text.Normalizer;

/**
 * Decides whether two reports come from the same agency, whose name different years (or different copies) print
 * with different widths, spaces and brackets: “平潭综合实验区 ” and “平潭综合实验区”, “某县（开发区）” and
 * “某县〔开发区〕”.
 */
final class Agencies {

    private Agencies() {
    }

    /**
     * The agency name reduced to what identifies it: NFKC-normalised (full-width letters, digits and brackets made
     * half-width), every white-space and invisible formatting character removed, and the brackets （）()〔〕[]【】
     * all made {@code ()}.
     */
    static String normalise(String agency) {
        String text = Normalizer.normalize(agency, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && Character.getType(c) != Character.FORMAT) {
                out.appendCodePoint(bracket(c));
            }
        });
        return out.toString();
    }

    private static int bracket(int c) {
        return switch (c) {
            case '〔', '[', '【' -> '(';
            case '〕', ']', '】' -> ')';
            default -> c;
        };
    }
}
