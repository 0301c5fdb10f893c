package io.github.xxgk.report.model;

import java.math.BigDecimal;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Table 四 (administrative reconsideration and litigation) as published: each present cell with its count, every
 * other cell absent.
 *
 * @param values the present cells, keyed by cells of table 四, iterated in wide-CSV order; each a whole number
 */
public record AppealTable(Map<CellKey, BigDecimal> values) {

    private static final AppealTable EMPTY = new AppealTable(Map.of());

    /** Copies the values, checking that each key is a cell of table 四 and each value a whole number. */
    public AppealTable {
        values = Cells.copyOf(values, TableKind.APPEALS);
        Cells.requireWhole(values);
    }

    /** The table with no cells. */
    public static AppealTable empty() {
        return EMPTY;
    }

    /** The published count of a cell, empty when the report does not give it. */
    public OptionalLong get(AppealRow row, AppealOutcome column) {
        return Cells.count(values, CellKey.of(row, column));
    }

    /** Whether the report gives none of this table's cells. */
    public boolean isEmpty() {
        return values.isEmpty();
    }
}
