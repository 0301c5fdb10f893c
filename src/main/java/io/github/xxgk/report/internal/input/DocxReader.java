package io.github.xxgk.report.internal.input;

import io.github.xxgk.report.ParserOptions;
import io.github.xxgk.report.ReportReadException.Reason;
import io.github.xxgk.report.ReportReadException;
import io.github.xxgk.report.internal.block.Block;
import io.github.xxgk.report.internal.block.Paragraph;
import io.github.xxgk.report.internal.block.SourceDocument;
import io.github.xxgk.report.internal.block.Table;
import io.github.xxgk.report.internal.text.Whitespace;
import io.github.xxgk.report.model.SourceFormat;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
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
 * <p>The package is inflated within the ZIP bounds of the {@link ParserOptions} ({@link ZipBounds}).
 */
final class DocxReader {

    /** How POI says a document is beyond one of its own fixed bounds, which apply whatever the options allow. */
    private static final Map<String, String> POI_BOUNDS = Map.of(
            "exceeds the max entry size", "POI's own bound of 100 MB per part",
            "Node depth exceeds maximum supported depth", "POI's own bound of 1,000 nested XML elements",
            "embeds more internal file entries than expected", "POI's process-wide bound on entries, "
                    + "ZipSecureFile.setMaxFileCount");

    private final List<Block> blocks = new ArrayList<>();
    private final DocxStyles styles;
    private final DocxNumbering numbering;
    private int ordinal;

    private DocxReader(XWPFDocument doc) {
        this.styles = new DocxStyles(doc.getStyles());
        this.numbering = new DocxNumbering(doc.getNumbering());
    }

    static SourceDocument read(byte[] bytes, String name, ParserOptions options) throws ReportReadException {
        LibraryLogging.settle();
        try (OPCPackage pkg = ZipBounds.open(bytes, options)) {
            WordNesting.check(pkg, options.maxWordNesting());
            XWPFDocument doc = new XWPFDocument(pkg);
            DocxReader reader = new DocxReader(doc);
            for (IBodyElement element : doc.getBodyElements()) {
                reader.element(element);
            }
            return new SourceDocument(name, SourceFormat.DOCX, title(doc), reader.blocks, List.of());
        } catch (EncryptedDocumentException e) {
            throw ReportReadException.encrypted(name, ZipContainer.DOCX, e);
        } catch (StackOverflowError e) {
            // A backstop: WordNesting refuses deep nesting before POI, in every part POI is known to build.
            throw Bounds.exceeded(name, ZipContainer.DOCX, "the document nests too deep for the stack to read",
                    "maxWordNesting", e);
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            Optional<ZipBounds.Exceeded> exceeded = exceeded(e);
            if (exceeded.isPresent()) {
                throw Bounds.exceeded(name, ZipContainer.DOCX, exceeded.get().getMessage(), exceeded.get().option, e);
            }
            Optional<String> poiBound = poiBound(e);
            if (poiBound.isPresent()) {
                throw Bounds.exceeded(name, ZipContainer.DOCX, "the document is beyond a bound of POI's",
                        poiBound.get(), e);
            }
            throw ReportReadException.corrupt(name, ZipContainer.DOCX, "the document cannot be parsed: " + e.getMessage(), e);
        }
    }

    /** The ZIP bound the package went beyond, if that is why POI failed: possibly wrapped, even more than once. */
    private static Optional<ZipBounds.Exceeded> exceeded(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ZipBounds.Exceeded exceeded) {
                return Optional.of(exceeded);
            }
        }
        return Optional.empty();
    }

    /** The fixed bound of POI's that the document went beyond, if that is why POI failed. */
    private static Optional<String> poiBound(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            for (Map.Entry<String, String> bound : POI_BOUNDS.entrySet()) {
                if (message.contains(bound.getKey())) {
                    return Optional.of(bound.getValue());
                }
            }
        }
        return Optional.empty();
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
        return Whitespace.nonBlank(doc.getProperties().getCoreProperties().getTitle());
    }
}
