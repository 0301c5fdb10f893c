package io.github.xxgk.report.internal.block;

import java.util.List;

/**
 * One row of a {@link Table}.
 *
 * @param cells the cells from left to right, spans expanded
 * @param line the 1-based source line of the row (for Word files, its ordinal), or 0 if unknown
 */
public record Row(List<Cell> cells, int line) {

    /** Copies the cells. */
    public Row {
        cells = List.copyOf(cells);
    }

    /** The cells that are the origin of their span, i.e. each logical cell once, in order. */
    public List<Cell> originCells() {
        return cells.stream().filter(Cell::origin).toList();
    }
}
