package io.github.xxgk.report.input;

import io.github.xxgk.report.ParserOptions;
import io.github.xxgk.report.ReportReadException;
import io.github.xxgk.report.ReportReadException.Reason;
import io.github.xxgk.report.block.SourceDocument;
import io.github.xxgk.report.model.Diagnostic;
import io.github.xxgk.report.model.DiagnosticCode;
import io.github.xxgk.report.model.Location;
import io.github.xxgk.report.model.SourceFormat;
import java.util.ArrayList;
import java.util.List;
import org.apache.tika.metadata.PagedText;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads PDFs with a text layer through Tika's PDF parser: lines per page, page footers and repeated headers dropped
 * ({@link PdfPages}), then table rows told from prose and prose lines rejoined into paragraphs ({@link PdfBlocks}).
 * A PDF without text (a scan) yields no blocks and a {@link DiagnosticCode#SOURCE_NO_TEXT} diagnostic.
 */
final class PdfReader {

    static final String TYPE = "application/pdf";

    /** Fewer printable characters than this, headers and footers aside, means there is no text layer to read. */
    private static final int MIN_TEXT_CHARS = 20;

    private PdfReader() {
    }

    static SourceDocument read(byte[] bytes, String name, ParserOptions options) throws ReportReadException {
        TikaParsers.Parsed parsed = TikaParsers.pdf(bytes, name, options);
        if ("0".equals(parsed.metadata().get(PagedText.N_PAGES))) {
            throw new ReportReadException(name, Reason.CORRUPT, TYPE, "the PDF has no pages (truncated or damaged)",
                    null);
        }
        List<PdfLine> lines = PdfPages.clean(pages(XhtmlBlocks.parse(parsed.xhtml())));
        int chars = lines.stream().mapToInt(line -> Whitespace.collapse(line.text()).replace(" ", "").length())
                .sum();
        if (chars < MIN_TEXT_CHARS) {
            Diagnostic noText = Diagnostic.of(DiagnosticCode.SOURCE_NO_TEXT, Location.none(),
                    "The PDF has no text layer (" + chars + " characters of text): it is a scan or images, "
                            + "or damaged; nothing was read and no OCR was attempted.");
            return new SourceDocument(name, SourceFormat.PDF, parsed.title(), List.of(), List.of(noText));
        }
        return new SourceDocument(name, SourceFormat.PDF, parsed.title(), PdfBlocks.blocks(lines), List.of());
    }

    /** The text lines of each page, numbered in order across the document. */
    static List<List<PdfLine>> pages(Document xhtml) {
        Elements pageDivs = xhtml.select("div.page");
        List<Element> pages = pageDivs.isEmpty() ? List.of(xhtml.body()) : pageDivs;
        List<List<PdfLine>> result = new ArrayList<>();
        int number = 0;
        for (Element page : pages) {
            List<PdfLine> lines = new ArrayList<>();
            for (Element p : page.select("p")) {
                for (String raw : Lines.split(p.wholeText())) {
                    number++;
                    String text = Whitespace.trim(raw);
                    if (!text.isEmpty()) {
                        lines.add(new PdfLine(text, number));
                    }
                }
            }
            result.add(lines);
        }
        return result;
    }
}
