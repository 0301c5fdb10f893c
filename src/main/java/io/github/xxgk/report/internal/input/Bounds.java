package io.github.xxgk.report.internal.input;

import io.github.xxgk.report.ParserOptions;
import io.github.xxgk.report.ReportReadException.Reason;
import io.github.xxgk.report.ReportReadException;
import io.github.xxgk.report.internal.block.Block;
import io.github.xxgk.report.internal.block.Cell;
import io.github.xxgk.report.internal.block.Paragraph;
import io.github.xxgk.report.internal.block.Row;
import io.github.xxgk.report.internal.block.SourceDocument;
import io.github.xxgk.report.internal.block.Table;

/**
 * The checks of the {@link ParserOptions}' bounds that the readers share, and the one shape of their failure: a
 * {@link Reason#LIMIT_EXCEEDED} whose message names the option, so that a user knows which bound to raise.
 */
final class Bounds {

    /** No encoding a text source may be in takes more than this many bytes for one character. */
    private static final int MAX_BYTES_PER_CHAR = 4;

    private Bounds() {
    }

    /**
     * The failure for a source beyond a bound.
     *
     * @param what what the source is beyond, e.g. "more than 100 elements"
     * @param option the name of the option, e.g. {@code maxHtmlElements}
     */
    static ReportReadException exceeded(String name, String type, String what, String option, Throwable cause) {
        return ReportReadException.limitExceeded(name, type, what + " (" + option + ")", cause);
    }

    /**
     * Refuses, without decoding it, a text source too long to hold at most {@code maxTextChars} characters in any
     * encoding: so a huge text file costs no more than its bytes.
     */
    static void checkTextBytes(byte[] bytes, String name, ParserOptions options) throws ReportReadException {
        if ((long) bytes.length > (long) MAX_BYTES_PER_CHAR * options.maxTextChars() + MAX_BYTES_PER_CHAR) {
            throw tooMuchText(name, "", options);
        }
    }

    /** Returns the decoded text of a source if it holds at most {@code maxTextChars} characters. */
    static String checkText(String text, String name, String type, ParserOptions options)
            throws ReportReadException {
        if (text.length() > options.maxTextChars()) {
            throw tooMuchText(name, type, options);
        }
        return text;
    }

    /** Returns the document if its blocks hold at most {@code maxTextChars} characters of text. */
    static SourceDocument checkText(SourceDocument document, ParserOptions options) throws ReportReadException {
        long chars = 0;
        for (Block block : document.blocks()) {
            if (block instanceof Paragraph paragraph) {
                chars += paragraph.text().length();
            } else if (block instanceof Table table) {
                for (Row row : table.rows()) {
                    for (Cell cell : row.cells()) {
                        chars += cell.text().length();
                    }
                }
            }
            if (chars > options.maxTextChars()) {
                throw tooMuchText(document.name(), "", options);
            }
        }
        return document;
    }

    static ReportReadException tooMuchText(String name, String type, ParserOptions options) {
        return exceeded(name, type, "holds more than " + options.maxTextChars() + " characters of text",
                "maxTextChars", null);
    }
}
