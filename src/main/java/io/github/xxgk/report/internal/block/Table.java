package io.github.xxgk.report.internal.block;

import java.util.List;

/**
 * A table as a grid of rows of cells, merged cells expanded: a cell spanning two columns appears twice in its row,
 * once as the origin and once as a covered copy, so every row of a well-formed table has the same width.
 *
 * @param rows the rows in order
 * @param line the 1-based source line of the table's start, or 0 if unknown
 */
public record Table(List<Row> rows, int line) implements Block {

    /** Copies the rows. */
    public Table {
        rows = List.copyOf(rows);
    }
}
