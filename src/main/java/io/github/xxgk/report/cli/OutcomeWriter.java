package io.github.xxgk.report.cli;

import io.github.xxgk.report.export.DiagnosticsCsv;
import io.github.xxgk.report.export.JsonLines;
import io.github.xxgk.report.export.LongCsv;
import io.github.xxgk.report.export.WideCsv;
import io.github.xxgk.report.model.AnnualReport;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;

/** Writes each outcome of a run in one of the output formats; the header, if any, is written on opening. */
interface OutcomeWriter {

    /** Writes the rows or line of one file. */
    void write(Outcome outcome) throws IOException;

    /** Flushes what is buffered; the underlying writer stays open. */
    void flush() throws IOException;

    /** The {@code --format} of {@code convert}'s main output. */
    enum Format {
        /** One CSV row per file, one column per cell. */
        WIDE,
        /** One CSV row per value. */
        LONG,
        /** One JSON object per file per line. */
        JSONL;

        /** Opens a writer of this format, writing its header: with Chinese column names if asked (wide only). */
        OutcomeWriter open(Writer out, boolean chineseHeader) throws IOException {
            return switch (this) {
                case WIDE -> wide(out, chineseHeader);
                case LONG -> longForm(out);
                case JSONL -> jsonLines(out);
            };
        }
    }

    private static OutcomeWriter wide(Writer out, boolean chineseHeader) throws IOException {
        WideCsv csv = new WideCsv(out);
        if (chineseHeader) {
            csv.writeChineseHeader();
        } else {
            csv.writeHeader();
        }
        return of(csv::writeReport, failed -> csv.writeFailure(failed.file(), failed.failureText()), csv::flush);
    }

    private static OutcomeWriter longForm(Writer out) throws IOException {
        LongCsv csv = new LongCsv(out);
        csv.writeHeader();
        return of(csv::writeReport, failed -> csv.writeFailure(failed.file()), csv::flush);
    }

    private static OutcomeWriter jsonLines(Writer out) {
        JsonLines lines = new JsonLines(out);
        return of(lines::writeReport, failed -> lines.writeFailure(failed.file(), failed.failureText()), lines::flush);
    }

    /** A writer of every diagnostic of every file ({@code --diagnostics}), its header written. */
    static OutcomeWriter diagnostics(Writer out) throws IOException {
        DiagnosticsCsv csv = new DiagnosticsCsv(out);
        csv.writeHeader();
        return of(csv::writeReport, failed -> csv.writeFailure(failed.file(), failed.reason(), failed.message()),
                csv::flush);
    }

    /** A writer that hands a read file's report to one method and a failed file to another. */
    private static OutcomeWriter of(ReportRows reports, FailureRows failures, Flushable flushable) {
        return new OutcomeWriter() {
            @Override
            public void write(Outcome outcome) throws IOException {
                if (outcome.report().isPresent()) {
                    reports.write(outcome.file(), outcome.report().get());
                } else {
                    failures.write(outcome);
                }
            }

            @Override
            public void flush() throws IOException {
                flushable.flush();
            }
        };
    }

    /** Writes the rows of a read file. */
    @FunctionalInterface
    interface ReportRows {
        void write(String file, AnnualReport report) throws IOException;
    }

    /** Writes the rows of a file that could not be read. */
    @FunctionalInterface
    interface FailureRows {
        void write(Outcome failed) throws IOException;
    }
}
