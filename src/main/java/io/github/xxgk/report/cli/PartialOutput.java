package io.github.xxgk.report.cli;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * An output file written under a temporary name beside it, {@code .NAME.RANDOM.xxgk-partial}, and renamed to its
 * name only when complete, so that the name never holds a half-written file.
 *
 * <p>Until {@link #commit()}, the temporary is removed by {@link #close()}, and by a shutdown hook if the JVM is
 * stopped (Ctrl-C, SIGTERM). Only a hard kill (SIGKILL, power loss) can leave one behind; its name says what it is,
 * and {@link #removeLeftovers(Path)} at the start of the next run for the same output removes it. The temporary is
 * locked while it is written ({@link FileLock}), and a leftover that is locked — the live temporary of a run on the
 * same output in another process — is left alone.
 *
 * <p>An output that exists and is not a regular file (a device such as {@code /dev/null}, a named pipe), or that
 * lies under {@code /dev} or {@code /proc} ({@code /dev/stdout}, {@code /proc/self/fd/1}, whatever they lead to),
 * is written in place: there is nothing to replace, and renaming a file over it would destroy it. An output that
 * is a symbolic link to a file is the file it names: the temporary goes beside that file and replaces it, the link
 * stays.
 */
final class PartialOutput implements Closeable {

    /** The suffix of every temporary output. */
    static final String SUFFIX = ".xxgk-partial";

    /**
     * The temporaries of this JVM's runs. On POSIX systems closing any channel to a file releases the process's
     * locks on it, so the cleanup must not even open these.
     */
    private static final Set<Path> OWN = ConcurrentHashMap.newKeySet();

    private final Path target;
    private final Path temporary;
    private final FileChannel channel;
    private final Thread hook;
    private boolean done;

    private PartialOutput(Path target, Path temporary, FileChannel channel) {
        this.target = target;
        this.temporary = temporary;
        this.channel = channel;
        this.hook = new Thread(this::abandon, "xxgk-remove-partial");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /**
     * Creates the temporary for this output, locked, with the permissions a new file normally gets (a
     * temporary-file API would make it private to the user, and the rename would keep that); or, for an output that
     * {@link #isInPlace is written in place}, opens the output itself.
     */
    static PartialOutput create(Path output) throws IOException {
        if (isInPlace(output)) {
            FileChannel channel = FileChannel.open(output, StandardOpenOption.WRITE);
            return new PartialOutput(output, output, channel);
        }
        Path target = linkedFile(output);
        Path folder = folderOf(target);
        try {
            Files.createDirectories(folder);
        } catch (FileAlreadyExistsException e) {
            throw new NotDirectoryException(e.getFile()); // a file stands where a folder of the path should be
        }
        while (true) {
            // The name need only be new, not secret: CREATE_NEW refuses a name that exists (a symbolic link too), and a
            // collision draws again. ThreadLocalRandom spares a one-file run the 50-80 ms SecureRandom takes to start.
            long random = ThreadLocalRandom.current().nextLong();
            Path temporary = folder.resolve(prefix(target) + Long.toUnsignedString(random, 36) + SUFFIX);
            FileChannel channel;
            try {
                channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                continue; // the random part collided: draw another
            }
            OWN.add(temporary);
            try {
                channel.lock();
                if (!Files.exists(temporary, LinkOption.NOFOLLOW_LINKS)) {
                    // another process's cleanup took it between its creation and the lock: draw another
                    channel.close();
                    OWN.remove(temporary);
                    continue;
                }
                return new PartialOutput(target, temporary, channel);
            } catch (IOException | IllegalStateException e) {
                channel.close();
                Files.deleteIfExists(temporary);
                OWN.remove(temporary);
                throw e instanceof IOException io ? io
                        : new IOException("the JVM is stopping; " + target + " was not written", e);
            }
        }
    }

    /**
     * Why a run may not write this output, if it may not: it is a folder, or it exists and {@code force} was not
     * given (an output {@link #isInPlace written in place} may always be written).
     */
    static Optional<String> refusal(Path output, boolean force) {
        if (Files.isDirectory(output)) {
            return Optional.of(output + " is a folder; name a file to write");
        }
        if (!force && Files.exists(output) && !isInPlace(output)) {
            return Optional.of(output + " exists; use --force to replace it");
        }
        return Optional.empty();
    }

    /**
     * Whether an output is written in place: it lies under {@code /dev} or {@code /proc}, or it exists and is neither
     * a regular file nor a folder.
     */
    static boolean isInPlace(Path output) {
        Path absolute = output.toAbsolutePath().normalize();
        boolean system = absolute.startsWith(Path.of("/dev")) || absolute.startsWith(Path.of("/proc"));
        return system && !Files.isDirectory(output)
                || Files.exists(output) && !Files.isRegularFile(output) && !Files.isDirectory(output);
    }

    /** The file a symbolic link names, if the output is one and what it names can be found; else the output. */
    private static Path linkedFile(Path output) {
        if (!Files.isSymbolicLink(output)) {
            return output;
        }
        try {
            return output.toRealPath();
        } catch (IOException e) {
            return output; // a link to nothing: it is replaced by the output
        }
    }

    /** Whether a file name is that of a temporary output of any run. */
    static boolean isPartialName(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().startsWith(".") && name.toString().endsWith(SUFFIX);
    }

    /**
     * Removes the temporaries that interrupted runs left for this output, leaving those a running process holds
     * locked; returns how many were removed.
     */
    static int removeLeftovers(Path output) throws IOException {
        if (isInPlace(output)) {
            return 0;
        }
        Path target = linkedFile(output);
        Path folder = folderOf(target);
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        String prefix = prefix(target);
        int removed = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (isLeftoverOf(prefix, file.getFileName().toString()) && !OWN.contains(file)
                        && removeUnlocked(file)) {
                    removed++;
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return removed;
    }

    /**
     * Removes a leftover unless another process holds it locked; whether it was removed. Only regular files are
     * touched (a named pipe with a leftover's name would block the open), and one that cannot be opened is left.
     */
    private static boolean removeUnlocked(Path file) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            FileLock lock = channel.tryLock(0, Long.MAX_VALUE, true);
            if (lock == null) {
                return false;
            }
            Files.delete(file);
            return true;
        } catch (OverlappingFileLockException | NoSuchFileException | AccessDeniedException e) {
            return false; // locked in this JVM, removed meanwhile by its own run, or not ours to remove
        }
    }

    // The random part has no dot, so the leftovers of out.csv.bak are not taken for those of out.csv.
    private static boolean isLeftoverOf(String prefix, String name) {
        return name.startsWith(prefix) && name.endsWith(SUFFIX) && name.length() > prefix.length() + SUFFIX.length()
                && name.substring(prefix.length(), name.length() - SUFFIX.length()).indexOf('.') < 0;
    }

    /** The file being written: the temporary, or the output itself if it is written in place. */
    Path temporary() {
        return temporary;
    }

    /**
     * A UTF-8 writer to the temporary, through its locked channel. Closing the writer only flushes it: the channel,
     * and with it the lock, stays open until {@link #commit()} or {@link #close()}.
     */
    Writer writer() {
        return new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8)) {
            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    /** Renames the complete temporary to the output's name, replacing what was there, still holding its lock. */
    synchronized void commit() throws IOException {
        if (done) {
            throw new IOException("the run was stopped before " + target + " was complete");
        }
        if (!temporary.equals(target)) {
            channel.force(true); // on disk before its name is: a power cut cannot leave the name on an empty file
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        done = true;
        release();
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
                if (!temporary.equals(target)) {
                    Files.deleteIfExists(temporary);
                }
            } catch (IOException e) {
                // Nothing more can be done while the JVM stops; the next run removes it by name.
            }
            release();
        }
    }

    private void release() {
        try {
            channel.close();
        } catch (IOException e) {
            // The file is complete or removed: closing cannot lose anything of it.
        }
        OWN.remove(temporary);
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
