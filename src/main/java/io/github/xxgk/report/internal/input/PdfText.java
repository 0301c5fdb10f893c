package io.github.xxgk.report.internal.input;

import io.github.xxgk.report.ParserOptions;
import io.github.xxgk.report.internal.text.Whitespace;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Reads the text lines of a PDF's pages with PDFBox, each word with where it stands and each page with its vertical
 * rules ({@link PdfRulings}), so that a table row's values can be placed under their columns even where cells print
 * nothing. The text is PDFBox's in content-stream order, duplicated overlapping text dropped, a space between
 * words. The rules are collected in the same pass over each content stream ({@link PdfPathOperators}), complete
 * when PDFBox writes the page's text out.
 *
 * <p>Content-stream order ({@code sortByPosition} off) is deliberate: on the corpus it keeps labels printed one
 * character per line together and table rows whole, where sorting by position interleaves neighbouring columns.
 */
final class PdfText extends PDFTextStripper {

    private final ParserOptions options;
    private final PdfDrawingBounds bounds;
    private final List<List<PdfLine>> pages = new ArrayList<>();
    private List<PdfLine> lines = new ArrayList<>();
    private final PdfRulings.Collector rules = new PdfRulings.Collector();
    private PdfRulings rulings = PdfRulings.NONE;
    private final StringBuilder text = new StringBuilder();
    private final List<PdfWord> words = new ArrayList<>();
    private final StringBuilder word = new StringBuilder();
    /** Whether the line holds text that is not upright, whose positions do not go with the page's rules. */
    private boolean turned;
    private double wordLeft;
    private double wordRight;
    private double wordMiddle;
    private int number;
    private long chars;
    private int pageCount;

    /** Thrown from inside PDFBox when a bound is passed; {@link PdfReader} turns it into the caller's error. */
    static final class LimitReached extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String option;

        /**
         * @param what what the document is beyond, e.g. "has more than 1000 pages"
         * @param option the option of {@link io.github.xxgk.report.ParserOptions} that bounds it
         */
        LimitReached(String what, String option) {
            super(what, null, false, false);
            this.option = option;
        }

        String option() {
            return option;
        }
    }

    private PdfText(ParserOptions options) throws IOException {
        this.options = options;
        this.bounds = new PdfDrawingBounds(options);
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(true);
        setWordSeparator(" ");
        PdfPathOperators.register(this, rules);
    }

    /**
     * The lines of each page of a document, numbered in order across it.
     *
     * @throws LimitReached if the document is beyond a bound of the options: pages, characters of text, a page's
     *         drawing ({@link PdfDrawingBounds})
     */
    static List<List<PdfLine>> read(PDDocument document, ParserOptions options) throws IOException {
        if (document.getNumberOfPages() > options.maxPdfPages()) {
            throw pages(options);
        }
        PdfText stripper = new PdfText(options);
        stripper.writeText(document, Writer.nullWriter());
        return stripper.pages;
    }

    @Override
    protected void startPage(PDPage page) {
        if (++pageCount > options.maxPdfPages()) {
            throw pages(options);
        }
        lines = new ArrayList<>();
        rules.newPage(page.getCropBox());
        bounds.newPage();
    }

    /** After PDFBox has drawn the page, before its text is written out in lines: the page's rules are all drawn. */
    @Override
    protected void writePage() throws IOException {
        rulings = rules.rulings();
        super.writePage();
    }

    private static LimitReached pages(ParserOptions options) {
        return new LimitReached("has more than " + options.maxPdfPages() + " pages", "maxPdfPages");
    }

    @Override
    public void saveGraphicsState() {
        bounds.saving();
        super.saveGraphicsState();
    }

    @Override
    public void restoreGraphicsState() {
        int before = getGraphicsStackSize();
        super.restoreGraphicsState();
        bounds.restored(before, getGraphicsStackSize());
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        bounds.operator();
        super.processOperator(operator, operands);
    }

    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
            throws IOException {
        bounds.glyph();
        super.showGlyph(textRenderingMatrix, font, code, displacement);
    }

    @Override
    public void showForm(PDFormXObject form) throws IOException {
        bounds.drawForm(form.getCOSObject(), () -> super.showForm(form));
    }

    @Override
    public void showTransparencyGroup(PDTransparencyGroup form) throws IOException {
        bounds.drawForm(form.getCOSObject(), () -> super.showTransparencyGroup(form));
    }

    @Override
    protected void endPage(PDPage page) {
        endLine();
        pages.add(lines);
    }

    @Override
    protected void writeString(String string, List<TextPosition> positions) {
        chars += string.length();
        if (chars > options.maxTextChars()) {
            throw new LimitReached("holds more than " + options.maxTextChars() + " characters of text",
                    "maxTextChars");
        }
        text.append(string);
        for (TextPosition position : positions) {
            String unicode = position.getUnicode();
            if (unicode == null || unicode.codePoints().allMatch(Whitespace::isSpace)) {
                endWord();
                continue;
            }
            turned |= position.getDir() != 0;
            if (word.length() == 0) {
                wordLeft = position.getXDirAdj();
                wordRight = wordLeft;
                wordMiddle = position.getYDirAdj() - position.getHeightDir() / 2;
            }
            word.append(unicode);
            wordLeft = Math.min(wordLeft, position.getXDirAdj());
            wordRight = Math.max(wordRight, position.getXDirAdj() + position.getWidthDirAdj());
        }
        endWord();
    }

    @Override
    protected void writeWordSeparator() {
        endWord();
        text.append(' ');
    }

    @Override
    protected void writeLineSeparator() {
        endLine();
    }

    @Override
    protected void writeParagraphStart() {
        endLine();
    }

    @Override
    protected void writeParagraphEnd() {
        endLine();
    }

    private void endWord() {
        if (word.length() > 0) {
            words.add(new PdfWord(word.toString(), wordLeft, wordRight, wordMiddle));
            word.setLength(0);
        }
    }

    private void endLine() {
        endWord();
        if (text.length() == 0) {
            return;
        }
        number++;
        String line = Whitespace.trim(text.toString());
        if (!line.isEmpty()) {
            lines.add(new PdfLine(line, number, turned ? List.of() : words, rulings));
        }
        text.setLength(0);
        words.clear();
        turned = false;
    }
}
