package io.github.xxgk.report.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The standard streams a command writes to: {@code out} as bytes (CSV on standard output), and both as UTF-8 text
 * for messages; and whether standard error is a terminal a progress bar may be drawn on.
 *
 * @param out standard output, for data
 * @param outText standard output, for lines of text
 * @param err standard error, for bytes (the progress bar)
 * @param errText standard error, for messages
 * @param terminal whether standard error is an interactive terminal
 */
record Streams(PrintStream out, PrintWriter outText, PrintStream err, PrintWriter errText, boolean terminal) {

    /** Text on these streams, UTF-8; a terminal only if {@code err} is the process's own standard error. */
    static Streams of(PrintStream out, PrintStream err) {
        PrintStream utf8Err = new PrintStream(err, true, StandardCharsets.UTF_8);
        return new Streams(out, new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true),
                utf8Err, new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true),
                err == System.err && stderrIsTerminal());
    }

    /**
     * Standard output as a stream that fails when a write to it fails. A {@link PrintStream} never throws, it only
     * remembers an error (a full disk, a closed pipe), so without this check such a run would lose its output and
     * still succeed.
     */
    static OutputStream checked(PrintStream stdout) {
        return new FilterOutputStream(stdout) {
            @Override
            public void write(int b) throws IOException {
                stdout.write(b);
                check(stdout);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                stdout.write(bytes, offset, length);
                check(stdout);
            }

            @Override
            public void flush() throws IOException {
                check(stdout);
            }
        };
    }

    /** Flushes {@code outText} and fails if anything written to standard output was lost. */
    void checkOut() throws IOException {
        outText.flush();
        check(out);
    }

    private static void check(PrintStream out) throws IOException {
        if (out.checkError()) {
            throw new IOException("standard output could not be written (a full disk, or a closed pipe)");
        }
    }

    /**
     * Whether standard error is an interactive terminal. Java only says whether standard input and output are
     * ({@code System.console()}); on Linux {@code /proc/self/fd/2} names the device standard error goes to, which
     * is a terminal only under {@code /dev/pts} or {@code /dev/tty}. Elsewhere the console answer has to do.
     * {@code TERM=dumb} (an editor's shell, some CI logs) never gets a bar.
     */
    private static boolean stderrIsTerminal() {
        if (System.console() == null || "dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        Path stderr = Path.of("/proc/self/fd/2");
        if (!Files.isSymbolicLink(stderr)) {
            return true;
        }
        try {
            String device = Files.readSymbolicLink(stderr).toString();
            return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }
}
