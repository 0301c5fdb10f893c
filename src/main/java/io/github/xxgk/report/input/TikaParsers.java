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
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.ToXMLContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.SAXException;

/**
 * Runs Tika's Word 97 and PDF parsers to XHTML. Each parser is created on first use and then shared (they are
 * thread-safe and stateless; creating them costs most of a second), so nothing of Tika loads for text or HTML input.
 * Embedded documents are not parsed: no parser is put in the context.
 *
 * <p>Tika's own limits are set deliberately: the text written is bounded by {@code maxTextChars} (Tika's write
 * limit, which stops the parse as soon as it is reached); PDFBox keeps the document in memory (no scratch files),
 * which the bound on the input's size bounds; no OCR, no embedded documents. Tika has no bound on time: the CLI's
 * per-file time budget is the bound there.
 */
final class TikaParsers {

    private TikaParsers() {
    }

    /** The result of one parse: the XHTML and the document's metadata. */
    record Parsed(String xhtml, Metadata metadata) {

        /** The document's title from its properties, if it has a non-blank one. */
        Optional<String> title() {
            String title = metadata.get(TikaCoreProperties.TITLE);
            return title == null || Whitespace.trim(title).isEmpty() ? Optional.empty()
                    : Optional.of(Whitespace.collapse(title));
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
        return parse(OfficeHolder.PARSER, context, bytes, name, type, options);
    }

    /**
     * PDF in content-stream order ({@code sortByPosition} off: on the corpus it keeps labels printed one character
     * per line together and table rows whole, where sorting interleaves neighbouring columns), without bookmarks,
     * annotations or OCR.
     */
    static Parsed pdf(byte[] bytes, String name, ParserOptions options) throws ReportReadException {
        PDFParserConfig config = new PDFParserConfig();
        config.setSortByPosition(false);
        config.setExtractBookmarksText(false);
        config.setExtractAnnotationText(false);
        config.setExtractInlineImages(false);
        config.setSuppressDuplicateOverlappingText(true);
        config.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        ParseContext context = new ParseContext();
        context.set(PDFParserConfig.class, config);
        return parse(PdfHolder.PARSER, context, bytes, name, PdfReader.TYPE, options);
    }

    private static Parsed parse(Parser parser, ParseContext context, byte[] bytes, String name, String type,
            ParserOptions options) throws ReportReadException {
        ToXMLContentHandler handler = new ToXMLContentHandler();
        Metadata metadata = new Metadata();
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            parser.parse(in, new WriteOutContentHandler(handler, options.maxTextChars()), metadata, context);
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

    private static final class PdfHolder {
        static final Parser PARSER = new PDFParser();
    }
}
