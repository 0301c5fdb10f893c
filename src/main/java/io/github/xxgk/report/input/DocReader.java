package io.github.xxgk.report.input;

import io.github.xxgk.report.ParserOptions;
import io.github.xxgk.report.ReportReadException;
import io.github.xxgk.report.block.SourceDocument;
import io.github.xxgk.report.model.SourceFormat;
import java.util.List;
import org.jsoup.nodes.Document;

/**
 * Reads Word 97–2003 documents (and WPS files in the same container) through Tika's XHTML. Tika drops merges, so
 * every cell is an origin and a vertically merged label arrives once, its continuations empty. Word's automatic
 * numbers arrive as Tika counts them (its counters may not follow lists restarted in table cells), in the
 * document's own formats ({@link DocNumbering}).
 */
final class DocReader {

    private DocReader() {
    }

    static SourceDocument read(byte[] bytes, String name, ParserOptions options) throws ReportReadException {
        TikaParsers.Parsed parsed = TikaParsers.office(bytes, name, OleContainer.DOC, options);
        Document xhtml = XhtmlBlocks.parse(parsed.xhtml());
        DocNumbering.restore(bytes, xhtml);
        return new SourceDocument(name, SourceFormat.DOC, parsed.title(), XhtmlBlocks.blocks(xhtml.body()),
                List.of());
    }
}
