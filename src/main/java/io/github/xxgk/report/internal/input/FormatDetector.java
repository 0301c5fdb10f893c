package io.github.xxgk.report.internal.input;

import io.github.xxgk.report.ReportReadException.Reason;
import io.github.xxgk.report.ReportReadException;
import io.github.xxgk.report.model.SourceFormat;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Decides a source's format from its bytes, never from its name: magic bytes for PDF, ZIP and OLE2 containers,
 * then, for text, whether it is HTML, Markdown or plain text.
 */
final class FormatDetector {

    private static final int SNIFF_CHARS = 4096;
    /** What follows the {@code <} of a tag that makes a text a web page. */
    private static final List<String> HTML_TAGS = List.of("!doctype html", "html", "head", "body", "table", "meta",
            "div", "p>", "p ", "br", "span", "h1", "h2", "tr");
    private static final int PDF_HEADER_WINDOW = 1024;
    /** The magic bytes of a ZIP container: a local file header, or the end record of an empty ZIP. */
    static final byte[] ZIP_ENTRY = {'P', 'K', 3, 4};
    static final byte[] ZIP_EMPTY = {'P', 'K', 5, 6};

    private FormatDetector() {
    }

    /**
     * The format of a source from its bytes. Containers are looked into without parsing them: a ZIP must hold
     * Word's main part, an OLE2 file a {@code WordDocument} stream. Text is not decoded here.
     *
     * @throws ReportReadException if the bytes are of no supported format, an encrypted package, or a damaged
     *     container
     */
    static SourceFormat detect(byte[] bytes, String name) throws ReportReadException {
        if (isPdf(bytes)) {
            return SourceFormat.PDF;
        }
        if (isZip(bytes)) {
            return ZipContainer.classify(bytes, name);
        }
        if (startsWith(bytes, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0})) {
            return OleContainer.classify(bytes, name);
        }
        if (isBinary(bytes)) {
            throw ReportReadException.unsupportedFormat(name, "application/octet-stream", "binary data, not a report in a supported format");
        }
        return SourceFormat.TEXT;
    }

    /**
     * For decoded text: HTML, Markdown or plain text. HTML and Markdown headings are looked for near the start; a
     * Markdown pipe table anywhere, as a copy whose only heading is its title may have pages of prose before it.
     */
    static SourceFormat detectText(String text) {
        String head = text.substring(0, Math.min(text.length(), SNIFF_CHARS));
        if (hasHtmlTag(head)) {
            return SourceFormat.HTML;
        }
        boolean marks = head.indexOf('#') >= 0 || head.indexOf('|') >= 0;
        if (marks && MarkdownReader.looksLikeMarkdown(Lines.split(head))
                || text.indexOf('|') >= 0 && MarkdownReader.hasPipeTable(Lines.split(text))) {
            return SourceFormat.MARKDOWN;
        }
        return SourceFormat.TEXT;
    }

    /** Whether one of the {@link #HTML_TAGS} starts at a {@code <} of the text, in any case. */
    private static boolean hasHtmlTag(String head) {
        for (int at = head.indexOf('<'); at >= 0; at = head.indexOf('<', at + 1)) {
            for (String tag : HTML_TAGS) {
                if (head.regionMatches(true, at + 1, tag, 0, tag.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the bytes start as a ZIP container does: a local file header, or the end record of an empty one. */
    static boolean isZip(byte[] bytes) {
        return startsWith(bytes, ZIP_ENTRY) || startsWith(bytes, ZIP_EMPTY);
    }

    /** {@code %PDF-} at the start, or within the first kilobyte as readers allow (after a BOM or junk). */
    private static boolean isPdf(byte[] bytes) {
        return contains(bytes, "%PDF-", PDF_HEADER_WINDOW);
    }

    /** Whether the ASCII text stands in the first {@code window} bytes. */
    static boolean contains(byte[] bytes, String ascii, int window) {
        byte[] needle = ascii.getBytes(StandardCharsets.US_ASCII);
        int last = Math.min(bytes.length, window) - needle.length;
        outer:
        for (int i = 0; i <= last; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the bytes are not text: NUL or other control bytes in the first kilobytes, unless a UTF-16 byte-order
     * mark explains the NULs.
     */
    private static boolean isBinary(byte[] bytes) {
        if (TextDecoder.Bom.of(bytes).filter(bom -> bom != TextDecoder.Bom.UTF_8).isPresent()) {
            return false;
        }
        int n = Math.min(bytes.length, SNIFF_CHARS);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
                control++;
            }
        }
        return control > n / 20;
    }
}
