package io.github.xxgk.report.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where a diagnostic points: table, row and column keys where it concerns cells, the source line where it concerns
 * input. Any part may be absent; a rule over a whole column of table 三, for example, has a table and a column but
 * no row.
 *
 * @param table the table key ({@code requests}), if the finding concerns a table
 * @param row the row key ({@code new}), if it concerns a row
 * @param column the column key ({@code natural_person}), if it concerns a column
 * @param line the 1-based line of the source text (for Word files, the paragraph or table row counted from 1)
 */
public record Location(Optional<String> table, Optional<String> row, Optional<String> column, OptionalInt line) {

    private static final Location NONE = new Location(Optional.empty(), Optional.empty(), Optional.empty(),
            OptionalInt.empty());

    /** Checks that no part is null. */
    public Location {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(line, "line");
    }

    /** No particular place: the report as a whole. */
    public static Location none() {
        return NONE;
    }

    /** A line of the source; {@code line <= 0} means unknown. */
    public static Location line(int line) {
        return NONE.atLine(line);
    }

    /** A table. */
    public static Location table(TableKind table) {
        return new Location(Optional.of(table.key()), Optional.empty(), Optional.empty(), OptionalInt.empty());
    }

    /** One cell. */
    public static Location cell(CellKey cell) {
        return new Location(Optional.of(cell.table().key()), Optional.of(cell.row().key()),
                Optional.of(cell.column().key()), OptionalInt.empty());
    }

    /** A row of a table. */
    public static Location row(TableKind table, Labelled row) {
        return new Location(Optional.of(table.key()), Optional.of(row.key()), Optional.empty(), OptionalInt.empty());
    }

    /** A column of a table. */
    public static Location column(TableKind table, Labelled column) {
        return new Location(Optional.of(table.key()), Optional.empty(), Optional.of(column.key()),
                OptionalInt.empty());
    }

    /** This location at a source line; {@code line <= 0} means unknown and leaves the line absent. */
    public Location atLine(int line) {
        return new Location(table, row, column, line > 0 ? OptionalInt.of(line) : OptionalInt.empty());
    }
}
