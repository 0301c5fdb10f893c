package io.github.xxgk.report.internal.input;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of a web page: a byte-order mark decides; else the charset the page declares
 * ({@code <meta charset>}, {@code <meta http-equiv="Content-Type" content="…; charset=…">}, or an XML declaration's
 * encoding) if the bytes are valid in it; else strict UTF-8; else GB18030 (see {@link TextDecoder}).
 *
 * <p>Declared labels are read as Chinese sites mean them: GB2312 and GBK are decoded as GB18030, their superset.
 * Two kinds of declaration are not trusted, because they are wrong more often than right on copies of Chinese
 * reports: a Latin single-byte label (ISO-8859-1, windows-1252, ASCII), under which any bytes decode to mojibake,
 * and any label other than UTF-8 on bytes that are valid UTF-8 with non-ASCII text — most often a page saved again
 * as UTF-8 that kept its old GB2312 {@code <meta>}; text in a legacy charset is practically never valid UTF-8. A UTF-16 label on a page without a byte-order mark means UTF-8, as in browsers.
 */
final class HtmlCharset {

    /** How far into the page a declaration is looked for. */
    private static final int SNIFF_BYTES = 8192;

    private static final Pattern META = Pattern.compile(
            "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([a-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_DECLARATION = Pattern.compile(
            "^\\s*<\\?xml\\b[^>]*?encoding\\s*=\\s*[\"']([a-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

    private static final Set<String> GB_LABELS = Set.of("gb2312", "gbk", "x-gbk", "cp936", "ms936", "windows-936",
            "gb_2312-80", "csgb2312", "x-gb2312", "euc-cn", "x-euc-cn", "chinese", "iso-ir-58", "gb18030");
    private static final Set<String> LATIN_LABELS = Set.of("iso-8859-1", "iso8859-1", "latin1", "l1",
            "windows-1252", "cp1252", "us-ascii", "ascii", "iso-8859-15");

    private HtmlCharset() {
    }

    static String decode(byte[] bytes) {
        if (TextDecoder.Bom.of(bytes).isPresent()) {
            return TextDecoder.decode(bytes);
        }
        Optional<Charset> declared = declared(bytes);
        if (declared.isEmpty()) {
            return TextDecoder.decode(bytes);
        }
        Charset charset = declared.get();
        if (!charset.equals(StandardCharsets.UTF_8) && hasNonAscii(bytes)) {
            Optional<String> utf8 = TextDecoder.decodeStrict(bytes, StandardCharsets.UTF_8);
            if (utf8.isPresent()) {
                return utf8.get();
            }
        }
        return TextDecoder.decode(bytes, charset);
    }

    /** The charset the page declares in its first kilobytes, if it names one worth trusting. */
    static Optional<Charset> declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher xml = XML_DECLARATION.matcher(head);
        if (xml.find()) {
            return charset(xml.group(1));
        }
        Matcher meta = META.matcher(head);
        return meta.find() ? charset(meta.group(1)) : Optional.empty();
    }

    private static Optional<Charset> charset(String label) {
        String name = label.toLowerCase(Locale.ROOT);
        if (GB_LABELS.contains(name)) {
            return Optional.of(TextDecoder.GB18030);
        }
        if (LATIN_LABELS.contains(name)) {
            return Optional.empty();
        }
        if (name.startsWith("utf-16") || name.startsWith("utf16") || name.equals("unicode") || name.equals("utf8")) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }
}
