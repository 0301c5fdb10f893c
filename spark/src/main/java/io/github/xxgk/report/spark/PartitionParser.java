package io.github.xxgk.report.spark;

import io.github.xxgk.report.ArchiveEntry;
import io.github.xxgk.report.ReportArchive;
import io.github.xxgk.report.ReportParser;
import io.github.xxgk.report.ReportReadException;
import io.github.xxgk.report.export.ReadFailure;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.TaskCompletionListener;

/**
 * Parses the files of one partition, rows of {@code path} and {@code content}, into their outcomes
 * ({@link Tables#OUTCOMES}) in the partition's order, with one {@link ReportParser} for the partition: one outcome
 * per file, except for a ZIP archive of reports, which gives one per file in it ({@code archive.zip!/path}, in path
 * order), as the command line reads archives. Whatever goes wrong with a file becomes its failed row: a file that
 * cannot be read, a parse that throws, a parse over the time budget (abandoned, with reason {@code limit_exceeded};
 * each file of an archive has a budget of its own). The outcome of a file depends on its path and bytes alone, so a
 * task Spark runs again gives the same rows, bar a file whose parse takes about as long as the budget.
 */
final class PartitionParser implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    private static final String ARCHIVE_TYPE = "application/zip";

    private final ConversionOptions options;

    PartitionParser(ConversionOptions options) {
        this.options = options;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> files) {
        ReportParser parser = ReportParser.create(options.parserOptions());
        TaskContext task = TaskContext.get();
        TimeBudget budget = new TimeBudget(options.timeout(),
                "xxgk-parse-" + (task == null ? "local" : task.stageId() + "." + task.partitionId()));
        if (task != null) {
            task.addTaskCompletionListener((TaskCompletionListener) context -> budget.close());
        }
        return new Iterator<>() {
            private final Deque<Row> pending = new ArrayDeque<>();

            @Override
            public boolean hasNext() {
                while (pending.isEmpty() && files.hasNext()) {
                    Row file = files.next();
                    pending.addAll(outcomes(parser, budget, file.getString(0), (byte[]) file.get(1)));
                }
                if (pending.isEmpty()) {
                    budget.close();
                }
                return !pending.isEmpty();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return pending.poll();
            }
        };
    }

    /** The outcomes of one file: one, or one per file of an archive. */
    private List<Row> outcomes(ReportParser parser, TimeBudget budget, String file, byte[] content) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        Row single = within(budget, file, () -> parseUnlessArchive(parser, file, name, content));
        return single != null ? List.of(single) : archiveOutcomes(parser, budget, file, name, content);
    }

    /** The outcome of a file that is not an archive; null for an archive. */
    private static Row parseUnlessArchive(ReportParser parser, String file, String name, byte[] content)
            throws ReportReadException {
        try {
            return Tables.outcome(file, parser.parse(content, name));
        } catch (ReportReadException e) {
            if (e.reason() == ReportReadException.Reason.UNSUPPORTED_FORMAT
                    && e.detectedType().equals(Optional.of(ARCHIVE_TYPE))) {
                return null;
            }
            throw e;
        }
    }

    /** The outcomes of the files of an archive, each within its own budget; one failed outcome if it cannot be opened. */
    private List<Row> archiveOutcomes(ReportParser parser, TimeBudget budget, String file, String name,
            byte[] content) {
        try (ReportArchive archive = parser.openArchive(content, name)) {
            List<Row> outcomes = new ArrayList<>();
            for (String entry : archive.entries()) {
                String label = file + ReportArchive.SEPARATOR + entry;
                List<Row> read = new ArrayList<>();
                Row failed = within(budget, label, () -> {
                    for (ArchiveEntry parsed : archive.parse(entry)) {
                        String path = file + ReportArchive.SEPARATOR + parsed.path();
                        read.add(parsed.report().map(report -> Tables.outcome(path, report)).orElseGet(
                                () -> Tables.outcome(ReadFailure.of(path, parsed.failure().orElseThrow()))));
                    }
                    return null;
                });
                if (failed == null) {
                    outcomes.addAll(read);
                } else {
                    outcomes.add(failed);
                }
            }
            return outcomes;
        } catch (ReportReadException e) {
            return List.of(Tables.outcome(ReadFailure.of(file, e)));
        }
    }

    /**
     * Runs a parse within the budget, turning whatever goes wrong into the failed outcome of {@code file}; the
     * parse's own result (null if it leaves its outcomes elsewhere) otherwise.
     */
    private Row within(TimeBudget budget, String file, Callable<Row> parse) {
        try {
            Optional<Optional<Row>> result = budget.run(() -> isolated(file, parse));
            return result.isEmpty() ? overBudget(file) : result.get().orElse(null);
        } catch (InterruptedException e) {
            // Spark is killing the task: let it.
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parsing " + file, e);
        }
    }

    private static Optional<Row> isolated(String file, Callable<Row> parse) {
        try {
            return Optional.ofNullable(parse.call());
        } catch (ReportReadException e) {
            return Optional.of(Tables.outcome(ReadFailure.of(file, e)));
        } catch (Exception | Error e) {
            // A parse that fails unexpectedly (a bug, memory run out on one file) fails that file, not the task.
            return Optional.of(Tables.outcome(new ReadFailure(file, ReadFailure.INTERNAL_ERROR, String.valueOf(e))));
        }
    }

    private Row overBudget(String file) {
        return Tables.outcome(new ReadFailure(file, ReportReadException.Reason.LIMIT_EXCEEDED.key(),
                "took longer than the time budget of " + text(options.timeout()) + "; abandoned"));
    }

    /** A time budget as the message of a file over it says it: "60 seconds", "250 ms". */
    static String text(Duration budget) {
        return budget.toMillis() % 1000 == 0 ? budget.toSeconds() + " seconds" : budget.toMillis() + " ms";
    }

    /** The outcome of a file larger than the parser takes, which is never read. */
    static Row tooLarge(String file, long maxInputBytes) {
        return Tables.outcome(new ReadFailure(file, ReportReadException.Reason.LIMIT_EXCEEDED.key(),
                "larger than the maximum input size of " + maxInputBytes + " bytes (maxInputBytes)"));
    }
}
