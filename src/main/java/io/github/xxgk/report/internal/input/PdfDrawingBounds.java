package io.github.xxgk.report.internal.input;

import io.github.xxgk.report.ParserOptions;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.pdfbox.cos.COSStream;

/**
 * What one page's drawing may cost, for both of PDFBox's passes over a page, checked as PDFBox goes: the graphics
 * states saved and not yet restored ({@code q} without {@code Q}: PDFBox keeps a copy of each, so a million of them
 * would exhaust the heap), the characters shown (PDFBox holds each until the page ends), the operators run (forms drawing forms can multiply a few bytes into billions), the
 * bytes of forms parsed (PDFBox parses a form again each time it is drawn), and forms nested in forms (PDFBox
 * recurses into each). A form that is already being drawn, which the PDF format does
 * not allow, is not drawn again, and forms nested more than {@value #MAX_FORM_NESTING} deep are not drawn: no
 * real page nests that deep, and the recursion must stay far from the stack's end. States a form leaves unrestored
 * are still counted after the form ends, so that count errs on the high side.
 */
final class PdfDrawingBounds {

    static final int MAX_FORM_NESTING = 64;

    private final ParserOptions options;
    private final Set<COSStream> formsDrawing = Collections.newSetFromMap(new IdentityHashMap<>());
    private int saved;
    private long operators;
    private long formBytes;
    private long glyphs;

    PdfDrawingBounds(ParserOptions options) {
        this.options = options;
    }

    /** Before PDFBox saves a state. */
    void saving() {
        if (++saved > options.maxPdfGraphicsDepth()) {
            throw new PdfText.LimitReached("has a page saving more than " + options.maxPdfGraphicsDepth()
                    + " graphics states at once", "maxPdfGraphicsDepth");
        }
    }

    /** After PDFBox restored a state: the stack's size before and after ({@code Q} with nothing saved does nothing). */
    void restored(int before, int after) {
        if (after < before && saved > 0) {
            saved--;
        }
    }

    /** Before PDFBox runs an operator. */
    void operator() {
        if (++operators > options.maxPdfPageOperators()) {
            throw new PdfText.LimitReached("has a page of more than " + options.maxPdfPageOperators()
                    + " operators to draw", "maxPdfPageOperators");
        }
    }

    /** Before PDFBox shows a character of text. */
    void glyph() {
        if (++glyphs > options.maxPdfPageChars()) {
            throw new PdfText.LimitReached("has a page showing more than " + options.maxPdfPageChars()
                    + " characters", "maxPdfPageChars");
        }
    }

    /**
     * Whether a form is to be drawn, and if so, marks it as being drawn until {@link #formDrawn}: not if it is being
     * drawn already, or if {@value #MAX_FORM_NESTING} forms are.
     */
    boolean drawForm(COSStream form) {
        if (formsDrawing.size() >= MAX_FORM_NESTING || !formsDrawing.add(form)) {
            return false;
        }
        formBytes += Math.max(0, form.getLength());
        if (formBytes > options.maxPdfPageFormBytes()) {
            throw new PdfText.LimitReached("has a page whose forms take more than " + options.maxPdfPageFormBytes()
                    + " bytes to draw", "maxPdfPageFormBytes");
        }
        return true;
    }

    /** After PDFBox drew a form {@link #drawForm} allowed. */
    void formDrawn(COSStream form) {
        formsDrawing.remove(form);
    }

    /** At the start of a page, whose drawing starts with nothing saved, run or drawn. */
    void newPage() {
        saved = 0;
        operators = 0;
        formBytes = 0;
        glyphs = 0;
        formsDrawing.clear();
    }
}
