package io.github.xxgk.report.export;

import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.ReportMetadata;
import io.github.xxgk.report.model.Severity;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * Writes the panel: one row per agency and year, with the columns {@link Codebook#panel()}. The reports of one
 * agency and year — the same report saved in several formats, a page and its PDF attachment — collapse into one row
 * that lists the files it came from. A value is taken where the files that give it agree; where two give different
 * values (numbers compared as numbers: 98.4361 and 98.43610 agree), the cell is left empty and the
 * {@code conflicts} column names it with each value and its file. Nothing is averaged or chosen.
 *
 * <p>An agency is identified by its name as the report prints it, white space removed (see {@link #agencyKey}).
 * Files that did not parse, documents that are no report, and reports without an agency or a year have no row;
 * {@link #leftOut()} counts them. Rows come sorted by agency, then year, and are written by {@link #finish()}, so
 * the writer holds the values of every report until then (the values only: a few kilobytes per report).
 */
public final class PanelCsv implements ReportWriter {

    /** The columns before the value columns, in order. */
    public static final List<String> LEADING_COLUMNS = List.of("agency", "year", "template", "files", "file_count",
            "errors", "warnings", "conflicts");

    private static final String FILE_SEPARATOR = " | ";

    private final CsvRows csv;
    private final Map<String, Map<Integer, Group>> groups = new TreeMap<>();
    private int leftOut;

    /** A writer onto this output, its header of column keys written. */
    public PanelCsv(Writer out) throws IOException {
        this(out, List.of(ColumnNames.KEYS));
    }

    private PanelCsv(Writer out, List<ColumnNames> header) throws IOException {
        this.csv = new CsvRows(out);
        for (List<String> row : Codebook.header(Codebook.panel(), header)) {
            csv.write(row);
        }
    }

    /** A writer onto this output, with one header row per entry of {@code rows}, each naming the columns as it says. */
    public static PanelCsv withHeader(Writer out, List<ColumnNames> rows) throws IOException {
        return new PanelCsv(out, rows);
    }

    /**
     * The key that identifies an agency across files: its name without white space. Two spellings of one agency
     * (平潭县人民政府 before 2012, 平潭综合实验区 after) stay two agencies.
     */
    public static String agencyKey(String agency) {
        return agency.replaceAll("\\s+", "");
    }

    /** Adds a report to its agency's and year's row; a report without both, or no report, is left out. */
    @Override
    public void write(String file, AnnualReport report) {
        ReportMetadata metadata = report.metadata();
        if (!report.isReport() || metadata.agency().isEmpty() || metadata.year().isEmpty()) {
            leftOut++;
            return;
        }
        List<String> row = WideCsv.row(file, report);
        List<String> values = List.copyOf(row.subList(WideCsv.LEADING_COLUMNS.size(), row.size()));
        groups.computeIfAbsent(agencyKey(metadata.agency().get()), key -> new TreeMap<>())
                .computeIfAbsent(metadata.year().getAsInt(), year -> new Group(metadata.agency().get()))
                .add(file, report, values);
    }

    /** Counts a file that could not be read: it has no row. */
    @Override
    public void write(ReadFailure failure) {
        leftOut++;
    }

    /** The number of files that have no row: unread, no report, or without an agency or a year. */
    public int leftOut() {
        return leftOut;
    }

    /** Writes the rows, sorted by agency, then year. */
    @Override
    public void finish() throws IOException {
        List<Column> columns = Codebook.panel();
        for (Map<Integer, Group> years : groups.values()) {
            for (Map.Entry<Integer, Group> year : years.entrySet()) {
                csv.write(year.getValue().row(year.getKey(), columns.subList(LEADING_COLUMNS.size(),
                        columns.size())));
            }
        }
        groups.clear();
    }

    @Override
    public void flush() throws IOException {
        csv.flush();
    }

    /** The files of one agency and year, and their values. */
    private static final class Group {
        private final String agency;
        private final List<String> files = new ArrayList<>();
        private final Set<String> templates = new LinkedHashSet<>();
        private final List<List<String>> values = new ArrayList<>();
        private long errors;
        private long warnings;

        Group(String agency) {
            this.agency = agency;
        }

        void add(String file, AnnualReport report, List<String> row) {
            files.add(file);
            templates.add(report.metadata().template().key());
            values.add(row);
            errors += report.diagnostics(Severity.ERROR).size();
            warnings += report.diagnostics(Severity.WARNING).size();
        }

        List<String> row(int year, List<Column> valueColumns) {
            List<String> merged = new ArrayList<>(valueColumns.size());
            StringJoiner conflicts = new StringJoiner("; ");
            if (templates.size() > 1) {
                conflicts.add("template: " + String.join(" ≠ ", templates));
            }
            for (int c = 0; c < valueColumns.size(); c++) {
                boolean numeric = valueColumns.get(c).type().isNumeric();
                Map<String, String[]> byValue = new LinkedHashMap<>();
                for (int f = 0; f < files.size(); f++) {
                    String value = values.get(f).get(c);
                    if (!value.isEmpty()) {
                        byValue.putIfAbsent(numeric ? new BigDecimal(value).stripTrailingZeros().toPlainString()
                                : value, new String[] {value, files.get(f)});
                    }
                }
                if (byValue.size() > 1) {
                    StringJoiner sides = new StringJoiner(" ≠ ");
                    byValue.values().forEach(side -> sides.add(side[0] + " (" + side[1] + ")"));
                    conflicts.add(valueColumns.get(c).name() + ": " + sides);
                    merged.add("");
                } else {
                    merged.add(byValue.isEmpty() ? "" : byValue.values().iterator().next()[0]);
                }
            }
            List<String> row = new ArrayList<>(List.of(agency, Integer.toString(year),
                    templates.size() == 1 ? templates.iterator().next() : "", String.join(FILE_SEPARATOR, files),
                    Integer.toString(files.size()), Long.toString(errors), Long.toString(warnings),
                    conflicts.toString()));
            row.addAll(merged);
            return row;
        }
    }
}
