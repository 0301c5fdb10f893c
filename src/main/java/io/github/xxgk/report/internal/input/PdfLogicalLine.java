package io.github.xxgk.report.internal.input;

import io.github.xxgk.report.internal.input.PdfRowText.Kind;
import java.util.List;

/**
 * One logical line of a PDF: its text (a label's wrapped parts joined), its kind, the number of its first physical
 * line, and the physical lines it was joined from.
 */
record PdfLogicalLine(String text, Kind kind, int number, List<PdfLine> lines) {

    PdfLogicalLine {
        lines = List.copyOf(lines);
    }

    static PdfLogicalLine of(String text, List<PdfLine> lines) {
        return new PdfLogicalLine(text, PdfRowText.kind(text), lines.get(0).number(), lines);
    }

    boolean hasValues() {
        return kind != Kind.TEXT;
    }
}
