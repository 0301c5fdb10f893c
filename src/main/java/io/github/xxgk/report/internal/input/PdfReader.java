package io.github.xxgk.report.internal.input;

import io.github.xxgk.report.ParserOptions;
import io.github.xxgk.report.ReportReadException.Reason;
import io.github.xxgk.report.ReportReadException;
import io.github.xxgk.report.internal.block.SourceDocument;
import io.github.xxgk.report.internal.text.Whitespace;
import io.github.xxgk.report.model.Diagnostic;
import io.github.xxgk.report.model.DiagnosticCode;
import io.github.xxgk.report.model.Location;
import io.github.xxgk.report.model.SourceFormat;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads PDFs with a text layer through PDFBox: lines per page with their words' positions
 * ({@link PdfText}), page footers and repeated headers dropped ({@link PdfPages}), then table rows told from prose,
 * values placed under their columns, and prose lines rejoined into paragraphs ({@link PdfBlocks}). A PDF without
 * text (a scan) yields no blocks and a {@link DiagnosticCode#SOURCE_NO_TEXT} diagnostic.
 *
 * <p>Bounds: the text read by {@code maxTextChars}, the pages by {@code maxPdfPages}; the document is held in
 * memory (no scratch files), which the bound on the input's size bounds; no OCR, no embedded documents, no
 * annotations or bookmarks. PDFBox has no bound on time: the CLI's per-file time budget is the bound there.
 */
final class PdfReader {

    static final String TYPE = "application/pdf";

    /** Fewer printable characters than this, headers and footers aside, means there is no text layer to read. */
    private static final int MIN_TEXT_CHARS = 20;

    private PdfReader() {
    }

    static SourceDocument read(byte[] bytes, String name, ParserOptions options) throws ReportReadException {
        LibraryLogging.settle();
        try (PDDocument document = Loader.loadPDF(bytes)) {
            if (document.getNumberOfPages() == 0) {
                throw ReportReadException.corrupt(name, TYPE, "the PDF has no pages (truncated or damaged)", null);
            }
            List<PdfLine> lines = PdfPages.clean(PdfText.read(document, options));
            Optional<String> title = Whitespace.nonBlank(document.getDocumentInformation().getTitle());
            int chars = lines.stream().mapToInt(line -> Whitespace.collapse(line.text()).replace(" ", "").length())
                    .sum();
            if (chars < MIN_TEXT_CHARS) {
                Diagnostic noText = Diagnostic.of(DiagnosticCode.SOURCE_NO_TEXT, Location.none(),
                        "The PDF has no text layer (" + chars + " characters of text): it is a scan or images, "
                                + "or damaged; nothing was read and no OCR was attempted.");
                return new SourceDocument(name, SourceFormat.PDF, title, List.of(), List.of(noText));
            }
            return new SourceDocument(name, SourceFormat.PDF, title, PdfBlocks.blocks(lines), List.of());
        } catch (InvalidPasswordException e) {
            throw ReportReadException.encrypted(name, TYPE, e);
        } catch (PdfText.LimitReached e) {
            throw Bounds.exceeded(name, TYPE, e.getMessage(), e.option(), null);
        } catch (IOException | RuntimeException e) {
            throw ReportReadException.corrupt(name, TYPE, "the document cannot be parsed: " + e.getMessage(), e);
        }
    }
}
