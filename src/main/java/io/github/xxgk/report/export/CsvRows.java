package io.github.xxgk.report.export;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The CSV dialect of every CSV this package writes: RFC 4180 quoting where needed, rows ending with {@code \n}, and
 * text that a spreadsheet would run as a formula made inert. A cell that begins with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return, and is not a number, gets a leading {@code '} (OWASP's advice
 * against CSV injection): a file named {@code =HYPERLINK(…).txt} is shown by Excel, not run. Numbers, negative ones
 * included, are written as they are.
 */
final class CsvRows implements Flushable {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final ICSVWriter csv;
    private final Writer out;

    CsvRows(Writer out) {
        this.out = out;
        this.csv = new CSVWriter(out, ICSVWriter.DEFAULT_SEPARATOR, ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                ICSVWriter.DEFAULT_ESCAPE_CHARACTER, "\n");
    }

    /** Writes one row; opencsv keeps write errors to itself, so they are rethrown here. */
    void write(List<String> row) throws IOException {
        csv.writeNext(row.stream().map(CsvRows::inert).toArray(String[]::new), false);
        IOException error = csv.getException();
        if (error != null) {
            throw error;
        }
    }

    /** The cell, with a leading {@code '} if a spreadsheet would take it for a formula. */
    static String inert(String cell) {
        boolean formula = !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0
                && !NUMBER.matcher(cell).matches();
        return formula ? "'" + cell : cell;
    }

    @Override
    public void flush() throws IOException {
        csv.flush();
        out.flush();
    }
}
