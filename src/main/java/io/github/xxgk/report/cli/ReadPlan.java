package io.github.xxgk.report.cli;

import io.github.xxgk.report.ReportArchive;
import io.github.xxgk.report.ReportParser;
import io.github.xxgk.report.ReportReadException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The units a run reads, in the order their outcomes are written: one per file, except for a ZIP archive of
 * reports named {@code *.zip}, which is listed when the run starts and read one of its files per unit, so that its
 * files are read in parallel, each within its own time budget. A file under another name that turns out to be an
 * archive (by its content, as every format is told) is read in its one unit, its files one after the other. Either
 * way each file of an archive gets an outcome of its own, named {@code archive.zip!/path/in/archive}, in path order,
 * at the archive's place among the files; an archive that cannot be opened gets one failed outcome.
 *
 * <p>An archive is opened when its first unit runs and closed when its last one ends, so a run holds few archives
 * open whatever the number of archives it reads.
 */
final class ReadPlan implements AutoCloseable {

    private static final String ARCHIVE_TYPE = "application/zip";
    private static final String ARCHIVE_SUFFIX = ".zip";

    /** A file, or one file of an archive ({@code entry} null for the whole file). */
    private record Unit(Path file, String entry) {
    }

    /** An archive some units read: open once they start, with the units yet to end. */
    private static final class Shared {
        int left;
        ReportArchive archive;
        ReportReadException failure;
    }

    private final List<Unit> units;
    private final ReportParser parser;
    private final Outcome.Reader reader;
    private final Map<Path, Shared> archives = new HashMap<>();

    private ReadPlan(List<Unit> units, ReportParser parser, Outcome.Reader reader) {
        this.units = units;
        this.parser = parser;
        this.reader = reader;
    }

    /**
     * The plan for the files of a run.
     *
     * @param reader reads a whole file ({@link ReportParser#parse(Path)}, or a failure for a file not to be read)
     * @param listable whether a file may be opened as an archive while the run is planned (not one that a folder's
     *     walk could not read, or one not to be opened)
     */
    static ReadPlan of(List<Path> files, ReportParser parser, Outcome.Reader reader, Predicate<Path> listable) {
        List<Unit> units = new ArrayList<>(files.size());
        ReadPlan plan = new ReadPlan(units, parser, reader);
        for (Path file : files) {
            List<String> entries = isNamedArchive(file) && listable.test(file) ? entries(parser, file) : List.of();
            if (entries.isEmpty()) {
                units.add(new Unit(file, null));
            } else {
                entries.forEach(entry -> units.add(new Unit(file, entry)));
                plan.archives.computeIfAbsent(file, f -> new Shared()).left += entries.size();
            }
        }
        return plan;
    }

    /** How many units there are. */
    int size() {
        return units.size();
    }

    /** Reads one unit: the outcome of a file, or of each file of an archive the unit holds. */
    List<Outcome> read(int index) {
        Unit unit = units.get(index);
        return unit.entry() == null ? readFile(unit.file()) : readEntry(unit.file(), unit.entry());
    }

    /** The outcome of a unit abandoned over its time budget. */
    Outcome overBudget(int index, Duration budget) {
        return Outcome.overBudget(label(units.get(index)), budget);
    }

    /** Closes the archives still open: those of units abandoned over their time budget. */
    @Override
    public synchronized void close() {
        archives.values().stream().filter(shared -> shared.archive != null).forEach(shared -> shared.archive.close());
        archives.clear();
    }

    private List<Outcome> readFile(Path path) {
        String file = FileNames.of(path);
        return Outcome.isolated(file, () -> {
            try {
                return List.of(Outcome.parsed(file, reader.read(path)));
            } catch (ReportReadException e) {
                if (e.reason() != ReportReadException.Reason.UNSUPPORTED_FORMAT
                        || !e.detectedType().equals(Optional.of(ARCHIVE_TYPE))) {
                    throw e;
                }
            }
            try (ReportArchive archive = parser.openArchive(path)) {
                List<Outcome> outcomes = new ArrayList<>();
                for (String entry : archive.entries()) {
                    outcomes.addAll(Outcome.of(file, archive.parse(entry)));
                }
                return outcomes;
            }
        });
    }

    private List<Outcome> readEntry(Path path, String entry) {
        String file = FileNames.of(path);
        String label = file + ReportArchive.SEPARATOR + entry;
        return Outcome.isolated(label, () -> {
            ReportArchive archive = acquire(path);
            try {
                return Outcome.of(file, archive.parse(entry));
            } catch (IllegalArgumentException e) {
                throw ReportReadException.ioError(label, "no longer in the archive, which changed after the run "
                        + "listed it", e);
            } finally {
                release(path);
            }
        });
    }

    private synchronized ReportArchive acquire(Path path) throws ReportReadException {
        Shared shared = archives.get(path);
        if (shared.failure != null) {
            throw shared.failure;
        }
        if (shared.archive == null) {
            try {
                shared.archive = parser.openArchive(path);
            } catch (ReportReadException e) {
                shared.failure = e;
                throw e;
            }
        }
        return shared.archive;
    }

    private synchronized void release(Path path) {
        Shared shared = archives.get(path);
        if (shared != null && --shared.left == 0) {
            if (shared.archive != null) {
                shared.archive.close();
            }
            archives.remove(path);
        }
    }

    private static String label(Unit unit) {
        String file = FileNames.of(unit.file());
        return unit.entry() == null ? file : file + ReportArchive.SEPARATOR + unit.entry();
    }

    private static boolean isNamedArchive(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(ARCHIVE_SUFFIX)
                && Files.isRegularFile(file);
    }

    /** The files of an archive, or none if it is not one or cannot be opened: its one unit then says why. */
    private static List<String> entries(ReportParser parser, Path file) {
        try (ReportArchive archive = parser.openArchive(file)) {
            return archive.entries();
        } catch (ReportReadException e) {
            return List.of();
        }
    }
}
