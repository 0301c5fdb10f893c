package io.github.xxgk.report.export;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** The CSV dialect of every CSV this package writes: RFC 4180 quoting where needed, rows ending with {@code \n}. */
final class CsvRows implements Flushable {

    private final ICSVWriter csv;
    private final Writer out;

    CsvRows(Writer out) {
        this.out = out;
        this.csv = new CSVWriter(out, ICSVWriter.DEFAULT_SEPARATOR, ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                ICSVWriter.DEFAULT_ESCAPE_CHARACTER, "\n");
    }

    /** Writes one row; opencsv keeps write errors to itself, so they are rethrown here. */
    void write(List<String> row) throws IOException {
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
