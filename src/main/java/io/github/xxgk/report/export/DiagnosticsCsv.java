package io.github.xxgk.report.export;

import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.Diagnostic;
import io.github.xxgk.report.model.Location;
import io.github.xxgk.report.model.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the diagnostics of reports as CSV, one row per diagnostic, with the columns {@link #COLUMNS}; a part of
 * the location that is absent is empty.
 *
 * <p>A file that could not be read at all gets one row with severity {@code error} and the code
 * {@code read.REASON}, REASON being the {@link io.github.xxgk.report.ReportReadException.Reason#key() reason key}
 * (e.g. {@code read.empty}, {@code read.unsupported_format}) or {@code internal_error}; see
 * {@link #readFailureCode(String)}. Quoting is RFC 4180's; rows end with {@code \n}. The writer does not close the
 * underlying stream.
 */
public final class DiagnosticsCsv implements ReportWriter {

    /** The columns, in order. */
    public static final List<String> COLUMNS = Codebook.diagnostics().stream().map(Column::name).toList();

    private static final String READ_PREFIX = "read.";

    private final CsvRows csv;

    /** A writer onto this output, its header ({@link #COLUMNS}) written. */
    public DiagnosticsCsv(Writer out) throws IOException {
        this(out, List.of(ColumnNames.KEYS));
    }

    private DiagnosticsCsv(Writer out, List<ColumnNames> header) throws IOException {
        this.csv = new CsvRows(out);
        for (List<String> row : Codebook.header(Codebook.diagnostics(), header)) {
            csv.write(row);
        }
    }

    /** A writer onto this output, with one header row per entry of {@code rows}, each naming the columns as it says. */
    public static DiagnosticsCsv withHeader(Writer out, List<ColumnNames> rows) throws IOException {
        return new DiagnosticsCsv(out, rows);
    }

    /** The code of the row of a file that could not be read for this reason, e.g. {@code read.empty}. */
    public static String readFailureCode(String reasonKey) {
        return READ_PREFIX + reasonKey;
    }

    /** Writes one row per diagnostic of the report, in the report's order; none if it has none. */
    @Override
    public void write(String file, AnnualReport report) throws IOException {
        for (List<String> row : rows(file, report)) {
            csv.write(row);
        }
    }

    /**
     * The values of the report's rows, each in the order of {@link #COLUMNS}, as {@link #write(String,
     * AnnualReport)} writes them before CSV quoting: an absent part of a location is an empty string. For tables of
     * other kinds than CSV built with the same columns.
     */
    public static List<List<String>> rows(String file, AnnualReport report) {
        List<List<String>> rows = new ArrayList<>(report.diagnostics().size());
        for (Diagnostic diagnostic : report.diagnostics()) {
            Location location = diagnostic.location();
            rows.add(List.of(file, diagnostic.severity().key(), diagnostic.code().code(),
                    location.table().orElse(""), location.row().orElse(""), location.column().orElse(""),
                    location.line().isPresent() ? Integer.toString(location.line().getAsInt()) : "",
                    diagnostic.message()));
        }
        return rows;
    }

    /** Writes the row of a file that could not be read: severity {@code error}, code {@code read.REASON}. */
    @Override
    public void write(ReadFailure failure) throws IOException {
        csv.write(row(failure));
    }

    /** The values of the row of a file that could not be read, as {@link #write(ReadFailure)} writes them. */
    public static List<String> row(ReadFailure failure) {
        return List.of(failure.file(), Severity.ERROR.key(), readFailureCode(failure.reason()), "", "", "", "",
                failure.message());
    }

    @Override
    public void flush() throws IOException {
        csv.flush();
    }
}
