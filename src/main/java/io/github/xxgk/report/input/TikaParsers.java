package io.github.xxgk.report.input;

import io.github.xxgk.report.ParserOptions;
import io.github.xxgk.report.ReportReadException;
import io.github.xxgk.report.ReportReadException.Reason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.sax.ToXMLContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.SAXException;

/**
 * Runs Tika's Word 97 parser to XHTML. The parser is created on first use and then shared (it is thread-safe and
 * stateless; creating it costs a good part of a second), so nothing of Tika loads for other input. Embedded documents
 * are not parsed: no parser is put in the context.
 *
 * <p>The text written is bounded by {@code maxTextChars} (Tika's write limit, which stops the parse as soon as it is
 * reached). Tika has no bound on time: the CLI's per-file time budget is the bound there.
 */
final class TikaParsers {

    private TikaParsers() {
    }

    /** The result of one parse: the XHTML and the document's metadata. */
    record Parsed(String xhtml, Metadata metadata) {

        /** The document's title from its properties, if it has a non-blank one. */
        Optional<String> title() {
            return Whitespace.nonBlank(metadata.get(TikaCoreProperties.TITLE));
        }
    }

    /** Word 97–2003 and other Word-like OLE2 files, without headers, footers or deleted text. */
    static Parsed office(byte[] bytes, String name, String type, ParserOptions options) throws ReportReadException {
        OfficeParserConfig config = new OfficeParserConfig();
        config.setIncludeHeadersAndFooters(false);
        config.setIncludeDeletedContent(false);
        config.setIncludeMoveFromContent(false);
        config.setExtractMacros(false);
        ParseContext context = new ParseContext();
        context.set(OfficeParserConfig.class, config);
        ToXMLContentHandler handler = new ToXMLContentHandler();
        Metadata metadata = new Metadata();
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            OfficeHolder.PARSER.parse(in, new WriteOutContentHandler(handler, options.maxTextChars()), metadata,
                    context);
        } catch (EncryptedDocumentException e) {
            throw new ReportReadException(name, Reason.ENCRYPTED, type, "the document is password-protected", e);
        } catch (TikaException | SAXException | IOException | RuntimeException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw Bounds.tooMuchText(name, type, options);
            }
            if (isEncrypted(e)) {
                throw new ReportReadException(name, Reason.ENCRYPTED, type, "the document is password-protected",
                        e);
            }
            throw new ReportReadException(name, Reason.CORRUPT, type, "the document cannot be parsed: "
                    + e.getMessage(), e);
        }
        return new Parsed(handler.toString(), metadata);
    }

    /** POI reports Word 97 encryption with its own exception, sometimes wrapped. */
    private static boolean isEncrypted(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.apache.poi.EncryptedDocumentException
                    || t instanceof EncryptedDocumentException) {
                return true;
            }
        }
        return false;
    }

    private static final class OfficeHolder {
        static final Parser PARSER = new OfficeParser();
    }
}
