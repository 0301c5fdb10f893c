package io.github.xxgk.report.cli;

import io.github.xxgk.report.ArchiveEntry;
import io.github.xxgk.report.ReportArchive;
import io.github.xxgk.report.ReportParser;
import io.github.xxgk.report.ReportReadException;
import io.github.xxgk.report.export.ReadFailure;
import io.github.xxgk.report.export.ReportWriter;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.Severity;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of one input file, or of one file of a ZIP archive: its report, or why it could not be read.
 *
 * @param file the path as given or found, as it appears in the output ({@code archive.zip!/path} for a file of
 *     an archive)
 * @param report the report, if the file was read
 * @param reason for a failed file, the reason key ({@code empty}, …, or {@link ReadFailure#INTERNAL_ERROR}); empty
 *     otherwise
 * @param message for a failed file, what went wrong in a sentence; empty otherwise
 */
record Outcome(String file, Optional<AnnualReport> report, String reason, String message) {

    /** Reads one file into a report: {@link ReportParser#parse(Path)}, in the commands. */
    @FunctionalInterface
    interface Reader {
        AnnualReport read(Path file) throws ReportReadException;
    }

    Outcome {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }

    /** Reads the outcomes of one unit of a run; a failure of the whole unit is thrown. */
    @FunctionalInterface
    interface Unit {
        List<Outcome> read() throws ReportReadException;
    }

    /**
     * Parses one file, isolating the run from whatever goes wrong with it: a file that cannot be read, and any
     * exception or error its parse throws (a stack overflow on deep nesting, running out of memory on one huge
     * file, a bug), becomes a failed outcome instead of stopping the run.
     */
    static Outcome parse(Reader reader, Path path) {
        String file = FileNames.of(path);
        return isolated(file, () -> List.of(parsed(file, reader.read(path)))).get(0);
    }

    /**
     * Reads one unit, isolated as {@link #parse} isolates a file: a failure of the whole unit, or anything else it
     * throws, becomes the one failed outcome of {@code file}.
     */
    static List<Outcome> isolated(String file, Unit unit) {
        try {
            return unit.read();
        } catch (ReportReadException e) {
            return List.of(failed(file, e));
        } catch (RuntimeException | Error e) {
            return List.of(new Outcome(file, Optional.empty(), ReadFailure.INTERNAL_ERROR, String.valueOf(e)));
        }
    }

    /** The outcome of a file that was read. */
    static Outcome parsed(String file, AnnualReport report) {
        return new Outcome(file, Optional.of(report), "", "");
    }

    /** The outcome of a file that could not be read. */
    static Outcome failed(String file, ReportReadException e) {
        ReadFailure failure = ReadFailure.of(file, e);
        return new Outcome(file, Optional.empty(), failure.reason(), failure.message());
    }

    /** The outcomes of files of an archive, each named {@code archive!/path}. */
    static List<Outcome> of(String archive, List<ArchiveEntry> entries) {
        List<Outcome> outcomes = new ArrayList<>(entries.size());
        for (ArchiveEntry entry : entries) {
            String file = archive + ReportArchive.SEPARATOR + entry.path();
            outcomes.add(entry.report().map(report -> parsed(file, report))
                    .orElseGet(() -> failed(file, entry.failure().orElseThrow())));
        }
        return outcomes;
    }

    /**
     * The outcome of a file whose parse ran over the time budget and was abandoned: a failure with reason
     * {@code limit_exceeded}, like any other bound.
     */
    static Outcome overBudget(String file, Duration budget) {
        return new Outcome(file, Optional.empty(), ReportReadException.Reason.LIMIT_EXCEEDED.key(),
                "took longer than the time budget of " + budget.toSeconds() + " seconds (--timeout-seconds); "
                        + "abandoned");
    }

    /** Whether the file was read. */
    boolean parsed() {
        return report.isPresent();
    }

    /** Whether the file was read and has a diagnostic of this severity. */
    boolean has(Severity severity) {
        return report.filter(r -> r.diagnostics().stream().anyMatch(d -> d.severity() == severity)).isPresent();
    }

    /** For a failed file, why: its reason and message. */
    ReadFailure failure() {
        return new ReadFailure(file, reason, message);
    }

    /** Writes the outcome: the report of a read file, the failure of one that could not be read. */
    void writeTo(ReportWriter writer) throws IOException {
        if (report.isPresent()) {
            writer.write(file, report.get());
        } else {
            writer.write(failure());
        }
    }
}
