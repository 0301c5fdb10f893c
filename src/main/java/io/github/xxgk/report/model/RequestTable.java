package io.github.xxgk.report.model;

import java.math.BigDecimal;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Table 三 (requests and their outcomes, by applicant) as published: each present cell with its count, every
 * other cell absent. Values are kept as printed, even when they contradict each other.
 *
 * @param values the present cells, keyed by cells of table 三, iterated in wide-CSV order; each a whole number
 */
public record RequestTable(Map<CellKey, BigDecimal> values) {

    private static final RequestTable EMPTY = new RequestTable(Map.of());

    /** Copies the values, checking that each key is a cell of table 三 and each value a whole number. */
    public RequestTable {
        values = Cells.copyOf(values, TableKind.REQUESTS);
        Cells.requireWhole(values);
    }

    /** The table with no cells. */
    public static RequestTable empty() {
        return EMPTY;
    }

    /** The published count of a cell, empty when the report does not give it. */
    public OptionalLong get(RequestRow row, Applicant column) {
        return Cells.count(values, CellKey.of(row, column));
    }

    /** Whether the report gives none of this table's cells. */
    public boolean isEmpty() {
        return values.isEmpty();
    }
}
