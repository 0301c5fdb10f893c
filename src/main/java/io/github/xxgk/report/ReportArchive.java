package io.github.xxgk.report;

import io.github.xxgk.report.internal.input.Sources;
import io.github.xxgk.report.internal.input.ZipArchive;
import java.io.Closeable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A ZIP archive of reports, as crawls are often saved, opened by {@link ReportParser#openArchive}: each file in it
 * is read as a report of its own, by the parser that opened it and within its {@link ParserOptions}.
 *
 * <pre>{@code
 * try (ReportArchive archive = XxgkReport.openArchive(Path.of("crawl.zip"))) {
 *     for (ArchiveEntry entry : archive.parseAll()) {
 *         entry.path();                                          // 2021/report.html
 *         entry.report();                                        // Optional[the report]
 *         entry.failure();                                       // or why the file could not be read
 *     }
 * }
 * }</pre>
 *
 * <p>The files are the archive's entries that are neither folders nor hidden (a name or folder starting with
 * {@code .}, as macOS's {@code __MACOSX/._x.html} copies), in the order of their paths, so that an archive's
 * reports come out as its unpacked folder's would. Entry names are decoded as UTF-8 when the entry says so, else
 * as UTF-8 if they are valid UTF-8, else as GB18030 (GBK, CP936: what Chinese Windows tools write). A Word document
 * (a DOCX is a ZIP too) is a report, never opened as an archive; an archive inside the archive is opened in turn,
 * to {@link ParserOptions#maxArchiveDepth()}, and its files given with its path first
 * ({@code old.zip!/2019/report.html}); a deeper one is a failed entry.
 *
 * <p>Bounds: opening refuses an archive of more than {@link ParserOptions#maxArchiveEntries()} entries before
 * anything else is read. Each file is a source of its own ({@link ParserOptions#maxInputBytes()}), may inflate at
 * most {@link ParserOptions#maxInflateRatio()} times its compressed size, and the files together, in path order,
 * at most {@link ParserOptions#maxArchiveInflatedBytes()}; all three are checked before the file is inflated. A
 * file beyond one fails alone ({@code limit_exceeded}, naming the bound); the others are read.
 *
 * <p>Thread-safe: files may be parsed from several threads at once. An archive on disk is read as its files are,
 * never held in memory; close it to release the file.
 */
public final class ReportArchive implements Closeable {

    /** What separates an archive's name from the path of a file in it: {@code crawl.zip!/2021/report.html}. */
    public static final String SEPARATOR = "!/";

    private final ReportParser parser;
    private final ZipArchive zip;
    private final int depth;

    ReportArchive(ReportParser parser, ZipArchive zip, int depth) {
        this.parser = parser;
        this.zip = zip;
        this.depth = depth;
    }

    /** The archive's name: its file name, or the name it was opened with. */
    public String name() {
        return zip.name();
    }

    /** The paths of the archive's files, in path order; never empty. */
    public List<String> entries() {
        return zip.files();
    }

    /**
     * Reads one file of the archive: its report or its failure, the source named {@code archive!/path}; for an
     * archive inside this one, each of its files in path order (or its one failure, if it cannot be opened).
     *
     * @param entry a path of {@link #entries()}
     * @throws IllegalArgumentException if the archive has no file of this path
     */
    public List<ArchiveEntry> parse(String entry) {
        String source = zip.source(entry);
        try {
            byte[] bytes = zip.read(entry);
            if (!Sources.isArchive(bytes)) {
                return List.of(new ArchiveEntry(entry, Optional.of(parser.parse(bytes, source)), Optional.empty()));
            }
            if (depth >= parser.options().maxArchiveDepth()) {
                throw ReportReadException.limitExceeded(source, "application/zip", "an archive at depth "
                        + (depth + 1) + ", deeper than " + parser.options().maxArchiveDepth() + " (maxArchiveDepth)",
                        null);
            }
            try (ReportArchive inner = new ReportArchive(parser, ZipArchive.open(bytes, source, parser.options()),
                    depth + 1)) {
                List<ArchiveEntry> entries = new ArrayList<>();
                for (ArchiveEntry read : inner.parseAll()) {
                    entries.add(new ArchiveEntry(entry + SEPARATOR + read.path(), read.report(),
                            read.failure()));
                }
                return entries;
            }
        } catch (ReportReadException e) {
            return List.of(new ArchiveEntry(entry, Optional.empty(), Optional.of(e)));
        }
    }

    /** Reads every file of the archive, in path order, as {@link #parse(String)} does; all reports held at once. */
    public List<ArchiveEntry> parseAll() {
        List<ArchiveEntry> entries = new ArrayList<>();
        for (String entry : entries()) {
            entries.addAll(parse(entry));
        }
        return entries;
    }

    /** Releases the archive's file; parsing a file afterwards gives an {@code io_error}. */
    @Override
    public void close() {
        zip.close();
    }
}
