package io.github.xxgk.report.internal.recognize;

import io.github.xxgk.report.model.CellKey;
import io.github.xxgk.report.model.DiagnosticCode;
import io.github.xxgk.report.model.ValueKind;
import java.util.List;
import java.util.Objects;

/**
 * A linear equality between cells that a correct split must satisfy: the sum of {@link #left()} equals the sum of
 * {@link #right()}, e.g. a row's total equals the sum of its six applicant columns.
 *
 * <p>Only counts take part (never amounts of money). A constraint is checked only when every cell it names got a
 * number: a cell no run provides, or one left as a placeholder, makes the constraint say nothing.
 *
 * @param rule the spec's rule this instance comes from, for messages
 * @param left the cells summed on one side
 * @param right the cells summed on the other side
 */
record SplitConstraint(DiagnosticCode rule, List<CellKey> left, List<CellKey> right) {

    /** Copies the sides, checking that they are disjoint, not both empty, and name only counts. */
    SplitConstraint {
        Objects.requireNonNull(rule, "rule");
        left = List.copyOf(left);
        right = List.copyOf(right);
        if (left.isEmpty() && right.isEmpty()) {
            throw new IllegalArgumentException("A constraint names at least one cell");
        }
        if (left.stream().anyMatch(right::contains)
                || left.stream().distinct().count() != left.size()
                || right.stream().distinct().count() != right.size()) {
            throw new IllegalArgumentException("A constraint names a cell twice: " + left + " = " + right);
        }
        for (CellKey cell : left) {
            requireCount(cell);
        }
        for (CellKey cell : right) {
            requireCount(cell);
        }
    }

    /** {@code total = sum of parts}. */
    static SplitConstraint sum(DiagnosticCode rule, CellKey total, List<CellKey> parts) {
        return new SplitConstraint(rule, List.of(total), parts);
    }

    private static void requireCount(CellKey cell) {
        if (cell.valueKind() == ValueKind.AMOUNT) {
            throw new IllegalArgumentException("Only counts take part in constraints, not " + cell);
        }
    }

    @Override
    public String toString() {
        return rule + ": " + left + " = " + right;
    }
}
