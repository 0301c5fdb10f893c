package io.github.xxgk.report.cli;

import io.github.xxgk.report.internal.input.IoErrors;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Expands the command line's paths into the files to read: files as given, folders walked recursively with hidden
 * entries skipped and the {@code --include}/{@code --exclude} globs applied to each file's path relative to the
 * folder. A glob starting with {@code **}{@code /} also matches at the folder's top level, so
 * {@code **}{@code /*.html} matches {@code a.html} as well as {@code x/a.html}.
 *
 * <p>Symbolic links are followed, to folders too (a link back to a folder being walked is a loop, and is not
 * followed). Every entry a walk finds that is not hidden and not excluded is kept, whatever it is — a named pipe,
 * a link to nothing, a loop, a folder that cannot be opened — so that it gets its own failed outcome; why an entry
 * is not to be read at all is kept in {@link #unreadable()}: what the walk could not do with it, or that it is no
 * regular file (a named pipe found in a folder would block the run; one named on the command line is read, as
 * {@code convert <(zcat report.txt.gz)} needs).
 */
final class InputFiles {

    private static final String ANY_FOLDERS = "**/";

    private final List<PathMatcher> include;
    private final List<PathMatcher> exclude;
    private final Predicate<Path> skip;
    private final Map<Path, String> unreadable = new HashMap<>();

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

    /** The entries of the last {@link #expand} that a folder's walk found but are not to be read, with why. */
    Map<Path, String> unreadable() {
        return Map.copyOf(unreadable);
    }

    private void walk(Path root, TreeSet<Path> files) throws IOException {
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                return dir.equals(root) || !isHidden(dir) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (consider(root, file, files) && attributes.isOther()) {
                    unreadable.put(file, "not a regular file (a named pipe, a device or a socket) in a folder, "
                            + "so not read");
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                if (considerFailed(root, file, files)) {
                    unreadable.put(file, IoErrors.cause(e));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                if (e != null && considerFailed(root, dir, files)) {
                    unreadable.put(dir, IoErrors.cause(e));
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Adds the file if it is to be read; returns whether it was. */
    private boolean consider(Path root, Path file, TreeSet<Path> files) {
        if (isHidden(file) || skip.test(file)) {
            return false;
        }
        Path relative = root.relativize(file);
        boolean included = include.isEmpty() || include.stream().anyMatch(m -> m.matches(relative));
        return included && exclude.stream().noneMatch(m -> m.matches(relative)) && files.add(file);
    }

    /**
     * Adds an entry the walk could not visit, unless hidden, skipped or excluded; returns whether it was. The
     * {@code --include} globs do not apply: a folder that cannot be opened may hold included files.
     */
    private boolean considerFailed(Path root, Path file, TreeSet<Path> files) {
        if (isHidden(file) || skip.test(file)) {
            return false;
        }
        Path relative = root.relativize(file);
        return exclude.stream().noneMatch(m -> m.matches(relative)) && files.add(file);
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
