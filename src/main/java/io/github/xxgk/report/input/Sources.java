package io.github.xxgk.report.input;

import io.github.xxgk.report.ReportReadException;
import io.github.xxgk.report.ReportReadException.Reason;
import io.github.xxgk.report.block.SourceDocument;
import io.github.xxgk.report.model.SourceFormat;

/**
 * Reads a source's bytes into a {@link SourceDocument}, its format detected from the content. The entry point of
 * the input stage; every reader behind it produces the same neutral blocks: Word 2007+ through POI, Word 97 and PDF
 * through Tika (loaded only when such a file is read), text formats without either.
 */
public final class Sources {

    private Sources() {
    }

    /**
     * Reads the bytes of one source. A web page is decoded in the charset it declares, if its bytes are valid in
     * it.
     *
     * @param bytes the whole source
     * @param name its file name, used in diagnostics and errors (not for format detection)
     * @throws ReportReadException if the bytes are empty, of an unsupported or encrypted format, corrupt, or a
     *     package beyond the ZIP bounds
     */
    public static SourceDocument read(byte[] bytes, String name) throws ReportReadException {
        return switch (FormatDetector.detect(bytes, name)) {
            case DOCX -> DocxReader.read(bytes, name);
            case DOC -> DocReader.read(bytes, name);
            case PDF -> PdfReader.read(bytes, name);
            default -> {
                String text = TextDecoder.decode(bytes);
                SourceFormat format = FormatDetector.detectText(text);
                yield format == SourceFormat.HTML ? HtmlReader.read(bytes, name) : readText(text, format, name);
            }
        };
    }

    /**
     * Reads text already decoded: HTML, Markdown or plain text, as detected from the content.
     *
     * @throws ReportReadException if the text is empty or only white space, or a page without text
     */
    public static SourceDocument readText(String text, String name) throws ReportReadException {
        return readText(text, FormatDetector.detectText(text), name);
    }

    /** Reads decoded text whose format is already detected, so that detection runs once per source. */
    private static SourceDocument readText(String text, SourceFormat format, String name)
            throws ReportReadException {
        if (Whitespace.trim(text).isEmpty()) {
            throw new ReportReadException(name, Reason.EMPTY, "", "the source is empty", null);
        }
        return switch (format) {
            case MARKDOWN -> MarkdownReader.read(text, name);
            case HTML -> HtmlReader.read(text, name);
            default -> PlainTextReader.read(text, name);
        };
    }
}
