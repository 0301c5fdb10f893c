package io.github.xxgk.report.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the benchmarks' inputs from the project's {@code testdata} folder (or {@code -Dxxgk.testdata=DIR}). */
final class Fixtures {

    private Fixtures() {
    }

    /** The folder the fixtures are read from. */
    static Path root() {
        return Path.of(System.getProperty("xxgk.testdata", "testdata"));
    }

    /** The bytes of a fixture, by its path under {@link #root()}. */
    static byte[] bytes(String relative) {
        Path file = root().resolve(relative);
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the benchmark input " + file.toAbsolutePath()
                    + " (run from the project root, or set -Dxxgk.testdata)", e);
        }
    }

    /** The bytes of a fixture repeated {@code copies} times, one after another. */
    static byte[] repeated(String relative, int copies) {
        byte[] one = bytes(relative);
        byte[] all = new byte[one.length * copies];
        for (int i = 0; i < copies; i++) {
            System.arraycopy(one, 0, all, i * one.length, one.length);
        }
        return all;
    }

    /** The file name at the end of a relative path, as the parser is given it. */
    static String name(String relative) {
        return Path.of(relative).getFileName().toString();
    }
}
