package io.github.xxgk.report.internal.recognize;

import io.github.xxgk.report.internal.block.Cell;
import io.github.xxgk.report.model.CellKey;
import io.github.xxgk.report.model.Diagnostic;
import io.github.xxgk.report.model.DiagnosticCode;
import io.github.xxgk.report.model.Location;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a template row's printed values into its cells: lined up with the row's cells (blank cells before or after
 * them aside), or placed under the columns a short table's header names; each value read as the number its cell
 * holds, in its column's unit, with a note where it was printed with words, and a diagnostic where it is none.
 */
final class CellValues {

    private static final CellKey FEES_AMOUNT = CellKey.parse("proactive.fees.amount");
    /** 1 万元 is 10,000 元. */
    private static final int YUAN_PER_WAN_DIGITS = 4;

    private final Map<CellKey, BigDecimal> values;
    private final List<Diagnostic> diagnostics;
    private final HeaderColumns headerColumns;

    /** Writes into these values and diagnostics, placing short rows under this header's columns. */
    CellValues(Map<CellKey, BigDecimal> values, List<Diagnostic> diagnostics, HeaderColumns headerColumns) {
        this.values = values;
        this.diagnostics = diagnostics;
        this.headerColumns = headerColumns;
    }

    /** Writes a row's printed values into its cells, or reports why they cannot be lined up with them. */
    void assign(List<CellKey> cells, List<Cell> printed, int line) {
        Optional<List<Cell>> aligned = ValueCells.align(printed, cells.size());
        Optional<Map<CellKey, Cell>> underHeader = aligned.isEmpty() ? headerColumns.place(cells, printed)
                : Optional.empty();
        if (underHeader.isPresent()) {
            underHeader.get().forEach((cell, value) -> assignCell(cell, value.text(), line));
            return;
        }
        if (aligned.isEmpty()) {
            diagnostics.add(Diagnostic.of(DiagnosticCode.ROW_CELL_COUNT, location(cells, line),
                    describe(cells) + ": " + ValueCells.countNonBlank(printed) + " values where the template has "
                            + cells.size() + " cells (" + ValueCells.describe(printed) + "); the cells are left absent"));
            return;
        }
        List<Cell> valueCells = aligned.get();
        for (int i = 0; i < cells.size(); i++) {
            assignCell(cells.get(i), valueCells.get(i).text(), line);
        }
    }

    private void assignCell(CellKey cell, String text, int line) {
        try {
            BigDecimal value = CellText.parse(text, cell.valueKind());
            if (value != null) {
                values.put(cell, inColumnUnit(cell, text, value, line));
                if (CellText.isWorded(text)) {
                    diagnostics.add(Diagnostic.of(DiagnosticCode.CELL_WORDED, Location.cell(cell).atLine(line),
                            cell.key() + ": printed \"" + text + "\", read as " + value.toPlainString()));
                }
            }
        } catch (NumberFormatException e) {
            boolean undecided = CellText.isUndecided(text) || CellText.isWorded(text);
            diagnostics.add(Diagnostic.of(undecided ? DiagnosticCode.CELL_AMBIGUOUS_TEXT
                            : DiagnosticCode.CELL_NOT_A_NUMBER, Location.cell(cell).atLine(line),
                    cell.key() + ": \"" + text + "\" " + (undecided ? "does not decide one " : "is not a ")
                            + describe(cell) + "; the cell is left absent"));
        }
    }

    /**
     * The value in its column's unit: 本年收费金额 is in 万元, so an amount printed in 元 there is converted (and the
     * conversion reported); every other amount is kept in the unit it is printed in.
     */
    private BigDecimal inColumnUnit(CellKey cell, String text, BigDecimal value, int line) {
        if (!cell.equals(FEES_AMOUNT) || !CellText.unit(text).filter("元"::equals).isPresent()) {
            return value;
        }
        BigDecimal converted = value.movePointLeft(YUAN_PER_WAN_DIGITS).stripTrailingZeros();
        diagnostics.add(Diagnostic.of(DiagnosticCode.CELL_UNIT_CONVERTED, Location.cell(cell).atLine(line),
                cell.key() + ": printed \"" + text + "\" in a column of 万元, given as " + converted.toPlainString()
                        + " 万元"));
        return converted;
    }

    /** Where a finding about these cells points: their row if they share one, else their table. */
    static Location location(List<CellKey> cells, int line) {
        CellKey first = cells.get(0);
        return (oneRow(cells) ? Location.row(first.table(), first.row()) : Location.table(first.table())).atLine(line);
    }

    /** The cells' row as {@code table.row}, or their table's key if they span rows. */
    static String describe(List<CellKey> cells) {
        CellKey first = cells.get(0);
        return first.table().key() + (oneRow(cells) ? "." + first.row().key() : "");
    }

    private static boolean oneRow(List<CellKey> cells) {
        return cells.stream().allMatch(c -> c.row() == cells.get(0).row());
    }

    private static String describe(CellKey cell) {
        return switch (cell.valueKind()) {
            case COUNT -> "whole number";
            case SIGNED_COUNT -> "signed whole number";
            case AMOUNT -> "number";
        };
    }
}
