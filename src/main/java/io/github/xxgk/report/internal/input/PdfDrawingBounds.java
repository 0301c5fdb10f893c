package io.github.xxgk.report.internal.input;

import io.github.xxgk.report.ParserOptions;
import java.io.IOException;
import java.io.InputStream;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSStream;

/**
 * What one page's drawing may cost in PDFBox's pass over it (its text and rules), checked as PDFBox goes: the
 * graphics states saved and not yet restored ({@code q} without {@code Q}: PDFBox keeps a copy of each, so a million
 * of them would exhaust the heap), the characters shown (PDFBox holds each until the page ends), the operators run
 * (forms drawing forms can multiply a few bytes into billions), the decoded bytes of forms parsed (PDFBox decodes and
 * parses a form again each time it is drawn), and forms nested in forms (PDFBox recurses into each).
 *
 * <p>A form that is already being drawn, which the PDF format does not allow, is not drawn again, and forms nested
 * more than {@value #MAX_FORM_NESTING} deep are not drawn: no real page nests that deep, and the recursion must stay
 * far from the stack's end. The states a form leaves unrestored are dropped by PDFBox when the form ends, and so
 * are they from the count.
 */
final class PdfDrawingBounds {

    static final int MAX_FORM_NESTING = 64;
    private static final int BUFFER = 8192;

    private final ParserOptions options;
    /** The forms being drawn, each with the count of saved states when it began. */
    private final Map<COSStream, Integer> formsDrawing = new IdentityHashMap<>();
    /** The decoded length of each form measured on this page, so that each is decoded once more at most. */
    private final Map<COSStream, Long> formLengths = new IdentityHashMap<>();
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

    /** Before PDFBox shows a character of text. */
    void glyph() {
        if (++glyphs > options.maxPdfPageChars()) {
            throw new PdfText.LimitReached("has a page showing more than " + options.maxPdfPageChars()
                    + " characters", "maxPdfPageChars");
        }
    }

    /** Before PDFBox runs an operator. */
    void operator() {
        if (++operators > options.maxPdfPageOperators()) {
            throw new PdfText.LimitReached("has a page of more than " + options.maxPdfPageOperators()
                    + " operators to draw", "maxPdfPageOperators");
        }
    }

    /** How PDFBox draws a form: its own {@code showForm} or {@code showTransparencyGroup}. */
    @FunctionalInterface
    interface FormDrawing {
        void draw() throws IOException;
    }

    /**
     * Draws a form (or transparency group) with {@code drawing}, unless it is being drawn already or
     * {@value #MAX_FORM_NESTING} forms are.
     *
     * @throws PdfText.LimitReached if drawing it would take the page's forms past {@code maxPdfPageFormBytes}
     */
    void drawForm(COSStream form, FormDrawing drawing) throws IOException {
        if (mayDraw(form)) {
            try {
                drawing.draw();
            } finally {
                formDrawn(form);
            }
        }
    }

    /** Whether a form is to be drawn, and if so, marks it as being drawn until {@link #formDrawn}. */
    private boolean mayDraw(COSStream form) throws IOException {
        if (formsDrawing.size() >= MAX_FORM_NESTING || formsDrawing.containsKey(form)) {
            return false;
        }
        long budget = options.maxPdfPageFormBytes() - formBytes;
        Long length = formLengths.get(form);
        if (length == null) {
            length = decodedLength(form, budget);
            formLengths.put(form, length);
        }
        formBytes += length;
        if (formBytes > options.maxPdfPageFormBytes()) {
            throw new PdfText.LimitReached("has a page whose forms take more than " + options.maxPdfPageFormBytes()
                    + " bytes to draw", "maxPdfPageFormBytes");
        }
        formsDrawing.put(form, saved);
        return true;
    }

    /** After PDFBox drew a form {@link #mayDraw} allowed; PDFBox has dropped what the form left saved. */
    private void formDrawn(COSStream form) {
        Integer before = formsDrawing.remove(form);
        if (before != null) {
            saved = before;
        }
    }

    /** At the start of a page, whose drawing starts with nothing saved, run or drawn. */
    void newPage() {
        saved = 0;
        operators = 0;
        formBytes = 0;
        glyphs = 0;
        formsDrawing.clear();
        formLengths.clear();
    }

    /** How many bytes the form decodes to, counted up to one past {@code cap}: nothing is kept. */
    private static long decodedLength(COSStream form, long cap) throws IOException {
        long length = 0;
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = form.createInputStream()) {
            for (int n = in.read(buffer); n >= 0 && length <= cap; n = in.read(buffer)) {
                length += n;
            }
        }
        return length;
    }
}
