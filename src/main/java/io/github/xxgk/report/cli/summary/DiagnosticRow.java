package io.github.xxgk.report.cli.summary;

import io.github.xxgk.report.export.Codebook;
import io.github.xxgk.report.export.Column;
import io.github.xxgk.report.export.DiagnosticsCsv;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One row of the diagnostics CSV ({@link DiagnosticsCsv#COLUMNS}).
 *
 * @param file the file the diagnostic is about
 * @param severity {@code error}, {@code warning} or {@code info}
 * @param code the diagnostic code, or {@code read.REASON} for a file that could not be read
 * @param table the table key, empty if none
 * @param row the row key, empty if none
 * @param column the column key, empty if none
 * @param message the message
 */
record DiagnosticRow(String file, String severity, String code, String table, String row, String column,
        String message) {

    /** The positions of {@link DiagnosticsCsv#COLUMNS} in a diagnostics CSV's header. */
    static int[] columns(List<String> header) {
        Map<String, String> keys = Codebook.diagnostics().stream()
                .collect(Collectors.toMap(Column::chineseName, Column::name));
        List<String> names = header.stream().map(String::strip).map(name -> keys.getOrDefault(name, name)).toList();
        int[] positions = DiagnosticsCsv.COLUMNS.stream().mapToInt(names::indexOf).toArray();
        String missing = DiagnosticsCsv.COLUMNS.stream().filter(name -> !names.contains(name))
                .collect(Collectors.joining(", "));
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("not a diagnostics CSV of xxgk-report convert: no column " + missing);
        }
        return positions;
    }

    /** The row with these cells, its columns where {@link #columns} found them. */
    static DiagnosticRow of(String[] cells, int[] columns) {
        return new DiagnosticRow(cells[columns[0]], cells[columns[1]], cells[columns[2]], cells[columns[3]],
                cells[columns[4]], cells[columns[5]], cells[columns[7]]);
    }

    /** Where the diagnostic points, {@code table.row.column} as far as it goes: "requests.new". */
    String place() {
        return Stream.of(table, row, column).filter(part -> !part.isEmpty()).collect(Collectors.joining("."));
    }
}
