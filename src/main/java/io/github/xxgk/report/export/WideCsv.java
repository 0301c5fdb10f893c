package io.github.xxgk.report.export;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.CellKey;
import io.github.xxgk.report.model.ReportMetadata;
import io.github.xxgk.report.model.Severity;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes reports as the wide CSV: one row per source file, with the columns {@code file}, {@code status}
 * ({@code parsed} or {@code failed}), {@code template}, {@code agency}, {@code year}, {@code errors},
 * {@code warnings}, {@code message}, then one column per cell key of the spec in {@link CellKey#all()} order,
 * empty where the report does not give the cell.
 *
 * <p>Quoting is opencsv's (RFC 4180); rows end with {@code \n}. The writer does not close the underlying stream.
 */
public final class WideCsv implements Flushable {

    /** The columns before the cell columns, in order. */
    public static final List<String> LEADING_COLUMNS = List.of("file", "status", "template", "agency", "year",
            "errors", "warnings", "message");

    private final ICSVWriter csv;
    private final Writer out;

    /** A writer onto this output; call {@link #writeHeader()} first. */
    public WideCsv(Writer out) {
        this.out = out;
        this.csv = new CSVWriter(out, ICSVWriter.DEFAULT_SEPARATOR, ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                ICSVWriter.DEFAULT_ESCAPE_CHARACTER, "\n");
    }

    /** Every column name, in order. */
    public static List<String> columns() {
        List<String> columns = new ArrayList<>(LEADING_COLUMNS);
        CellKey.all().forEach(key -> columns.add(key.key()));
        return List.copyOf(columns);
    }

    /** Writes the header row. */
    public void writeHeader() throws IOException {
        write(columns());
    }

    /** Writes the row of a parsed report. */
    public void writeReport(String file, AnnualReport report) throws IOException {
        ReportMetadata metadata = report.metadata();
        List<String> row = new ArrayList<>(LEADING_COLUMNS.size() + CellKey.all().size());
        row.add(file);
        row.add("parsed");
        row.add(metadata.template().key());
        row.add(metadata.agency().orElse(""));
        row.add(metadata.year().isPresent() ? Integer.toString(metadata.year().getAsInt()) : "");
        row.add(Integer.toString(report.diagnostics(Severity.ERROR).size()));
        row.add(Integer.toString(report.diagnostics(Severity.WARNING).size()));
        row.add("");
        for (CellKey key : CellKey.all()) {
            row.add(report.value(key).map(BigDecimal::toPlainString).orElse(""));
        }
        write(row);
    }

    /** Writes the row of a file that could not be read, with the reason. */
    public void writeFailure(String file, String message) throws IOException {
        List<String> row = new ArrayList<>(LEADING_COLUMNS.size() + CellKey.all().size());
        row.add(file);
        row.add("failed");
        row.add("");
        row.add("");
        row.add("");
        row.add("");
        row.add("");
        row.add(message);
        for (int i = 0; i < CellKey.all().size(); i++) {
            row.add("");
        }
        write(row);
    }

    private void write(List<String> row) throws IOException {
        csv.writeNext(row.toArray(String[]::new), false);
        IOException error = csv.getException();
        if (error != null) {
            throw error;
        }
    }

    @Override
    public void flush() throws IOException {
        csv.flush();
        out.flush();
    }
}
