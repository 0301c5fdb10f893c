package io.github.xxgk.report.internal.recognize;

import io.github.xxgk.report.internal.block.Cell;
import io.github.xxgk.report.model.TableKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A table row still being read from a copy that prints it over several lines: its label pieces (a label broken over
 * lines, or a group label before it) and the values after them, one cell per line or a few. Bounded: only the last
 * few label pieces are kept, so a long run of header words cannot grow it.
 */
final class PendingRow {

    private static final int MAX_PIECES = 6;

    private final List<String> pieces = new ArrayList<>();
    private final List<Cell> values = new ArrayList<>();
    private int line;
    private boolean lastAlone;

    boolean isEmpty() {
        return pieces.isEmpty() && values.isEmpty();
    }

    boolean hasLabel() {
        return !pieces.isEmpty();
    }

    /** Whether the last label piece stood alone on its line. */
    boolean lastAlone() {
        return lastAlone;
    }

    boolean hasValues() {
        return !values.isEmpty();
    }

    int line() {
        return line;
    }

    int valueCount() {
        return values.size();
    }

    /**
     * Adds a label piece.
     *
     * @param alone whether the piece stood alone on its line, as a one-cell-per-line copy prints each row's label,
     *     rather than among the header cells of a row
     */
    void addLabel(String text, int at, boolean alone) {
        if (pieces.isEmpty()) {
            line = at;
        }
        lastAlone = alone;
        pieces.add(text);
        if (pieces.size() > MAX_PIECES) {
            pieces.remove(0);
        }
    }

    void addValues(List<Cell> cells) {
        values.addAll(cells);
    }

    void clear() {
        pieces.clear();
        values.clear();
    }

    /**
     * The row as label and values: the label is the run of trailing pieces that names a template row best (the
     * shortest among equals), so header words or a group label before the row's own label do not hide it; the last
     * piece if no run names one.
     */
    RowParts parts(Optional<TableKind> context) {
        String label = pieces.get(pieces.size() - 1);
        int best = 0;
        StringBuilder suffix = new StringBuilder();
        for (int i = pieces.size() - 1; i >= 0; i--) {
            suffix.insert(0, pieces.get(i));
            Optional<LabelMatcher.Match> match = LabelMatcher.match(suffix.toString(), context);
            if (match.isPresent() && match.get().score() > best) {
                best = match.get().score();
                label = suffix.toString();
            }
        }
        return new RowParts(List.of(label), List.copyOf(values));
    }
}
