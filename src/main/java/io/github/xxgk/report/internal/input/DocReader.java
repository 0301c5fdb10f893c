package io.github.xxgk.report.internal.input;

import io.github.xxgk.report.ParserOptions;
import io.github.xxgk.report.ReportReadException;
import io.github.xxgk.report.internal.block.Block;
import io.github.xxgk.report.internal.block.Cell;
import io.github.xxgk.report.internal.block.Paragraph;
import io.github.xxgk.report.internal.block.Row;
import io.github.xxgk.report.internal.block.SourceDocument;
import io.github.xxgk.report.internal.block.Table;
import io.github.xxgk.report.internal.text.Whitespace;
import io.github.xxgk.report.model.SourceFormat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.StyleDescription;
import org.apache.poi.hwpf.model.StyleSheet;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.TableCell;

/**
 * Reads Word 97–2003 documents (and WPS files in the same container) with POI's HWPF: the main text's paragraphs
 * and tables in document order, merged cells expanded into a full grid ({@link DocTables}), headings from the
 * paragraph's outline level or its style's name, automatic numbers printed as Word prints them
 * ({@link DocNumbering}), the text as printed ({@link DocText}). Line numbers are the ordinal of the paragraph or
 * table row, counted from 1. Headers, footers, footnotes, comments and text boxes are not read.
 *
 * <p>The text read is bounded by {@code maxTextChars}; the document is held in memory, which the bound on the
 * input's size bounds.
 */
final class DocReader {


    private final HWPFDocument document;
    private final String name;
    private final ParserOptions options;
    private final DocNumbering numbering = new DocNumbering();
    private final List<Block> blocks = new ArrayList<>();
    private int ordinal;
    private long chars;

    private DocReader(HWPFDocument document, String name, ParserOptions options) {
        this.document = document;
        this.name = name;
        this.options = options;
    }

    static SourceDocument read(byte[] bytes, String name, ParserOptions options) throws ReportReadException {
        LibraryLogging.settle();
        try (HWPFDocument document = new HWPFDocument(new ByteArrayInputStream(bytes))) {
            DocReader reader = new DocReader(document, name, options);
            reader.body(document.getRange());
            return new SourceDocument(name, SourceFormat.DOC, title(document), reader.blocks, List.of());
        } catch (ReportReadException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw ReportReadException.encrypted(name, OleContainer.DOC, e);
        } catch (IOException | RuntimeException e) {
            throw ReportReadException.corrupt(name, OleContainer.DOC, "the document cannot be parsed: " + e.getMessage(), e);
        }
    }

    private void body(Range range) throws ReportReadException {
        int count = range.numParagraphs();
        for (int i = 0; i < count; i++) {
            org.apache.poi.hwpf.usermodel.Paragraph paragraph = range.getParagraph(i);
            if (paragraph.isInTable()) {
                org.apache.poi.hwpf.usermodel.Table table = range.getTable(paragraph);
                table(table);
                i += Math.max(1, table.numParagraphs()) - 1;
                continue;
            }
            ordinal++;
            String text = Whitespace.collapse(numbering.apply(paragraph, Whitespace.trim(text(paragraph))));
            if (!text.isEmpty()) {
                blocks.add(new Paragraph(text, ordinal, headingLevel(paragraph)));
            }
        }
    }

    private void table(org.apache.poi.hwpf.usermodel.Table table) throws ReportReadException {
        if (table.numRows() == 0) {
            return;
        }
        Table grid = DocTables.grid(table, ordinal + 1, this::cellText);
        for (Row row : grid.rows()) {
            for (Cell cell : row.originCells()) {
                count(cell.text());
            }
        }
        ordinal += grid.rows().size();
        blocks.add(grid);
    }

    /** A cell's paragraphs (nested tables' included) in order, joined with no space between CJK characters. */
    private String cellText(TableCell cell) {
        List<String> pieces = new ArrayList<>();
        for (int i = 0; i < cell.numParagraphs(); i++) {
            org.apache.poi.hwpf.usermodel.Paragraph paragraph = cell.getParagraph(i);
            pieces.add(numbering.apply(paragraph, Whitespace.collapse(DocText.of(paragraph))));
        }
        return Whitespace.collapse(CjkText.join(pieces));
    }

    private String text(org.apache.poi.hwpf.usermodel.Paragraph paragraph) throws ReportReadException {
        return count(DocText.of(paragraph));
    }

    /** Counts text read against {@code maxTextChars}. */
    private String count(String text) throws ReportReadException {
        chars += text.length();
        if (chars > options.maxTextChars()) {
            throw Bounds.tooMuchText(name, OleContainer.DOC, options);
        }
        return text;
    }

    /**
     * The heading level, 1–6: from the outline level, else the name of the style or of one it is based on; 0 for
     * body text.
     */
    private int headingLevel(org.apache.poi.hwpf.usermodel.Paragraph paragraph) {
        int outline = HeadingStyles.levelOfOutline(paragraph.getLvl());
        if (outline > 0) {
            return outline;
        }
        StyleSheet styles = document.getStyleSheet();
        int index = paragraph.getStyleIndex();
        for (int step = 0; step < HeadingStyles.MAX_CHAIN && index != StyleSheet.NIL_STYLE; step++) {
            StyleDescription style = styles.getStyleDescription(index);
            if (style == null) {
                break;
            }
            int named = HeadingStyles.levelOfName(style.getName());
            if (named > 0) {
                return named;
            }
            index = style.getBaseStyle();
        }
        return 0;
    }

    private static Optional<String> title(HWPFDocument document) {
        return document.getSummaryInformation() == null ? Optional.empty()
                : Whitespace.nonBlank(document.getSummaryInformation().getTitle());
    }
}
