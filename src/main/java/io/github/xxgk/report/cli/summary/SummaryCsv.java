package io.github.xxgk.report.cli.summary;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;
import com.opencsv.exceptions.CsvMalformedLineException;
import io.github.xxgk.report.export.Codebook;
import io.github.xxgk.report.export.Column;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads the CSVs {@code convert} writes into a {@link BatchSummary}: RFC 4180 quoting (a backslash is text, as in
 * the {@code \xNN} of a file name), a leading byte-order mark ({@code --bom}) skipped.
 */
public final class SummaryCsv {

    private static final char BOM = '\uFEFF';

    private SummaryCsv() {
    }

    /**
     * The summary of a wide CSV and, if given, its diagnostics CSV.
     *
     * @param reports the wide CSV
     * @param reportsName its name, for messages
     * @param diagnostics the diagnostics CSV, if any
     * @param diagnosticsName its name, for messages
     * @throws IOException if a CSV cannot be read, or is not one {@code convert} writes (the message names it)
     */
    public static BatchSummary read(Reader reports, String reportsName, Optional<Reader> diagnostics,
            String diagnosticsName) throws IOException {
        BatchSummary[] summary = new BatchSummary[1];
        boolean[] second = new boolean[1];
        forEachRow(reports, reportsName, row -> {
            if (summary[0] == null) {
                summary[0] = BatchSummary.forHeader(header(row));
                second[0] = true;
            } else if (!second[0] || !WideColumns.isChineseHeader(Arrays.asList(row))) {
                summary[0].addReport(row);
            }
            second[0] = false;
        });
        if (summary[0] == null) {
            throw new IOException(reportsName + ": empty, not a wide CSV of xxgk-report convert");
        }
        if (diagnostics.isPresent()) {
            boolean[] headed = new boolean[1];
            forEachRow(diagnostics.get(), diagnosticsName, row -> {
                if (headed[0]) {
                    if (!second[0] || !isChineseDiagnosticsHeader(row)) {
                        summary[0].addDiagnostic(row);
                    }
                    second[0] = false;
                } else {
                    second[0] = true;
                    summary[0].diagnosticsHeader(header(row));
                    headed[0] = true;
                }
            });
            if (!headed[0]) {
                throw new IOException(diagnosticsName + ": empty, not a diagnostics CSV of xxgk-report convert");
            }
        }
        return summary[0];
    }

    /**
     * Hands each row of a CSV to {@code action}, in order; a header the action refuses
     * ({@link IllegalArgumentException}) or a row the CSV parser cannot read fails with the name and line.
     */
    static void forEachRow(Reader in, String name, Consumer<String[]> action) throws IOException {
        try (CSVReader reader = new CSVReaderBuilder(in).withCSVParser(new RFC4180ParserBuilder().build()).build()) {
            String[] row;
            while ((row = reader.readNext()) != null) {
                try {
                    action.accept(row);
                } catch (IllegalArgumentException e) {
                    throw new IOException(name + ": " + e.getMessage(), e);
                }
            }
        } catch (CsvMalformedLineException e) {
            throw new IOException(name + ": line " + e.getLineNumber() + ": " + e.getMessage(), e);
        } catch (CsvException e) {
            throw new IOException(name + ": line " + e.getLineNumber() + ": " + e.getMessage(), e);
        }
    }

    private static boolean isChineseDiagnosticsHeader(String[] row) {
        return Arrays.asList(row).equals(Codebook.diagnostics().stream().map(Column::chineseName).toList());
    }

    private static List<String> header(String[] row) {
        String[] header = row.clone();
        if (header.length > 0 && !header[0].isEmpty() && header[0].charAt(0) == BOM) {
            header[0] = header[0].substring(1);
        }
        return Arrays.asList(header);
    }
}
