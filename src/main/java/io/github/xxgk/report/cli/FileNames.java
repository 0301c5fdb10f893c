package io.github.xxgk.report.cli;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * A path as the outputs show it: as given or found, except that bytes of a file name that are not text in the
 * platform's encoding are written as {@code \xNN} (as Python's {@code backslashreplace} does). Java shows every
 * such byte as U+FFFD, so two files whose names differ only there would otherwise get the same {@code file} value.
 */
final class FileNames {

    private static final char REPLACEMENT = '\uFFFD';

    private FileNames() {
    }

    /** The path's text, undecodable bytes escaped. */
    static String of(Path path) {
        String text = path.toString();
        if (text.indexOf(REPLACEMENT) < 0) {
            return text;
        }
        // A file URI keeps the name's bytes, percent-encoded, where the path's text has lost them.
        byte[] absolute = rawBytes(path.toAbsolutePath());
        if (path.isAbsolute()) {
            return escaped(absolute);
        }
        byte[] folder = rawBytes(Path.of("").toAbsolutePath());
        int start = folder.length + (folder.length > 0 && folder[folder.length - 1] == '/' ? 0 : 1);
        boolean under = absolute.length > start
                && Arrays.equals(absolute, 0, folder.length, folder, 0, folder.length);
        return escaped(under ? Arrays.copyOfRange(absolute, start, absolute.length) : absolute);
    }

    private static byte[] rawBytes(Path absolute) {
        String raw = absolute.toUri().getRawPath();
        if (raw.length() > 1 && raw.endsWith("/")) {
            raw = raw.substring(0, raw.length() - 1);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length()) {
                bytes.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toByteArray();
    }

    /** The bytes as UTF-8, each byte that is not part of a valid sequence written as {@code \xNN}. */
    static String escaped(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length * 4 + 4);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                for (int i = 0; i < result.length(); i++) {
                    out.put(String.format(Locale.ROOT, "\\x%02x", in.get() & 0xFF));
                }
            } else {
                decoder.flush(out);
                return out.flip().toString();
            }
        }
    }
}
