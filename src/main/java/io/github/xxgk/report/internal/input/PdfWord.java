package io.github.xxgk.report.internal.input;

/**
 * A word of a PDF line and where it stands on its page, in points from the page's top left corner.
 *
 * @param text the word, without white space
 * @param left the left edge of its first character
 * @param right the right edge of its last character
 * @param middle half way up its first character
 */
record PdfWord(String text, double left, double right, double middle) {

    double centre() {
        return (left + right) / 2;
    }
}
