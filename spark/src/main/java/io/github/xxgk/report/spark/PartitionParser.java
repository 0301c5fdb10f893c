package io.github.xxgk.report.spark;

import io.github.xxgk.report.ReportParser;
import io.github.xxgk.report.ReportReadException;
import io.github.xxgk.report.export.ReadFailure;
import java.time.Duration;
import java.util.Iterator;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.TaskCompletionListener;

/**
 * Parses the files of one partition, rows of {@code path} and {@code content}, into their outcomes
 * ({@link Tables#OUTCOMES}), one for each file in the partition's order, with one {@link ReportParser} for the
 * partition. Whatever goes wrong with a file becomes its failed row: a file that cannot be read, a parse that throws,
 * a parse over the time budget (abandoned, with reason {@code limit_exceeded}). The outcome of a file depends on its
 * path and bytes alone, so a task Spark runs again gives the same rows, bar a file whose parse takes about as long
 * as the budget.
 */
final class PartitionParser implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

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
            @Override
            public boolean hasNext() {
                boolean more = files.hasNext();
                if (!more) {
                    budget.close();
                }
                return more;
            }

            @Override
            public Row next() {
                Row file = files.next();
                return outcome(parser, budget, file.getString(0), (byte[]) file.get(1));
            }
        };
    }

    private Row outcome(ReportParser parser, TimeBudget budget, String file, byte[] content) {
        try {
            return budget.run(() -> parse(parser, file, content)).orElseGet(() -> Tables.outcome(
                    new ReadFailure(file, ReportReadException.Reason.LIMIT_EXCEEDED.key(),
                            "took longer than the time budget of " + text(options.timeout()) + "; abandoned")));
        } catch (InterruptedException e) {
            // Spark is killing the task: let it.
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parsing " + file, e);
        }
    }

    /** A time budget as the message of a file over it says it: "60 seconds", "250 ms". */
    static String text(Duration budget) {
        return budget.toMillis() % 1000 == 0 ? budget.toSeconds() + " seconds" : budget.toMillis() + " ms";
    }

    /** The outcome of one file: its report, or why it could not be read. */
    static Row parse(ReportParser parser, String file, byte[] content) {
        try {
            return Tables.outcome(file, parser.parse(content, file.substring(file.lastIndexOf('/') + 1)));
        } catch (ReportReadException e) {
            return Tables.outcome(ReadFailure.of(file, e));
        } catch (RuntimeException | Error e) {
            // A parse that fails unexpectedly (a bug, memory run out on one file) fails that file, not the task.
            return Tables.outcome(new ReadFailure(file, ReadFailure.INTERNAL_ERROR, String.valueOf(e)));
        }
    }

    /** The outcome of a file larger than the parser takes, which is never read. */
    static Row tooLarge(String file, long maxInputBytes) {
        return Tables.outcome(new ReadFailure(file, ReportReadException.Reason.LIMIT_EXCEEDED.key(),
                "larger than the maximum input size of " + maxInputBytes + " bytes (maxInputBytes)"));
    }
}
