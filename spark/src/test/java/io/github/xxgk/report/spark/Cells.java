package io.github.xxgk.report.spark;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;

/** Compares the rows of a Spark table with the rows of the CLI's CSV, cell for cell. */
final class Cells {

    private Cells() {
    }

    /** A Spark path as the CLI names the same local file: {@code file:/a/b.txt} is {@code /a/b.txt}. */
    static String cliFile(String sparkPath) {
        return sparkPath.startsWith("file:") ? sparkPath.substring("file:".length()) : sparkPath;
    }

    /**
     * Every cell in which the Spark rows differ from the CSV's (header first, one row per file), as
     * {@code file: column: CSV value != Spark value}, plus the files only one side has.
     */
    static List<String> mismatches(List<String[]> csv, List<Row> rows) {
        String[] header = csv.get(0);
        Map<String, Row> byFile = new HashMap<>();
        for (Row row : rows) {
            Row previous = byFile.put(cliFile(row.getString(0)), row);
            if (previous != null) {
                return List.of("two rows for " + row.getString(0));
            }
        }
        List<String> mismatches = new ArrayList<>();
        if (rows.isEmpty() || !Arrays.equals(header, rows.get(0).schema().fieldNames())) {
            mismatches.add("columns differ");
        }
        for (String[] line : csv.subList(1, csv.size())) {
            Row row = byFile.remove(line[0]);
            if (row == null) {
                mismatches.add(line[0] + ": no Spark row");
                continue;
            }
            for (int i = 1; i < header.length; i++) {
                if (!same(line[i], row.get(i))) {
                    mismatches.add(line[0] + ": " + header[i] + ": " + line[i] + " != " + row.get(i));
                }
            }
        }
        byFile.keySet().forEach(file -> mismatches.add(file + ": no CSV row"));
        return mismatches;
    }

    /** Whether a Spark value is the CSV's cell: null for an empty cell, a number of the same value, equal text. */
    static boolean same(String cell, Object value) {
        if (value == null) {
            return cell.isEmpty();
        }
        if (value instanceof BigDecimal decimal) {
            return !cell.isEmpty() && new BigDecimal(cell).compareTo(decimal) == 0;
        }
        return cell.equals(value.toString());
    }

    /**
     * Every difference between the Spark diagnostics and the CSV's (header first), file by file and in order; the
     * CSV's {@code years.carry} rows, which compare files with each other, are left out.
     */
    static List<String> diagnosticMismatches(List<String[]> csv, List<Row> rows) {
        Map<String, List<String[]>> expected = new HashMap<>();
        for (String[] line : csv.subList(1, csv.size())) {
            if (!line[2].equals("years.carry")) {
                expected.computeIfAbsent(line[0], file -> new ArrayList<>()).add(line);
            }
        }
        Map<String, List<Row>> actual = new HashMap<>();
        for (Row row : rows) {
            actual.computeIfAbsent(cliFile(row.getString(0)), file -> new ArrayList<>()).add(row);
        }
        List<String> mismatches = new ArrayList<>();
        if (!rows.isEmpty() && !Arrays.equals(csv.get(0), rows.get(0).schema().fieldNames())) {
            mismatches.add("columns differ");
        }
        for (Map.Entry<String, List<String[]>> file : expected.entrySet()) {
            List<Row> found = actual.getOrDefault(file.getKey(), List.of());
            if (found.size() != file.getValue().size()) {
                mismatches.add(file.getKey() + ": " + file.getValue().size() + " diagnostics != " + found.size());
                continue;
            }
            for (int d = 0; d < found.size(); d++) {
                String[] line = file.getValue().get(d);
                for (int i = 1; i < line.length; i++) {
                    if (!same(line[i], found.get(d).get(i))) {
                        mismatches.add(file.getKey() + " #" + d + ": " + csv.get(0)[i] + ": " + line[i] + " != "
                                + found.get(d).get(i));
                    }
                }
            }
        }
        actual.keySet().stream().filter(file -> !expected.containsKey(file))
                .forEach(file -> mismatches.add(file + ": diagnostics the CSV does not have"));
        return mismatches;
    }
}
