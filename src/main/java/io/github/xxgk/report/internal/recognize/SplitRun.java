package io.github.xxgk.report.internal.recognize;

import io.github.xxgk.report.model.CellKey;
import java.util.List;
import java.util.Objects;

/**
 * One stretch of text that holds a known sequence of cells whose boundaries may be lost: typically a table row's
 * text between its label and the next label, such as {@code 801000081} for seven cells, or {@code 230 000023} where
 * some separators survived.
 *
 * @param text the raw text, as found between the labels (separators, placeholders and units included)
 * @param cells the cells the text holds, in printed order; never empty, no cell twice
 */
record SplitRun(String text, List<CellKey> cells) {

    /** Copies the cells, checking there is at least one and none repeats. */
    SplitRun {
        Objects.requireNonNull(text, "text");
        cells = List.copyOf(cells);
        if (cells.isEmpty()) {
            throw new IllegalArgumentException("A run holds at least one cell");
        }
        if (cells.stream().distinct().count() != cells.size()) {
            throw new IllegalArgumentException("A run names a cell twice: " + cells);
        }
    }

    /** How many cells the text must be split into. */
    int size() {
        return cells.size();
    }
}
