package io.github.xxgk.report.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Expands the command line's paths: files as given, directories walked recursively, hidden entries skipped. */
final class InputFiles {

    private InputFiles() {
    }

    /**
     * The files to convert, sorted by path, each once. A path that does not exist is kept, so that it gets its own
     * failed row.
     */
    static List<Path> expand(List<Path> paths, Path skip) throws IOException {
        TreeSet<Path> files = new TreeSet<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(file -> !isHidden(path.relativize(file)))
                            .filter(file -> skip == null || !sameFile(file, skip))
                            .forEach(files::add);
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            } else {
                files.add(path);
            }
        }
        return new ArrayList<>(files);
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameFile(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
