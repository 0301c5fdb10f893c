package io.github.xxgk.report.internal.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes the bytes of a text file: a byte-order mark decides (UTF-8, UTF-16LE, UTF-16BE); else the bytes are UTF-8
 * if they decode strictly as UTF-8; else GB18030, which covers GBK and GB2312.
 *
 * <p>Statistical charset detection is deliberately not used: it misreads short GB18030 tables as other encodings.
 */
final class TextDecoder {

    static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoder() {
    }

    static String decode(byte[] bytes) {
        Optional<Bom> bom = Bom.of(bytes);
        if (bom.isPresent()) {
            Bom found = bom.get();
            return new String(bytes, found.length, bytes.length - found.length, found.charset);
        }
        return decodeStrict(bytes, StandardCharsets.UTF_8).orElseGet(() -> new String(bytes, GB18030));
    }

    /** Decodes with the declared charset when the bytes are valid in it, else as {@link #decode(byte[])} does. */
    static String decode(byte[] bytes, Charset declared) {
        if (Bom.of(bytes).isPresent()) {
            return decode(bytes);
        }
        return decodeStrict(bytes, declared).orElseGet(() -> decode(bytes));
    }

    static Optional<String> decodeStrict(byte[] bytes, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            // The JDK's own UTF-8 decoding is several times faster than a CharsetDecoder's, and it replaces each
            // malformed sequence with U+FFFD: without one in its result, the bytes were valid and the strict decoding
            // would give the same string. With one, the strict decoder decides (the text may hold a real U+FFFD).
            String lenient = new String(bytes, StandardCharsets.UTF_8);
            if (lenient.indexOf('\uFFFD') < 0) {
                return Optional.of(lenient);
            }
        }
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** A byte-order mark at the start of the bytes. */
    enum Bom {
        UTF_8(StandardCharsets.UTF_8, 3),
        UTF_16LE(StandardCharsets.UTF_16LE, 2),
        UTF_16BE(StandardCharsets.UTF_16BE, 2);

        final Charset charset;
        final int length;

        Bom(Charset charset, int length) {
            this.charset = charset;
            this.length = length;
        }

        static Optional<Bom> of(byte[] b) {
            if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
                return Optional.of(UTF_8);
            }
            if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
                return Optional.of(UTF_16LE);
            }
            if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
                return Optional.of(UTF_16BE);
            }
            return Optional.empty();
        }
    }
}
