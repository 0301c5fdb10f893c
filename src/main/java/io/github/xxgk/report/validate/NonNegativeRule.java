package io.github.xxgk.report.validate;

import io.github.xxgk.report.model.CellKey;
import io.github.xxgk.report.model.Diagnostic;
import io.github.xxgk.report.model.DiagnosticCode;
import io.github.xxgk.report.model.Location;
import io.github.xxgk.report.model.ValueKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code nonnegative} rule: a count is a whole number ≥ 0, a signed count ({@code items_change}) a whole number,
 * an amount of money ≥ 0 with decimals allowed.
 */
final class NonNegativeRule {

    private NonNegativeRule() {
    }

    /** One error per present cell whose value its kind does not allow, in wide-CSV order. */
    static List<Diagnostic> check(Map<CellKey, BigDecimal> values) {
        List<Diagnostic> found = new ArrayList<>();
        values.forEach((cell, value) -> problem(cell.valueKind(), value).ifPresent(problem -> found.add(
                Diagnostic.of(DiagnosticCode.NONNEGATIVE, Location.cell(cell),
                        DiagnosticCode.NONNEGATIVE.code() + "[" + cell.key() + "]: " + kindName(cell.valueKind())
                                + " " + Numbers.format(value) + " " + problem))));
        return found;
    }

    private static Optional<String> problem(ValueKind kind, BigDecimal value) {
        boolean negative = kind != ValueKind.SIGNED_COUNT && value.signum() < 0;
        boolean fractional = kind != ValueKind.AMOUNT && !Numbers.isWhole(value);
        if (negative && fractional) {
            return Optional.of("is below 0 and not a whole number");
        }
        if (negative) {
            return Optional.of("is below 0");
        }
        if (fractional) {
            return Optional.of("is not a whole number");
        }
        return Optional.empty();
    }

    private static String kindName(ValueKind kind) {
        return switch (kind) {
            case COUNT -> "count";
            case SIGNED_COUNT -> "signed count";
            case AMOUNT -> "amount";
        };
    }
}
