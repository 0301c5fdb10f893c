package io.github.xxgk.report.input;

import io.github.xxgk.report.ReportReadException;
import io.github.xxgk.report.ReportReadException.Reason;
import io.github.xxgk.report.block.SourceDocument;
import io.github.xxgk.report.model.SourceFormat;

/**
 * Reads a source's bytes into a {@link SourceDocument}, its format detected from the content. The entry point of
 * the input stage; every reader behind it produces the same neutral blocks.
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
     * @throws ReportReadException if the bytes are empty, of an unsupported or encrypted format, or corrupt
     */
    public static SourceDocument read(byte[] bytes, String name) throws ReportReadException {
        SourceFormat format = FormatDetector.detect(bytes, name);
        if (format != SourceFormat.TEXT) {
            throw new ReportReadException(name, Reason.UNSUPPORTED_FORMAT, format.key(),
                    "this format is not supported yet", null);
        }
        String text = TextDecoder.decode(bytes);
        if (FormatDetector.detectText(text) == SourceFormat.HTML) {
            return HtmlReader.read(bytes, name);
        }
        return readText(text, name);
    }

    /**
     * Reads text already decoded: HTML, Markdown or plain text, as detected from the content.
     *
     * @throws ReportReadException if the text is empty or only white space, or a page without text
     */
    public static SourceDocument readText(String text, String name) throws ReportReadException {
        if (Whitespace.trim(text).isEmpty()) {
            throw new ReportReadException(name, Reason.EMPTY, "", "the source is empty", null);
        }
        return switch (FormatDetector.detectText(text)) {
            case MARKDOWN -> MarkdownReader.read(text, name);
            case HTML -> HtmlReader.read(text, name);
            default -> PlainTextReader.read(text, name);
        };
    }
}
