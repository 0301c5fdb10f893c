package io.github.xxgk.report.internal.input;

import java.util.List;

/**
 * One line of text extracted from a PDF page.
 *
 * @param text the line, trimmed, inner spacing kept
 * @param number its 1-based ordinal among all lines extracted, dropped ones included
 * @param words its words with their positions, or none where the line was made up (a label stacked over lines)
 * @param rulings the vertical rules drawn on its page
 */
record PdfLine(String text, int number, List<PdfWord> words, PdfRulings rulings) {

    PdfLine {
        words = List.copyOf(words);
    }

    /** A line known only by its text. */
    PdfLine(String text, int number) {
        this(text, number, List.of(), PdfRulings.NONE);
    }
}
