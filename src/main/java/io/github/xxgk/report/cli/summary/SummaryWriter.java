package io.github.xxgk.report.cli.summary;

import io.github.xxgk.report.export.DiagnosticsCsv;
import io.github.xxgk.report.export.ReadFailure;
import io.github.xxgk.report.export.ReportWriter;
import io.github.xxgk.report.export.WideCsv;
import io.github.xxgk.report.model.AnnualReport;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Gathers a {@link BatchSummary} as a run converts: each report is written as the wide CSV and the diagnostics CSV
 * would write it, and those rows are what the summary reads, so {@code convert --summary} draws the same page as
 * {@code summarize} on the run's CSVs, whatever columns the wide CSV has.
 */
public final class SummaryWriter implements ReportWriter {

    private final StringWriter wideText = new StringWriter();
    private final StringWriter diagnosticsText = new StringWriter();
    private final WideCsv wide;
    private final DiagnosticsCsv diagnostics;
    private final BatchSummary summary;

    /** A writer whose summary has the wide CSV's columns and the diagnostics, and no rows yet. */
    public SummaryWriter() throws IOException {
        wide = new WideCsv(wideText);
        diagnostics = new DiagnosticsCsv(diagnosticsText);
        summary = BatchSummary.forHeader(Arrays.asList(rows(wideText).get(0)));
        summary.diagnosticsHeader(Arrays.asList(rows(diagnosticsText).get(0)));
    }

    @Override
    public void write(String file, AnnualReport report) throws IOException {
        wide.write(file, report);
        diagnostics.write(file, report);
        feed();
    }

    @Override
    public void write(ReadFailure failure) throws IOException {
        wide.write(failure);
        diagnostics.write(failure);
        feed();
    }

    /** Adds the diagnostics of a report to the summary, not its row: the {@code years.carry} findings of a run. */
    public void writeDiagnostics(String file, AnnualReport report) throws IOException {
        diagnostics.write(file, report);
        feed();
    }

    @Override
    public void flush() throws IOException {
        feed();
    }

    /** The summary of what was written so far. */
    public BatchSummary summary() {
        return summary;
    }

    private void feed() throws IOException {
        wide.flush();
        diagnostics.flush();
        rows(wideText).forEach(summary::addReport);
        rows(diagnosticsText).forEach(summary::addDiagnostic);
    }

    /** The rows written to a buffer since it was last read; the buffer is emptied. */
    private static List<String[]> rows(StringWriter buffer) throws IOException {
        String text = buffer.toString();
        buffer.getBuffer().setLength(0);
        List<String[]> rows = new ArrayList<>();
        SummaryCsv.forEachRow(new StringReader(text), "", rows::add);
        return rows;
    }
}
