package io.github.xxgk.report.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.stream.Stream;

/**
 * An output file written under a temporary name beside it, {@code .NAME.RANDOM.xxgk-partial}, and renamed to its
 * name only when complete, so that the name never holds a half-written file.
 *
 * <p>Until {@link #commit()}, the temporary is removed by {@link #close()}, and by a shutdown hook if the JVM is
 * stopped (Ctrl-C, SIGTERM). Only a hard kill (SIGKILL, power loss) can leave one behind; its name says what it is,
 * and {@link #removeLeftovers(Path)} at the start of the next run for the same output removes it.
 */
final class PartialOutput implements Closeable {

    /** The suffix of every temporary output. */
    static final String SUFFIX = ".xxgk-partial";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path target;
    private final Path temporary;
    private final Thread hook;
    private boolean done;

    private PartialOutput(Path target, Path temporary) {
        this.target = target;
        this.temporary = temporary;
        this.hook = new Thread(this::abandon, "xxgk-remove-partial");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /**
     * Creates the temporary for this output, with the permissions a new file normally gets (a temporary-file API
     * would make it private to the user, and the rename would keep that).
     */
    static PartialOutput create(Path target) throws IOException {
        Path folder = folderOf(target);
        Files.createDirectories(folder);
        while (true) {
            Path temporary = folder.resolve(prefix(target) + Long.toUnsignedString(RANDOM.nextLong(), 36) + SUFFIX);
            try {
                Files.createFile(temporary);
            } catch (FileAlreadyExistsException e) {
                continue; // the random part collided: draw another
            }
            try {
                return new PartialOutput(target, temporary);
            } catch (IllegalStateException e) {
                Files.deleteIfExists(temporary);
                throw new IOException("the JVM is stopping; " + target + " was not written", e);
            }
        }
    }

    /** Whether a file name is that of a temporary output of any run. */
    static boolean isPartialName(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().startsWith(".") && name.toString().endsWith(SUFFIX);
    }

    /** Removes the temporaries that interrupted runs left for this output; returns how many. */
    static int removeLeftovers(Path target) throws IOException {
        Path folder = folderOf(target);
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        String prefix = prefix(target);
        int removed = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (isLeftoverOf(prefix, file.getFileName().toString()) && Files.deleteIfExists(file)) {
                    removed++;
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return removed;
    }

    // The random part has no dot, so the leftovers of out.csv.bak are not taken for those of out.csv.
    private static boolean isLeftoverOf(String prefix, String name) {
        return name.startsWith(prefix) && name.endsWith(SUFFIX) && name.length() > prefix.length() + SUFFIX.length()
                && name.substring(prefix.length(), name.length() - SUFFIX.length()).indexOf('.') < 0;
    }

    /** The temporary file to write. */
    Path temporary() {
        return temporary;
    }

    /** Renames the complete temporary to the output's name, replacing what was there. */
    synchronized void commit() throws IOException {
        if (done) {
            throw new IOException("the run was stopped before " + target + " was complete");
        }
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        done = true;
        removeHook();
    }

    /** Removes the temporary unless it was committed. */
    @Override
    public void close() {
        abandon();
        removeHook();
    }

    // Synchronized with commit(): a stop that races the end of a run leaves either the complete output or nothing.
    private synchronized void abandon() {
        if (!done) {
            done = true;
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // Nothing more can be done while the JVM stops; the next run removes it by name.
            }
        }
    }

    private void removeHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is stopping and running the hook already.
        }
    }

    private static String prefix(Path target) {
        return "." + target.getFileName() + ".";
    }

    private static Path folderOf(Path target) {
        return target.toAbsolutePath().getParent();
    }
}
