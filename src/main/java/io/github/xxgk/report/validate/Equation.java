package io.github.xxgk.report.validate;

import io.github.xxgk.report.model.CellKey;
import io.github.xxgk.report.model.Diagnostic;
import io.github.xxgk.report.model.DiagnosticCode;
import io.github.xxgk.report.model.Location;
import io.github.xxgk.report.model.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One instance of a sum rule: the cells of the left side must add up to the cells of the right side.
 *
 * @param code the rule
 * @param subject the row or column key the instance is about, printed in brackets after the code
 * @param location where a finding points
 * @param left the terms of the left side, in printed order
 * @param right the terms of the right side, in printed order
 */
record Equation(DiagnosticCode code, String subject, Location location, List<Term> left, List<Term> right) {

    Equation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(location, "location");
        left = List.copyOf(left);
        right = List.copyOf(right);
    }

    /**
     * Checks the equation on a table's present values: an error if it does not hold, an info if some of its cells
     * are absent (it could not be checked), nothing if it holds or none of its cells is present.
     */
    Optional<Diagnostic> check(Map<CellKey, BigDecimal> values) {
        int absent = absent(left, values) + absent(right, values);
        if (absent == left.size() + right.size()) {
            return Optional.empty();
        }
        if (absent > 0) {
            String names = terms().filter(term -> !values.containsKey(term.cell())).map(Term::name)
                    .collect(Collectors.joining(", "));
            return Optional.of(new Diagnostic(Severity.INFO, code, location,
                    prefix() + "could not be checked, absent: " + names));
        }
        BigDecimal leftSum = sum(left, values);
        BigDecimal rightSum = sum(right, values);
        if (leftSum.compareTo(rightSum) == 0) {
            return Optional.empty();
        }
        return Optional.of(new Diagnostic(Severity.ERROR, code, location,
                prefix() + side(left, leftSum, values) + ", but " + side(right, rightSum, values)));
    }

    private static int absent(List<Term> terms, Map<CellKey, BigDecimal> values) {
        int absent = 0;
        for (Term term : terms) {
            if (!values.containsKey(term.cell())) {
                absent++;
            }
        }
        return absent;
    }

    private String prefix() {
        return code.code() + "[" + subject + "]: ";
    }

    private Stream<Term> terms() {
        return Stream.concat(left.stream(), right.stream());
    }

    private static BigDecimal sum(List<Term> terms, Map<CellKey, BigDecimal> values) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Term term : terms) {
            sum = sum.add(values.get(term.cell()));
        }
        return sum;
    }

    /** {@code a 1 + b 2 = 3} for several terms, {@code total = 3} for one. */
    private static String side(List<Term> terms, BigDecimal sum, Map<CellKey, BigDecimal> values) {
        if (terms.size() == 1) {
            return terms.get(0).name() + " = " + Numbers.format(sum);
        }
        return terms.stream()
                .map(term -> term.name() + " " + Numbers.format(values.get(term.cell())))
                .collect(Collectors.joining(" + ")) + " = " + Numbers.format(sum);
    }
}
