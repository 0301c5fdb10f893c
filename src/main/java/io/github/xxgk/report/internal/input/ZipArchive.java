package io.github.xxgk.report.internal.input;

import io.github.xxgk.report.ParserOptions;
import io.github.xxgk.report.ReportArchive;
import io.github.xxgk.report.ReportReadException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * A ZIP archive of files (not a document package), its files read one at a time within the
 * {@link ParserOptions}' bounds, each into the bytes of a source of its own.
 *
 * <p>Opening it reads only the central directory: its records are counted first ({@link CentralDirectory}), at
 * most {@code maxArchiveEntries}, then read by commons-compress. The files are its entries that are neither
 * folders nor hidden (a name or a folder starting with {@code .}, as the CLI leaves out in folders: macOS's
 * {@code __MACOSX/._report.html} copies), each path once (the first entry of a path that an archive holds twice),
 * in the order of their paths. Names are UTF-8 when the entry says so (its flag, or Info-ZIP's Unicode path
 * field); otherwise, as Chinese Windows tools write them without a flag, UTF-8 if they decode strictly as UTF-8,
 * else GB18030 (which covers GBK and CP936).
 *
 * <p>Each file is bounded before anything is inflated, by what the central directory declares: its size by
 * {@code maxInputBytes}, its ratio to its compressed size by {@code maxInflateRatio} (past
 * {@value ZipBounds#GRACE_BYTES} bytes), and the files together, in path order, by
 * {@code maxArchiveInflatedBytes}: the first file that takes the total past it fails, and so does every file after
 * it. A file is inflated to at most its declared size; one that holds more is corrupt. A file beyond a bound fails
 * alone, with {@code limit_exceeded} naming the bound; the archive's other files are read.
 *
 * <p>Reading files is thread-safe: commons-compress reads a file channel at explicit positions, and an in-memory
 * one under a lock.
 */
public final class ZipArchive implements Closeable {

    private final String name;
    private final ZipFile zip;
    private final Map<String, Member> files;

    /** A file of the archive, and why it is not to be read if it is not. */
    private record Member(ZipArchiveEntry entry, ReportReadException refusal) {
    }

    private ZipArchive(String name, ZipFile zip, Map<String, Member> files) {
        this.name = name;
        this.zip = zip;
        this.files = files;
    }

    /**
     * Opens an archive on disk; its bytes are read as its files are, never all at once.
     *
     * @param name the archive's name in errors and in its files' names
     * @throws ReportReadException if the file is not a ZIP archive of files (a Word document, another format),
     *     cannot be read, is damaged, has no files, or lists more than {@code maxArchiveEntries} entries
     */
    public static ZipArchive open(Path file, String name, ParserOptions options) throws ReportReadException {
        SeekableByteChannel channel;
        try {
            channel = Files.newByteChannel(file, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            throw ReportReadException.ioError(file.toString(), "no such file", e);
        } catch (IOException e) {
            throw ReportReadException.ioError(file.toString(), "cannot read the file: " + IoErrors.cause(e), e);
        }
        return open(channel, name, options);
    }

    /**
     * Opens an archive held in memory.
     *
     * @throws ReportReadException as {@link #open(Path, String, ParserOptions)}
     */
    public static ZipArchive open(byte[] bytes, String name, ParserOptions options) throws ReportReadException {
        return open(new SeekableInMemoryByteChannel(bytes), name, options);
    }

    private static ZipArchive open(SeekableByteChannel channel, String name, ParserOptions options)
            throws ReportReadException {
        Closeable opened = channel;
        try {
            checkMagic(channel, name);
            if (CentralDirectory.count(channel, options.maxArchiveEntries()) > options.maxArchiveEntries()) {
                throw Bounds.exceeded(name, ZipContainer.ZIP, "the archive has more than "
                        + options.maxArchiveEntries() + " entries", "maxArchiveEntries", null);
            }
            ZipFile zip = ZipFile.builder().setSeekableByteChannel(channel).setUseUnicodeExtraFields(true).get();
            opened = zip;
            ZipArchive archive = new ZipArchive(name, zip, files(zip, name, options));
            opened = null;
            return archive;
        } catch (ReportReadException e) {
            throw e;
        } catch (IOException e) {
            throw damaged(name, IoErrors.cause(e), e);
        } catch (RuntimeException e) {
            throw damaged(name, String.valueOf(e), e);
        } finally {
            closeQuietly(opened);
        }
    }

    /** The archive's name, as given. */
    public String name() {
        return name;
    }

    /** The paths of the archive's files, in path order. */
    public List<String> files() {
        return List.copyOf(files.keySet());
    }

    /** The name of a file of the archive as a source of its own: {@code archive!/path}. */
    public String source(String path) {
        return name + ReportArchive.SEPARATOR + path;
    }

    /**
     * Inflates one file.
     *
     * @throws IllegalArgumentException if the archive has no file of this path
     * @throws ReportReadException if the file is beyond a bound, encrypted, compressed in a way that cannot be read,
     *     damaged, or the archive cannot be read any more
     */
    public byte[] read(String path) throws ReportReadException {
        Member file = files.get(path);
        if (file == null) {
            throw new IllegalArgumentException("no file " + path + " in " + name);
        }
        if (file.refusal() != null) {
            throw file.refusal();
        }
        String source = source(path);
        int size = (int) file.entry().getSize();
        try (InputStream in = zip.getInputStream(file.entry())) {
            byte[] bytes = in.readNBytes(size);
            if (bytes.length < size) {
                throw ReportReadException.corrupt(source, null, "the entry ends after " + bytes.length
                        + " of the " + size + " bytes it declares", null);
            }
            if (in.read() >= 0) {
                throw ReportReadException.corrupt(source, null, "the entry inflates to more than the " + size
                        + " bytes it declares", null);
            }
            return bytes;
        } catch (ReportReadException e) {
            throw e;
        } catch (ClosedChannelException e) {
            throw ReportReadException.ioError(source, "the archive is closed", e);
        } catch (IOException e) {
            throw ReportReadException.corrupt(source, null, "the entry cannot be inflated: " + IoErrors.cause(e), e);
        } catch (RuntimeException e) {
            throw ReportReadException.corrupt(source, null, "the entry cannot be inflated: " + e, e);
        }
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

    private static void checkMagic(SeekableByteChannel channel, String name) throws IOException,
            ReportReadException {
        int length = FormatDetector.ZIP_ENTRY.length;
        if (channel.size() < length || !FormatDetector.isZip(CentralDirectory.read(channel, 0, length).array())) {
            throw ReportReadException.unsupportedFormat(name, null, "not a ZIP archive");
        }
    }

    private static ReportReadException damaged(String name, String why, Throwable cause) {
        return ReportReadException.corrupt(name, ZipContainer.ZIP, "the ZIP archive is truncated or damaged ("
                + why + ")", cause);
    }

    /** The files, in path order, each with why it is not to be read if a bound refuses it. */
    private static Map<String, Member> files(ZipFile zip, String name, ParserOptions options)
            throws ReportReadException {
        List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
        List<String> names = new ArrayList<>(entries.size());
        Map<String, ZipArchiveEntry> byPath = new LinkedHashMap<>();
        for (ZipArchiveEntry entry : entries) {
            String path = name(entry);
            names.add(path);
            if (!entry.isDirectory() && !path.endsWith("/") && !isHidden(path)) {
                byPath.putIfAbsent(path, entry);
            }
        }
        String type = ZipContainer.type(names);
        if (!type.equals(ZipContainer.ZIP)) {
            throw ReportReadException.unsupportedFormat(name, type, type.equals(ZipContainer.DOCX)
                    ? "a Word document, not an archive of files (ReportParser.parse reads it)"
                    : "a document package, not an archive of files");
        }
        if (byPath.isEmpty()) {
            throw ReportReadException.empty(name, "the archive holds no files (" + entries.size()
                    + " entries: folders, hidden files)");
        }
        List<String> paths = new ArrayList<>(byPath.keySet());
        paths.sort(Comparator.naturalOrder());
        Map<String, Member> files = new LinkedHashMap<>();
        long total = 0;
        boolean overTotal = false;
        for (String path : paths) {
            ZipArchiveEntry entry = byPath.get(path);
            String source = name + ReportArchive.SEPARATOR + path;
            ReportReadException refusal = refusal(zip, entry, source, options);
            if (refusal == null) {
                total += entry.getSize();
                overTotal |= total > options.maxArchiveInflatedBytes();
                if (overTotal) {
                    refusal = Bounds.exceeded(source, null, "the archive's files inflate to more than "
                            + options.maxArchiveInflatedBytes() + " bytes together, counted in path order up to "
                            + "this one", "maxArchiveInflatedBytes", null);
                }
            }
            files.put(path, new Member(entry, refusal));
        }
        return Collections.unmodifiableMap(files);
    }

    /** Why a file is not to be read, from what its entry declares; null if it may be. */
    private static ReportReadException refusal(ZipFile zip, ZipArchiveEntry entry, String source,
            ParserOptions options) {
        if (entry.getGeneralPurposeBit().usesEncryption()) {
            return ReportReadException.encrypted(source, null, null);
        }
        if (!zip.canReadEntryData(entry)) {
            return ReportReadException.unsupportedFormat(source, null, "the entry is compressed with ZIP method "
                    + entry.getMethod() + ", which cannot be read");
        }
        long size = entry.getSize();
        long compressed = entry.getCompressedSize();
        if (size < 0 || compressed < 0) {
            return ReportReadException.corrupt(source, null, "the entry does not declare its size", null);
        }
        if (size > ZipBounds.GRACE_BYTES && size > options.maxInflateRatio() * Math.max(1, compressed)) {
            return Bounds.exceeded(source, null, "inflates to " + size + " bytes, more than "
                    + options.maxInflateRatio() + " times its compressed size of " + compressed + " bytes",
                    "maxInflateRatio", null);
        }
        if (size > options.maxInputBytes()) {
            return Bounds.exceeded(source, null, "inflates to " + size + " bytes, larger than the maximum input "
                    + "size of " + options.maxInputBytes() + " bytes", "maxInputBytes", null);
        }
        return null;
    }

    /** The entry's name: UTF-8 if the entry says so, else UTF-8 if it is valid UTF-8, else GB18030. */
    private static String name(ZipArchiveEntry entry) {
        byte[] raw = entry.getRawName();
        if (entry.getNameSource() != ZipArchiveEntry.NameSource.NAME || raw == null) {
            return entry.getName();
        }
        return TextDecoder.decodeStrict(raw, StandardCharsets.UTF_8)
                .orElseGet(() -> new String(raw, TextDecoder.GB18030));
    }

    private static boolean isHidden(String path) {
        for (String part : path.split("/")) {
            if (part.startsWith(".") && !part.equals(".") && !part.equals("..")) {
                return true;
            }
        }
        return false;
    }

    private static void closeQuietly(Closeable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (IOException e) {
            // Nothing was written: a failure to release a read-only channel loses nothing.
        }
    }
}
