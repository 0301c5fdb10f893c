package io.github.xxgk.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Locates the fixtures under {@code testdata/}. */
public final class TestData {

    /** The project's fixture folder. */
    public static final Path ROOT = Path.of("testdata");
    /** Real published reports, the golden tests' inputs. */
    public static final Path REPORTS = ROOT.resolve("reports");
    /** The expected model of each report, as JSON. */
    public static final Path GOLDEN = ROOT.resolve("golden");
    /** Hand-checked answers for some reports, keyed by cell key. */
    public static final Path GOLD = ROOT.resolve("gold");
    /** The seed report. */
    public static final Path SEED = REPORTS.resolve("wuzhong-civil-affairs-2021.txt");

    private TestData() {
    }

    /** The seed report's text. */
    public static String seedText() {
        return read(SEED);
    }

    /** A UTF-8 file's text. */
    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The report files, sorted. */
    public static List<Path> reports() {
        try (Stream<Path> files = Files.list(REPORTS)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file name without its extension. */
    public static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
