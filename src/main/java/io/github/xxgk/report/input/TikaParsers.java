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
import org.apache.tika.sax.ContentHandlerDecorator;
import org.apache.tika.sax.ToXMLContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Runs Tika's Word 97 and PDF parsers to XHTML. Each parser is created on first use and then shared (they are
 * thread-safe and stateless; creating them costs most of a second), so nothing of Tika loads for text or HTML input.
 * Embedded documents are not parsed: no parser is put in the context.
 *
 * <p>Tika's own limits are set deliberately: the text written is bounded by {@code maxTextChars} (Tika's write
 * limit, which stops the parse as soon as it is reached), a PDF's pages by {@code maxPdfPages} (Tika's per-page
 * bookkeeping grows with the square of the pages: 100,000 empty pages took half a minute and 400,000 exhausted
 * 256 MiB); PDFBox keeps the document in memory (no scratch files), which the bound on the input's size bounds; no
 * OCR, no embedded documents. Tika has no bound on time: the CLI's per-file time budget is the bound there.
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
        return parse(OfficeHolder.PARSER, context, bytes, name, type, options, Integer.MAX_VALUE);
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
        return parse(PdfHolder.PARSER, context, bytes, name, PdfReader.TYPE, options, options.maxPdfPages());
    }

    private static Parsed parse(Parser parser, ParseContext context, byte[] bytes, String name, String type,
            ParserOptions options, int maxPages) throws ReportReadException {
        ToXMLContentHandler handler = new ToXMLContentHandler();
        Metadata metadata = new Metadata();
        PageLimit pages = new PageLimit(new WriteOutContentHandler(handler, options.maxTextChars()), maxPages);
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            parser.parse(in, pages, metadata, context);
        } catch (EncryptedDocumentException e) {
            throw new ReportReadException(name, Reason.ENCRYPTED, type, "the document is password-protected", e);
        } catch (TikaException | SAXException | IOException | RuntimeException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw Bounds.tooMuchText(name, type, options);
            }
            if (pages.reached) {
                throw Bounds.exceeded(name, type, "has more than " + maxPages + " pages", "maxPdfPages", e);
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

    /**
     * Stops a parse at the first page beyond the bound; Tika writes each page as a {@code <div class="page">}. Tika
     * may fail differently while it unwinds (its handler's state is cut short), so the parse asks this handler, not
     * the exception, whether the bound was reached.
     */
    private static final class PageLimit extends ContentHandlerDecorator {
        private final int max;
        private int pages;
        private boolean reached;

        PageLimit(ContentHandler handler, int max) {
            super(handler);
            this.max = max;
        }

        @Override
        public void startElement(String uri, String localName, String name, Attributes attributes)
                throws SAXException {
            if ("div".equals(localName) && "page".equals(attributes.getValue("class")) && ++pages > max) {
                reached = true;
                throw new SAXException("more than " + max + " pages");
            }
            super.startElement(uri, localName, name, attributes);
        }
    }

    private static final class OfficeHolder {
        static final Parser PARSER = new OfficeParser();
    }

    private static final class PdfHolder {
        static final Parser PARSER = new PDFParser();
    }
}
