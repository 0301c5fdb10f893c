package io.github.xxgk.report.model;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * Table 二 (proactive disclosure) as published: each present cell with its value, every other cell absent.
 *
 * <p>Counts are whole numbers; {@link ProactiveColumn#AMOUNT} may have decimals and
 * {@link ProactiveColumn#ITEMS_CHANGE} may be negative. Which row has which column in which template is given by
 * {@link CellKey#existsIn(Template)}.
 *
 * @param values the present cells, keyed by cells of table 二, iterated in wide-CSV order
 */
public record ProactiveTable(Map<CellKey, BigDecimal> values) {

    private static final ProactiveTable EMPTY = new ProactiveTable(Map.of());

    /** Copies the values, checking that each key is a cell of table 二. */
    public ProactiveTable {
        values = Cells.copyOf(values, TableKind.PROACTIVE);
    }

    /** The table with no cells, as for a report that does not print it. */
    public static ProactiveTable empty() {
        return EMPTY;
    }

    /**
     * The published value of a cell, empty when the report does not give it.
     *
     * @throws IllegalArgumentException if no template has this row and column
     */
    public Optional<BigDecimal> get(ProactiveRow row, ProactiveColumn column) {
        return Cells.get(values, CellKey.of(row, column));
    }

    /** Whether the report gives none of this table's cells. */
    public boolean isEmpty() {
        return values.isEmpty();
    }
}
