package io.github.xxgk.report.input;

/**
 * One line of text extracted from a PDF page.
 *
 * @param text the line, trimmed, inner spacing kept
 * @param number its 1-based ordinal among all lines Tika extracted, dropped ones included
 */
record PdfLine(String text, int number) {
}
