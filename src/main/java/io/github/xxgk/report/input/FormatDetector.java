package io.github.xxgk.report.input;

import io.github.xxgk.report.ReportReadException;
import io.github.xxgk.report.ReportReadException.Reason;
import io.github.xxgk.report.model.SourceFormat;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Decides a source's format from its bytes, never from its name: magic bytes for PDF, ZIP and OLE2 containers,
 * then, for text, whether it is HTML, Markdown or plain text.
 */
final class FormatDetector {

    private static final int SNIFF_CHARS = 4096;

    private FormatDetector() {
    }

    static SourceFormat detect(byte[] bytes, String name) throws ReportReadException {
        if (startsWith(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return SourceFormat.PDF;
        }
        if (startsWith(bytes, new byte[] {'P', 'K', 3, 4})) {
            return SourceFormat.DOCX;
        }
        if (startsWith(bytes, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0})) {
            return SourceFormat.DOC;
        }
        if (isBinary(bytes)) {
            throw new ReportReadException(name, Reason.UNSUPPORTED_FORMAT, "application/octet-stream",
                    "binary data, not a report in a supported format", null);
        }
        return SourceFormat.TEXT;
    }

    /** For decoded text: HTML, Markdown or plain text. */
    static SourceFormat detectText(String text) {
        String head = text.substring(0, Math.min(text.length(), SNIFF_CHARS)).toLowerCase(Locale.ROOT);
        for (String tag : List.of("<!doctype html", "<html", "<head", "<body", "<table", "<meta", "<div", "<p>",
                "<p ", "<br", "<span", "<h1", "<h2", "<tr")) {
            if (head.contains(tag)) {
                return SourceFormat.HTML;
            }
        }
        if (MarkdownReader.looksLikeMarkdown(Lines.split(head))) {
            return SourceFormat.MARKDOWN;
        }
        return SourceFormat.TEXT;
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
