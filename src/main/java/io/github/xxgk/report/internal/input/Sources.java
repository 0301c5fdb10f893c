package io.github.xxgk.report.internal.input;

import io.github.xxgk.report.ParserOptions;
import io.github.xxgk.report.ReportReadException.Reason;
import io.github.xxgk.report.ReportReadException;
import io.github.xxgk.report.internal.block.SourceDocument;
import io.github.xxgk.report.internal.text.Whitespace;
import io.github.xxgk.report.model.SourceFormat;

/**
 * Reads a source's bytes into a {@link SourceDocument}, its format detected from the content. The entry point of
 * the input stage; every reader behind it produces the same neutral blocks: Word 2007+ through POI's XWPF, Word 97
 * through its HWPF, PDF through PDFBox (each loaded only when such a file is read), text formats without any. Every reader keeps
 * to the {@link ParserOptions}' bounds ({@link Bounds}). Most callers want
 * {@link io.github.xxgk.report.ReportParser}, which runs this stage and the ones after it.
 */
public final class Sources {

    private Sources() {
    }

    /** Reads the bytes of one source within the default bounds, as {@link #read(byte[], String, ParserOptions)}. */
    public static SourceDocument read(byte[] bytes, String name) throws ReportReadException {
        return read(bytes, name, ParserOptions.defaults());
    }

    /**
     * Reads the bytes of one source. A web page is decoded in the charset it declares, if its bytes are valid in
     * it.
     *
     * @param bytes the whole source
     * @param name its file name, used in diagnostics and errors (not for format detection)
     * @param options the bounds to keep to; the size of {@code bytes} is the caller's to check
     * @throws ReportReadException if the bytes are empty, of an unsupported or encrypted format, corrupt, or beyond
     *     a bound
     */
    public static SourceDocument read(byte[] bytes, String name, ParserOptions options) throws ReportReadException {
        SourceDocument document = switch (FormatDetector.detect(bytes, name)) {
            case DOCX -> DocxReader.read(bytes, name, options);
            case DOC -> DocReader.read(bytes, name, options);
            case PDF -> PdfReader.read(bytes, name, options);
            default -> {
                Bounds.checkTextBytes(bytes, name, options);
                String text = Bounds.checkText(TextDecoder.decode(bytes), name, "", options);
                SourceFormat format = FormatDetector.detectText(text);
                yield format == SourceFormat.HTML
                        ? HtmlReader.read(bytes, name, options) : readText(text, format, name, options);
            }
        };
        return Bounds.checkText(document, options);
    }

    /**
     * Whether the bytes are a ZIP archive of files rather than one source: a ZIP that is no document package,
     * which {@link #read(byte[], String, ParserOptions)} refuses and {@link ZipArchive} opens.
     */
    public static boolean isArchive(byte[] bytes) {
        return ZipContainer.isArchive(bytes);
    }

    /** Reads text already decoded within the default bounds, as {@link #readText(String, String, ParserOptions)}. */
    public static SourceDocument readText(String text, String name) throws ReportReadException {
        return readText(text, name, ParserOptions.defaults());
    }

    /**
     * Reads text already decoded: HTML, Markdown or plain text, as detected from the content.
     *
     * @throws ReportReadException if the text is empty or only white space, a page without text, or beyond a bound
     */
    public static SourceDocument readText(String text, String name, ParserOptions options)
            throws ReportReadException {
        Bounds.checkText(text, name, "", options);
        return readText(text, FormatDetector.detectText(text), name, options);
    }

    /** Reads decoded text whose format is already detected, so that detection runs once per source. */
    private static SourceDocument readText(String text, SourceFormat format, String name, ParserOptions options)
            throws ReportReadException {
        if (Whitespace.trim(text).isEmpty()) {
            throw ReportReadException.empty(name, "the source is empty");
        }
        return switch (format) {
            case MARKDOWN -> MarkdownReader.read(text, name);
            case HTML -> HtmlReader.read(text, name, options);
            default -> PlainTextReader.read(text, name);
        };
    }
}
