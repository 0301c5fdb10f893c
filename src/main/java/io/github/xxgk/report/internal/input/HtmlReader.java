package io.github.xxgk.report.internal.input;

import io.github.xxgk.report.ParserOptions;
import io.github.xxgk.report.ReportReadException.Reason;
import io.github.xxgk.report.ReportReadException;
import io.github.xxgk.report.internal.block.SourceDocument;
import io.github.xxgk.report.model.SourceFormat;
import java.util.List;
import org.jsoup.nodes.Document;

/**
 * Reads web pages and HTML fragments of reports: the page is decoded ({@link HtmlCharset}), parsed once by jsoup
 * (its source lines found by {@link HtmlLines}), cut into paragraphs and tables ({@link HtmlWalker}, {@link HtmlGrid}) and reduced to the
 * article ({@link ArticleFinder}), whose title becomes the document's title hint.
 *
 * <p>Blocks carry the 1-based source line where they start. Tables keep their merged cells expanded; a table
 * nested in a cell follows its outer table as a table of its own.
 */
final class HtmlReader {

    private HtmlReader() {
    }

    /** Reads a page from its bytes, honouring the charset it declares. */
    static SourceDocument read(byte[] bytes, String name, ParserOptions options) throws ReportReadException {
        return read(HtmlCharset.decode(bytes), name, options);
    }

    /** Reads a page already decoded, within the page bounds ({@link HtmlBounds}). */
    static SourceDocument read(String html, String name, ParserOptions options) throws ReportReadException {
        Document page = HtmlBounds.parse(html, name, options);
        List<HtmlWalker.Piece> pieces = HtmlWalker.walk(page.body(), HtmlLines.of(html, page));
        ArticleFinder.Article article = ArticleFinder.find(pieces, page.title());
        if (article.blocks().isEmpty()) {
            throw ReportReadException.empty(name, "the page has no text");
        }
        return new SourceDocument(name, SourceFormat.HTML, article.titleHint(), article.blocks(), List.of());
    }
}
