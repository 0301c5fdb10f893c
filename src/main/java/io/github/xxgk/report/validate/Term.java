package io.github.xxgk.report.validate;

import io.github.xxgk.report.model.CellKey;

/**
 * One cell on one side of an {@link Equation}, with the short name a message gives it: the key of the row or
 * column that varies within the equation ({@code carried_over} in a column rule, {@code commercial} in a row rule).
 */
record Term(String name, CellKey cell) {

    /** A term named by its cell's row key, for equations that run down a column. */
    static Term byRow(CellKey cell) {
        return new Term(cell.row().key(), cell);
    }

    /** A term named by its cell's column key, for equations that run along a row. */
    static Term byColumn(CellKey cell) {
        return new Term(cell.column().key(), cell);
    }
}
