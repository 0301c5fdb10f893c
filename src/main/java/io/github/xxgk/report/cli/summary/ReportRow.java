package io.github.xxgk.report.cli.summary;

import io.github.xxgk.report.model.Template;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * One row of the wide CSV, its leading columns read: what every part of the summary needs of a file.
 *
 * @param cells the row's cells, in the header's order
 * @param file the {@code file} column
 * @param status {@code parsed}, {@code not_a_report} or {@code failed} (or whatever else the column holds)
 * @param template the template of a parsed report; empty if the column is empty or unknown to this version
 * @param agency the {@code agency} column, empty if the report names none
 * @param year the reporting year, if the column holds one
 * @param errors the {@code errors} column, 0 if empty
 * @param warnings the {@code warnings} column, 0 if empty
 * @param message the {@code message} column
 * @param format the {@code format} column if the CSV has one and it is not empty, else the file name's extension
 */
record ReportRow(String[] cells, String file, String status, Optional<Template> template, String agency,
        OptionalInt year, int errors, int warnings, String message, String format) {

    /** The status of a parsed report. */
    static final String PARSED = "parsed";
    /** The status of a document with no report in it. */
    static final String NOT_A_REPORT = "not_a_report";
    /** The status of a file that could not be read. */
    static final String FAILED = "failed";
    /** The format of a file whose name has no extension the summary can show. */
    static final String NO_EXTENSION = "(none)";

    private static final Pattern WHOLE = Pattern.compile("-?\\d{1,9}");
    private static final Pattern EXTENSION = Pattern.compile("[a-z0-9]{1,8}");

    /** Reads the leading columns of a row that has as many cells as the header. */
    static ReportRow of(String[] cells, WideColumns columns) {
        String file = cells[columns.leading("file")];
        String format = columns.format().map(i -> cells[i]).filter(f -> !f.isEmpty())
                .orElseGet(() -> extension(file));
        OptionalInt year = whole(cells[columns.leading("year")]);
        return new ReportRow(cells, file, cells[columns.leading("status")],
                template(cells[columns.leading("template")]), cells[columns.leading("agency")],
                year, whole(cells[columns.leading("errors")]).orElse(0),
                whole(cells[columns.leading("warnings")]).orElse(0), cells[columns.leading("message")], format);
    }

    /** Whether the row is that of a parsed report (not a document without one, not a failure). */
    boolean isReport() {
        return status.equals(PARSED);
    }

    /** The agency and the year, as a row of the page names a report: "吴忠市民政局 2021". */
    String label() {
        return (agency + (year.isPresent() ? " " + year.getAsInt() : "")).strip();
    }

    /** Whether a cell is empty: absent, as the wide CSV writes it. */
    boolean isEmpty(int column) {
        return cells[column].isEmpty();
    }

    /**
     * The lower-case extension of the file name, as the format of a CSV that does not record one; a name without
     * one, or with one of more than 8 letters and digits, is {@link #NO_EXTENSION}.
     */
    static String extension(String file) {
        String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        String extension = dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return EXTENSION.matcher(extension).matches() ? extension : NO_EXTENSION;
    }

    private static Optional<Template> template(String key) {
        return Arrays.stream(Template.values()).filter(t -> t.key().equals(key)).findFirst();
    }

    private static OptionalInt whole(String text) {
        return WHOLE.matcher(text).matches() ? OptionalInt.of(Integer.parseInt(text)) : OptionalInt.empty();
    }
}
