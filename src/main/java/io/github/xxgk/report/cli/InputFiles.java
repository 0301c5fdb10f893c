package io.github.xxgk.report.cli;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Expands the command line's paths into the files to read: files as given, folders walked recursively with hidden
 * entries skipped and the {@code --include}/{@code --exclude} globs applied to each file's path relative to the
 * folder. A glob starting with {@code **}{@code /} also matches at the folder's top level, so
 * {@code **}{@code /*.html} matches {@code a.html} as well as {@code x/a.html}.
 */
final class InputFiles {

    private static final String ANY_FOLDERS = "**/";

    private final List<PathMatcher> include;
    private final List<PathMatcher> exclude;
    private final Predicate<Path> skip;

    /**
     * @param include globs of which a file in a folder must match one, or none to take every file
     * @param exclude globs of which a file in a folder must match none
     * @param skip files never to take, even when named: the tool's own outputs
     * @throws IllegalArgumentException if a glob is not valid
     */
    InputFiles(List<String> include, List<String> exclude, Predicate<Path> skip) {
        this.include = matchers(include);
        this.exclude = matchers(exclude);
        this.skip = skip;
    }

    /**
     * The files, sorted by path, each once. A named path that does not exist, and a file or folder of a walk that
     * cannot be visited, is kept, so that it gets its own failed outcome.
     *
     * @throws IOException if a folder cannot be walked at all
     */
    List<Path> expand(List<Path> paths) throws IOException {
        TreeSet<Path> files = new TreeSet<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                walk(path, files);
            } else if (!skip.test(path)) {
                files.add(path);
            }
        }
        return new ArrayList<>(files);
    }

    private void walk(Path root, TreeSet<Path> files) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                return dir.equals(root) || !isHidden(dir) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                boolean regular = attributes.isRegularFile()
                        || attributes.isSymbolicLink() && Files.isRegularFile(file);
                if (regular) {
                    consider(root, file, files);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                consider(root, file, files);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void consider(Path root, Path file, TreeSet<Path> files) {
        if (isHidden(file) || skip.test(file)) {
            return;
        }
        Path relative = root.relativize(file);
        boolean included = include.isEmpty() || include.stream().anyMatch(m -> m.matches(relative));
        if (included && exclude.stream().noneMatch(m -> m.matches(relative))) {
            files.add(file);
        }
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static List<PathMatcher> matchers(List<String> globs) {
        List<PathMatcher> matchers = new ArrayList<>();
        for (String glob : globs) {
            matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
            if (glob.startsWith(ANY_FOLDERS)) {
                matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob.substring(ANY_FOLDERS.length())));
            }
        }
        return List.copyOf(matchers);
    }
}
