package io.github.xxgk.report.input;

import io.github.xxgk.report.ReportReadException;
import io.github.xxgk.report.ReportReadException.Reason;
import io.github.xxgk.report.block.Block;
import io.github.xxgk.report.block.Paragraph;
import io.github.xxgk.report.block.SourceDocument;
import io.github.xxgk.report.block.Table;
import io.github.xxgk.report.model.SourceFormat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/**
 * Reads Word 2007+ documents with POI's XWPF: body paragraphs and tables in document order, merged cells expanded
 * into a full grid ({@link DocxTables}), headings from the style definitions and automatic numbers printed as Word
 * prints them ({@link DocxStyles}, {@link DocxNumbering}). Line numbers are the ordinal of the paragraph or table
 * row in the body, counted from 1. Headers, footers, footnotes and text boxes are not read.
 *
 * <p>ZIP bounds: POI refuses an entry that inflates more than {@value #MAX_INFLATE_FACTOR} times its compressed size
 * (minimum inflate ratio {@code 1/}{@value #MAX_INFLATE_FACTOR}, POI's own default, stated here so it is a decision)
 * or beyond {@value #MAX_ENTRY_MIB} MiB (POI allows 4 GiB): a report's {@code document.xml} is a few MiB, and the
 * source itself is at most 64 MiB by default. These are POI's process-wide settings; they are set again before every
 * read because loading Tika's {@code OOXMLParser} turns POI's check off (Tika guards ZIPs its own way).
 */
final class DocxReader {

    static final int MAX_INFLATE_FACTOR = 100;
    static final int MAX_ENTRY_MIB = 256;

    private final List<Block> blocks = new ArrayList<>();
    private final DocxStyles styles;
    private final DocxNumbering numbering;
    private int ordinal;

    private DocxReader(XWPFDocument doc) {
        this.styles = new DocxStyles(doc.getStyles());
        this.numbering = new DocxNumbering(doc.getNumbering());
    }

    static SourceDocument read(byte[] bytes, String name) throws ReportReadException {
        ZipSecureFile.setMinInflateRatio(1.0 / MAX_INFLATE_FACTOR);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_MIB * 1024L * 1024L);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            DocxReader reader = new DocxReader(doc);
            for (IBodyElement element : doc.getBodyElements()) {
                reader.element(element);
            }
            return new SourceDocument(name, SourceFormat.DOCX, title(doc), reader.blocks, List.of());
        } catch (EncryptedDocumentException e) {
            throw new ReportReadException(name, Reason.ENCRYPTED, ZipContainer.DOCX,
                    "the document is password-protected", e);
        } catch (IOException | RuntimeException e) {
            boolean bomb = beyondBounds(e);
            throw new ReportReadException(name, bomb ? Reason.LIMIT_EXCEEDED : Reason.CORRUPT, ZipContainer.DOCX,
                    (bomb ? "the document inflates beyond the ZIP bounds: " : "the document cannot be parsed: ")
                            + e.getMessage(), e);
        }
    }

    /** Whether POI refused the package for its ZIP bounds; it says so only in the message, possibly of a cause. */
    private static boolean beyondBounds(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb") || message.contains("max entry size")
                    || message.contains("exceeds the maximum")) {
                return true;
            }
        }
        return false;
    }

    private void element(IBodyElement element) {
        if (element instanceof XWPFParagraph paragraph) {
            ordinal++;
            String text = Whitespace.trim(text(paragraph));
            if (!text.isEmpty()) {
                int level = styles.headingLevel(paragraph.getCTP().getPPr(), paragraph.getStyleID());
                blocks.add(new Paragraph(text, ordinal, level));
            }
        } else if (element instanceof XWPFTable table) {
            if (!table.getRows().isEmpty()) {
                Table grid = DocxTables.grid(table, ordinal + 1, this::cellText);
                ordinal += grid.rows().size();
                blocks.add(grid);
            }
        } else if (element instanceof XWPFSDT control) {
            ordinal++;
            String text = Whitespace.trim(control.getContent().getText());
            if (!text.isEmpty()) {
                blocks.add(new Paragraph(text, ordinal));
            }
        }
    }

    /** A paragraph's text with its automatic number in front, as printed. */
    private String text(XWPFParagraph paragraph) {
        var numPr = styles.numbering(paragraph.getCTP().getPPr(), paragraph.getStyleID());
        return numbering.apply(numPr, Whitespace.trim(paragraph.getText()));
    }

    /** A cell's paragraphs (and nested tables' cells) in order, joined with no space between CJK characters. */
    private String cellText(XWPFTableCell cell) {
        List<String> pieces = new ArrayList<>();
        for (IBodyElement element : cell.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                pieces.add(text(paragraph));
            } else if (element instanceof XWPFTable nested) {
                nested.getRows().forEach(row -> row.getTableCells().forEach(c -> pieces.add(cellText(c))));
            }
        }
        return CjkText.join(pieces);
    }

    private static Optional<String> title(XWPFDocument doc) {
        String title = doc.getProperties().getCoreProperties().getTitle();
        return title == null || Whitespace.trim(title).isEmpty() ? Optional.empty()
                : Optional.of(Whitespace.collapse(title));
    }
}
