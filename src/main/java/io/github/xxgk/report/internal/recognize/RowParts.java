package io.github.xxgk.report.internal.recognize;

import io.github.xxgk.report.internal.block.Cell;
import io.github.xxgk.report.internal.block.Row;
import java.util.ArrayList;
import java.util.List;

/**
 * A table row split into its label (the text cells, merged-cell copies included, so a row under a spanning group
 * label knows its group) and its value cells (the origin cells after the last label cell, in order).
 */
record RowParts(List<String> labels, List<Cell> values) {

    static RowParts of(Row row) {
        return of(new ClassifiedRow(row), 0, row.cells().size());
    }

    /** The parts of the cells {@code from} (inclusive) to {@code to} (exclusive) of a classified row. */
    static RowParts of(ClassifiedRow row, int from, int to) {
        List<Cell> cells = row.row().cells();
        int lastLabel = from - 1;
        for (int i = from; i < to; i++) {
            if (row.kind(i) == CellText.Kind.TEXT) {
                lastLabel = i;
            }
        }
        List<String> labels = new ArrayList<>();
        for (int i = from; i <= lastLabel; i++) {
            String text = cells.get(i).text();
            boolean repeat = !labels.isEmpty() && labels.get(labels.size() - 1).equals(text);
            if (row.kind(i) == CellText.Kind.TEXT && !repeat) {
                labels.add(text);
            }
        }
        List<Cell> values = new ArrayList<>();
        for (int i = lastLabel + 1; i < to; i++) {
            if (cells.get(i).origin()) {
                values.add(cells.get(i));
            }
        }
        return new RowParts(List.copyOf(labels), List.copyOf(values));
    }

    /** Whether any value cell holds a number or something meant as one. */
    boolean hasValues() {
        return values.stream().anyMatch(c -> {
            CellText.Kind kind = CellText.classify(c.text());
            return kind == CellText.Kind.NUMBER || kind == CellText.Kind.MALFORMED;
        });
    }

    /** The label cells joined. */
    String labelText() {
        return String.join(" ", labels);
    }

    /**
     * The texts to try as the row's label, most specific first: the last label cell, all label cells joined, then
     * each earlier cell.
     */
    List<String> candidateLabels() {
        List<String> candidates = new ArrayList<>();
        if (labels.isEmpty()) {
            return candidates;
        }
        candidates.add(labels.get(labels.size() - 1));
        if (labels.size() > 1) {
            candidates.add(String.join("", labels));
            for (int i = labels.size() - 2; i >= 0; i--) {
                candidates.add(labels.get(i));
            }
        }
        return candidates;
    }
}
