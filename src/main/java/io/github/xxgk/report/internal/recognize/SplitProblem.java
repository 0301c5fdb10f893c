package io.github.xxgk.report.internal.recognize;

import io.github.xxgk.report.model.AppealOutcome;
import io.github.xxgk.report.model.AppealRow;
import io.github.xxgk.report.model.Applicant;
import io.github.xxgk.report.model.CellKey;
import io.github.xxgk.report.model.DiagnosticCode;
import io.github.xxgk.report.model.ProactiveColumn;
import io.github.xxgk.report.model.ProactiveRow;
import io.github.xxgk.report.model.RequestRow;
import io.github.xxgk.report.model.Template;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A table whose cell boundaries may be lost, put as a problem for {@link SplitSolver}: the runs of text with the
 * cells each must be split into, and the equalities between cells that the true split satisfies.
 *
 * <p>The factories build the problems for the spec's three tables from the text of each row the caller found; a row
 * the caller did not find is simply left out, and the rules that need its cells then go unchecked. Pass every row
 * that was found, including rows whose separators survived (e.g. {@code 5 0 0 0 0 0 5}): their numbers anchor the
 * column rules that decode the others.
 *
 * @param runs the runs, in printed order; no cell in two runs
 * @param constraints the equalities between cells; those naming a cell no run provides are ignored by the solver
 */
record SplitProblem(List<SplitRun> runs, List<SplitConstraint> constraints) {

    /** Copies the lists, checking that no cell belongs to two runs. */
    SplitProblem {
        runs = List.copyOf(runs);
        constraints = List.copyOf(constraints);
        Set<CellKey> seen = new HashSet<>();
        for (SplitRun run : runs) {
            for (CellKey cell : run.cells()) {
                if (!seen.add(cell)) {
                    throw new IllegalArgumentException("Cell " + cell + " is in two runs");
                }
            }
        }
    }

    /**
     * Table 三 of a template: one run of seven cells (six applicants, then the total) per row found, and the rules
     * {@code requests.row_total} (every row), {@code requests.results_sum} and {@code requests.balance} (every
     * column, the total column included).
     *
     * @param rowTexts the raw text of each row found, keyed by row
     * @throws IllegalArgumentException if the template is not 2021 or 2019, or a row is not one of the template's
     */
    static SplitProblem requests(Template template, Map<RequestRow, String> rowTexts) {
        requireTemplate(template);
        List<RequestRow> rows = RequestRow.printedOrder(template);
        requireRows(rows, rowTexts.keySet(), template);
        List<SplitRun> runs = new ArrayList<>();
        for (RequestRow row : rows) {
            String text = rowTexts.get(row);
            if (text != null) {
                runs.add(new SplitRun(text, requestCells(row)));
            }
        }
        List<SplitConstraint> constraints = new ArrayList<>();
        for (RequestRow row : rows) {
            List<CellKey> cells = requestCells(row);
            constraints.add(SplitConstraint.sum(DiagnosticCode.REQUESTS_ROW_TOTAL, cells.get(cells.size() - 1),
                    cells.subList(0, cells.size() - 1)));
        }
        for (Applicant column : Applicant.values()) {
            List<CellKey> outcomes = rows.stream().filter(RequestRow::isOutcome)
                    .map(row -> CellKey.of(row, column)).toList();
            constraints.add(SplitConstraint.sum(DiagnosticCode.REQUESTS_RESULTS_SUM,
                    CellKey.of(RequestRow.RESULTS_TOTAL, column), outcomes));
            constraints.add(new SplitConstraint(DiagnosticCode.REQUESTS_BALANCE,
                    List.of(CellKey.of(RequestRow.NEW, column), CellKey.of(RequestRow.CARRIED_OVER, column)),
                    List.of(CellKey.of(RequestRow.RESULTS_TOTAL, column),
                            CellKey.of(RequestRow.CARRIED_FORWARD, column))));
        }
        return new SplitProblem(runs, constraints);
    }

    /**
     * Table 四: its one data row as one run of fifteen cells (three rows of upheld, corrected, other, pending,
     * total), with {@code appeals.total} for each row.
     */
    static SplitProblem appeals(String text) {
        List<CellKey> cells = new ArrayList<>();
        List<SplitConstraint> constraints = new ArrayList<>();
        for (AppealRow row : AppealRow.values()) {
            List<CellKey> parts = new ArrayList<>();
            for (AppealOutcome outcome : AppealOutcome.values()) {
                cells.add(CellKey.of(row, outcome));
                if (outcome != AppealOutcome.TOTAL) {
                    parts.add(CellKey.of(row, outcome));
                }
            }
            constraints.add(SplitConstraint.sum(DiagnosticCode.APPEALS_TOTAL,
                    CellKey.of(row, AppealOutcome.TOTAL), parts));
        }
        return new SplitProblem(List.of(new SplitRun(text, cells)), constraints);
    }

    /**
     * Table 二 of a template: one run per row found, with the row's cells in printed order. The table has no
     * arithmetic rules, so only the cell count and the form of each cell (a signed 本年增/减, an amount with
     * decimals or a unit 元) decide a split.
     *
     * @param rowTexts the raw text of each row found, keyed by row
     * @throws IllegalArgumentException if the template is not 2021 or 2019, or a row is not one of the template's
     */
    static SplitProblem proactive(Template template, Map<ProactiveRow, String> rowTexts) {
        requireTemplate(template);
        List<SplitRun> runs = new ArrayList<>();
        for (ProactiveRow row : ProactiveRow.values()) {
            String text = rowTexts.get(row);
            if (text != null) {
                List<CellKey> cells = proactiveCells(template, row);
                if (cells.isEmpty()) {
                    throw new IllegalArgumentException("Row " + row.key() + " is not in template " + template.key());
                }
                runs.add(new SplitRun(text, cells));
            }
        }
        return new SplitProblem(runs, List.of());
    }

    /** The cells of a row of table 三, in printed order: the six applicants, then the total. */
    static List<CellKey> requestCells(RequestRow row) {
        List<CellKey> cells = new ArrayList<>();
        for (Applicant column : Applicant.values()) {
            cells.add(CellKey.of(row, column));
        }
        return cells;
    }

    /** The cells of a row of table 二 in a template, in printed order; empty if the template lacks the row. */
    static List<CellKey> proactiveCells(Template template, ProactiveRow row) {
        List<ProactiveColumn> columns = switch (template) {
            case T2021 -> switch (row) {
                case REGULATIONS, NORMATIVE_DOCUMENTS ->
                        List.of(ProactiveColumn.ISSUED, ProactiveColumn.REPEALED, ProactiveColumn.IN_FORCE);
                case LICENSING, PENALTY, COERCION -> List.of(ProactiveColumn.DECISIONS);
                case FEES -> List.of(ProactiveColumn.AMOUNT);
                case OTHER_SERVICES, PROCUREMENT -> List.of();
            };
            case T2019 -> switch (row) {
                case REGULATIONS, NORMATIVE_DOCUMENTS ->
                        List.of(ProactiveColumn.CREATED, ProactiveColumn.PUBLISHED, ProactiveColumn.TOTAL_PUBLISHED);
                case LICENSING, OTHER_SERVICES, PENALTY, COERCION -> List.of(ProactiveColumn.ITEMS_PREV_YEAR,
                        ProactiveColumn.ITEMS_CHANGE, ProactiveColumn.DECISIONS);
                case FEES -> List.of(ProactiveColumn.ITEMS_PREV_YEAR, ProactiveColumn.ITEMS_CHANGE);
                case PROCUREMENT -> List.of(ProactiveColumn.PROJECTS, ProactiveColumn.AMOUNT);
            };
            case PRE2019, UNKNOWN -> List.of();
        };
        return columns.stream().map(column -> CellKey.of(row, column)).toList();
    }

    private static void requireTemplate(Template template) {
        if (template != Template.T2021 && template != Template.T2019) {
            throw new IllegalArgumentException("No cell layout for template " + template.key());
        }
    }

    private static void requireRows(List<RequestRow> rows, Set<RequestRow> given, Template template) {
        for (RequestRow row : given) {
            if (!rows.contains(row)) {
                throw new IllegalArgumentException("Row " + row.key() + " is not in template " + template.key());
            }
        }
    }
}
