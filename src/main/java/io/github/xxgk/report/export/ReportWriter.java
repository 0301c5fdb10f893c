package io.github.xxgk.report.export;

import io.github.xxgk.report.model.AnnualReport;
import java.io.Flushable;
import java.io.IOException;

/**
 * What every output format of this package is: a writer that, once constructed, has written its header (if the
 * format has one), then writes each source file as it comes, a parsed report or a {@link ReadFailure}, in the order
 * given. A batch that writes every file it was given, read or not, has a row (or line) for each of them.
 *
 * <p>Writers are not thread-safe. They buffer nothing themselves beyond the underlying writer (but for a format whose
 * rows combine files, which writes them in {@link #finish()}), which they never close; {@link #flush()} flushes it.
 */
public interface ReportWriter extends Flushable {

    /** Writes a read file's report: its row, rows or line, as the format gives it. */
    void write(String file, AnnualReport report) throws IOException;

    /** Writes a file that could not be read. */
    void write(ReadFailure failure) throws IOException;

    /**
     * Writes what a format can write only once every file is in, such as {@link PanelCsv}'s rows; called once,
     * after the last file. Formats that write each file as it comes write nothing here.
     */
    default void finish() throws IOException {
    }
}
