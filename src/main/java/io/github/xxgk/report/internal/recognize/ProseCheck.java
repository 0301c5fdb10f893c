package io.github.xxgk.report.internal.recognize;

import io.github.xxgk.report.model.Applicant;
import io.github.xxgk.report.model.CellKey;
import io.github.xxgk.report.model.Diagnostic;
import io.github.xxgk.report.model.DiagnosticCode;
import io.github.xxgk.report.model.Location;
import io.github.xxgk.report.model.RequestRow;
import io.github.xxgk.report.model.TableKind;
import io.github.xxgk.report.model.TextStatement;
import io.github.xxgk.report.model.TextStatement.Agreement;
import io.github.xxgk.report.model.TextStatement.TableValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Compares the figures of the prose with the tables' cells: each becomes a {@link TextStatement}, each contradicted
 * one a {@code text.table_mismatch} warning naming the sentence, the cells and both numbers, and the tally one
 * {@code text.confirmed} note. A blank 总计 of table 三 counts as at least the sum of its row's printed cells, so
 * “予以公开及部分公开258件” against rows whose applicant cells alone sum to 275 is a contradiction even though the
 * totals were left blank. A figure for a part of what the tables count ({@link ProseFigure#part()}) contradicts
 * only tables that give less.
 */
final class ProseCheck {

    /**
     * The statements and what the comparison found.
     *
     * @param statements the figures with how the tables compare, in source order
     * @param diagnostics a mismatch per contradicted statement, then the tally (none without statements)
     */
    record Result(List<TextStatement> statements, List<Diagnostic> diagnostics) {
    }

    private ProseCheck() {
    }

    /**
     * Compares each figure with the cells.
     *
     * @param values the tables' cells
     * @param fromText the cells whose values the prose chose among the splits the rules allow: a statement on them
     *     decided them and confirms nothing
     */
    static Result check(List<ProseFigure> figures, Map<CellKey, BigDecimal> values, Set<CellKey> fromText) {
        List<TextStatement> statements = new ArrayList<>(figures.size());
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (ProseFigure figure : figures) {
            TextStatement statement = statement(figure, values, fromText);
            statements.add(statement);
            if (statement.agreement() == Agreement.CONTRADICTS) {
                diagnostics.add(mismatch(figure, statement, values));
            }
        }
        if (!statements.isEmpty()) {
            diagnostics.add(tally(statements));
        }
        return new Result(statements, diagnostics);
    }

    private static TextStatement statement(ProseFigure figure, Map<CellKey, BigDecimal> values,
            Set<CellKey> fromText) {
        boolean contradicts = true;
        for (List<CellKey> reading : figure.readings()) {
            Optional<TableValue> table = tableValue(reading, values);
            if (table.isPresent() && table.get().exact() && table.get().value().compareTo(figure.value()) == 0) {
                Agreement agreement = reading.stream().anyMatch(fromText::contains) ? Agreement.DECIDED
                        : Agreement.AGREES;
                return of(figure, agreement, reading, table);
            }
            contradicts &= table.isPresent() && (figure.part()
                    ? table.get().exact() && table.get().value().compareTo(figure.value()) < 0
                    : table.get().exact() || table.get().value().compareTo(figure.value()) > 0);
        }
        List<CellKey> first = figure.readings().get(0);
        return of(figure, contradicts ? Agreement.CONTRADICTS : Agreement.UNCHECKED, first,
                tableValue(first, values));
    }

    private static TextStatement of(ProseFigure figure, Agreement agreement, List<CellKey> cells,
            Optional<TableValue> table) {
        return new TextStatement(figure.sentence(), figure.line() > 0 ? OptionalInt.of(figure.line())
                : OptionalInt.empty(), figure.phrase(), figure.value(), figure.readings(), agreement, cells, table);
    }

    /**
     * What the tables give for a sum of cells: exact when every cell is present; otherwise at least the present
     * cells, a blank 总计 of table 三 counted as its row's printed applicant cells; nothing if no cell is given.
     */
    static Optional<TableValue> tableValue(List<CellKey> cells, Map<CellKey, BigDecimal> values) {
        BigDecimal sum = BigDecimal.ZERO;
        boolean exact = true;
        boolean any = false;
        for (CellKey cell : cells) {
            BigDecimal value = values.get(cell);
            if (value != null) {
                sum = sum.add(value);
                any = true;
                continue;
            }
            exact = false;
            if (cell.table() == TableKind.REQUESTS && cell.column() == Applicant.TOTAL) {
                for (Applicant applicant : Applicant.values()) {
                    BigDecimal part = applicant.isApplicant()
                            ? values.get(CellKey.of((RequestRow) cell.row(), applicant)) : null;
                    if (part != null) {
                        sum = sum.add(part);
                        any = true;
                    }
                }
            }
        }
        return any ? Optional.of(new TableValue(sum, exact)) : Optional.empty();
    }

    private static Diagnostic mismatch(ProseFigure figure, TextStatement statement, Map<CellKey, BigDecimal> values) {
        StringBuilder tables = new StringBuilder();
        for (List<CellKey> reading : figure.readings()) {
            TableValue table = tableValue(reading, values).orElseThrow();
            tables.append(tables.length() == 0 ? "" : ", or ").append(String.join(" + ",
                    reading.stream().map(CellKey::key).toList()))
                    .append(table.exact() ? " = " : " ≥ ").append(table.value().toPlainString());
        }
        Location location = Location.cell(statement.cells().get(0));
        return Diagnostic.of(DiagnosticCode.TEXT_TABLE_MISMATCH,
                figure.line() > 0 ? location.atLine(figure.line()) : location,
                "the text states " + figure.value().toPlainString() + " (" + figure.cited() + "), the tables give "
                        + tables);
    }

    private static Diagnostic tally(List<TextStatement> statements) {
        Map<Agreement, Integer> counts = new EnumMap<>(Agreement.class);
        statements.forEach(statement -> counts.merge(statement.agreement(), 1, Integer::sum));
        return Diagnostic.of(DiagnosticCode.TEXT_CONFIRMED, Location.none(),
                "of " + statements.size() + " numbers the text states about the tables, "
                        + counts.getOrDefault(Agreement.AGREES, 0) + " agree with them, "
                        + counts.getOrDefault(Agreement.CONTRADICTS, 0) + " contradict them, "
                        + counts.getOrDefault(Agreement.UNCHECKED, 0) + " cannot be checked (cells absent) and "
                        + counts.getOrDefault(Agreement.DECIDED, 0) + " decided a split the rules left open");
    }
}
