package io.github.xxgk.report.internal.input;

import io.github.xxgk.report.internal.text.Whitespace;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads the text lines of a PDF's pages with PDFBox, each word with where it stands and each page with its vertical
 * rules ({@link PdfRulings}), so that a table row's values can be placed under their columns even where cells print
 * nothing. The text is PDFBox's in content-stream order, duplicated overlapping text dropped, a space between
 * words.
 *
 * <p>Content-stream order ({@code sortByPosition} off) is deliberate: on the corpus it keeps labels printed one
 * character per line together and table rows whole, where sorting by position interleaves neighbouring columns.
 */
final class PdfText extends PDFTextStripper {

    private final int maxPages;
    private final long maxChars;
    private final List<List<PdfLine>> pages = new ArrayList<>();
    private List<PdfLine> lines = new ArrayList<>();
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

    /** Thrown from inside PDFBox when a bound is passed; {@link #read} turns it into the caller's error. */
    static final class LimitReached extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final boolean pages;

        LimitReached(boolean pages) {
            super(null, null, false, false);
            this.pages = pages;
        }

        /** Whether the bound passed is the number of pages (else the characters of text). */
        boolean pages() {
            return pages;
        }
    }

    private PdfText(int maxPages, long maxChars) throws IOException {
        this.maxPages = maxPages;
        this.maxChars = maxChars;
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(true);
        setWordSeparator(" ");
    }

    /**
     * The lines of each page of a document, numbered in order across it.
     *
     * @throws LimitReached if the document has more than {@code maxPages} pages or more than {@code maxChars}
     *         characters of text
     */
    static List<List<PdfLine>> read(PDDocument document, int maxPages, long maxChars) throws IOException {
        if (document.getNumberOfPages() > maxPages) {
            throw new LimitReached(true);
        }
        PdfText stripper = new PdfText(maxPages, maxChars);
        stripper.writeText(document, Writer.nullWriter());
        return stripper.pages;
    }

    @Override
    protected void startPage(PDPage page) {
        if (++pageCount > maxPages) {
            throw new LimitReached(true);
        }
        lines = new ArrayList<>();
        rulings = PdfRulings.read(page);
    }

    @Override
    protected void endPage(PDPage page) {
        endLine();
        pages.add(lines);
    }

    @Override
    protected void writeString(String string, List<TextPosition> positions) {
        chars += string.length();
        if (chars > maxChars) {
            throw new LimitReached(false);
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
