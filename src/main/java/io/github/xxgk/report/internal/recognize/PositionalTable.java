package io.github.xxgk.report.internal.recognize;

import io.github.xxgk.report.internal.block.Cell;
import io.github.xxgk.report.model.CellKey;
import io.github.xxgk.report.model.ProactiveRow;
import io.github.xxgk.report.model.RequestRow;
import io.github.xxgk.report.model.TableKind;
import io.github.xxgk.report.model.Template;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a table 二 or 三 whose copy kept only its numbers (table 三 as 175 bare numbers after its heading) by the
 * template's order of cells: only when the number of values is exactly the template's number of cells, every value
 * is a number or a placeholder of its cell's kind, and every arithmetic rule of the table holds with them (table 三's
 * row totals, results sum and balance; table 二 has none). Anything else leaves the table absent.
 */
final class PositionalTable {

    private PositionalTable() {
    }

    /** The table's cells in the order the template prints them, row by row. */
    static List<CellKey> cellsInOrder(TableKind table, Template template) {
        List<CellKey> cells = new ArrayList<>();
        switch (table) {
            case PROACTIVE -> {
                for (ProactiveRow row : ProactiveRow.values()) {
                    cells.addAll(TableColumns.cellsOf(row, template));
                }
            }
            case REQUESTS -> {
                for (RequestRow row : RequestRow.printedOrder(template)) {
                    cells.addAll(TableColumns.cellsOf(row, template));
                }
            }
            case APPEALS -> cells.addAll(TableColumns.appealCells());
        }
        return cells;
    }

    /** The values by the template's order, if their count, their kinds and the table's arithmetic all fit. */
    static Optional<Map<CellKey, BigDecimal>> read(TableKind table, Template template, List<Cell> printed) {
        List<CellKey> cells = cellsInOrder(table, template);
        if (printed.size() != cells.size()) {
            return Optional.empty();
        }
        Map<CellKey, BigDecimal> values = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            try {
                BigDecimal value = CellText.parse(printed.get(i).text(), cells.get(i).valueKind());
                if (value != null) {
                    values.put(cells.get(i), value);
                }
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return rules(table, template).stream().allMatch(rule -> holds(rule, values))
                ? Optional.of(values) : Optional.empty();
    }

    private static List<SplitConstraint> rules(TableKind table, Template template) {
        if (table != TableKind.REQUESTS) {
            return List.of();
        }
        Map<RequestRow, String> everyRow = new HashMap<>();
        RequestRow.printedOrder(template).forEach(row -> everyRow.put(row, ""));
        return SplitProblem.requests(template, everyRow).constraints();
    }

    /** Whether a rule holds; a rule naming an absent cell says nothing. */
    private static boolean holds(SplitConstraint rule, Map<CellKey, BigDecimal> values) {
        if (!values.keySet().containsAll(rule.left()) || !values.keySet().containsAll(rule.right())) {
            return true;
        }
        return sum(rule.left(), values).compareTo(sum(rule.right(), values)) == 0;
    }

    private static BigDecimal sum(List<CellKey> cells, Map<CellKey, BigDecimal> values) {
        BigDecimal sum = BigDecimal.ZERO;
        for (CellKey cell : cells) {
            sum = sum.add(values.get(cell));
        }
        return sum;
    }
}
