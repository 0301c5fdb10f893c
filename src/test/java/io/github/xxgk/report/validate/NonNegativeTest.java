package io.github.xxgk.report.validate;

import static io.github.xxgk.report.model.DiagnosticCode.NONNEGATIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.CellKey;
import io.github.xxgk.report.model.Diagnostic;
import io.github.xxgk.report.model.Location;
import io.github.xxgk.report.model.Severity;
import io.github.xxgk.report.model.Template;
import io.github.xxgk.report.model.ValueKind;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The {@code nonnegative} rule: whole counts ≥ 0, amounts ≥ 0 with decimals, signed 本年增/减. */
class NonNegativeTest {

    static Stream<CellKey> countCells() {
        return CellKey.all().stream().filter(cell -> cell.valueKind() == ValueKind.COUNT);
    }

    @ParameterizedTest
    @MethodSource("countCells")
    void negativeCountIsAnError(CellKey cell) {
        SeedReport seed = cell.existsIn(Template.T2021) ? SeedReport.of2021() : SeedReport.of2019();
        AnnualReport report = seed.set(cell, "-1").build();

        assertThat(RequestRulesTest.only(Validator.check(report), NONNEGATIVE)).containsExactly(new Diagnostic(
                Severity.ERROR, NONNEGATIVE, Location.cell(cell),
                "nonnegative[" + cell.key() + "]: count -1 is below 0"));
    }

    @Test
    void fractionalCountIsAnError() {
        AnnualReport report = SeedReport.of2021().set("proactive.licensing.decisions", "1.5").build();

        assertThat(Validator.check(report)).containsExactly(new Diagnostic(Severity.ERROR, NONNEGATIVE,
                Location.cell(CellKey.parse("proactive.licensing.decisions")),
                "nonnegative[proactive.licensing.decisions]: count 1.5 is not a whole number"));
    }

    @Test
    void negativeFractionalCountIsOneError() {
        AnnualReport report = SeedReport.of2021().set("proactive.regulations.in_force", "-0.5").build();

        assertThat(Validator.check(report)).extracting(Diagnostic::message).containsExactly(
                "nonnegative[proactive.regulations.in_force]: count -0.5 is below 0 and not a whole number");
    }

    @ParameterizedTest
    @CsvSource({"proactive.fees.amount, -2.5, 2021", "proactive.procurement.amount, -1, 2019"})
    void negativeAmountIsAnError(String key, String value, String template) {
        SeedReport seed = Template.ofKey(template) == Template.T2021 ? SeedReport.of2021() : SeedReport.of2019();
        AnnualReport report = seed.set(key, value).build();

        assertThat(Validator.check(report)).containsExactly(new Diagnostic(Severity.ERROR, NONNEGATIVE,
                Location.cell(CellKey.parse(key)), "nonnegative[" + key + "]: amount " + value + " is below 0"));
    }

    @ParameterizedTest
    @CsvSource({"proactive.fees.amount, 96171.6, 2021", "proactive.procurement.amount, 75394432.52, 2019",
        "proactive.licensing.items_change, -3, 2019", "proactive.fees.items_change, +2, 2019",
        "proactive.licensing.decisions, 11398889, 2021", "proactive.licensing.decisions, 34.00, 2021"})
    void allowedValuesPass(String key, String value, String template) {
        SeedReport seed = Template.ofKey(template) == Template.T2021 ? SeedReport.of2021() : SeedReport.of2019();

        assertThat(Validator.check(seed.set(key, value).build())).isEmpty();
    }

    @Test
    void fractionalSignedCountIsAnError() {
        AnnualReport report = SeedReport.of2019().set("proactive.penalty.items_change", "-1.5").build();

        assertThat(Validator.check(report)).extracting(Diagnostic::message).containsExactly(
                "nonnegative[proactive.penalty.items_change]: signed count -1.5 is not a whole number");
    }

    @Test
    void negativeCellsBreakNoSumWhenTheSumsHold() {
        AnnualReport report = SeedReport.of2021().set("appeals.reconsideration.pending", "-1")
                .set("appeals.reconsideration.total", "-1").build();

        assertThat(Validator.check(report)).extracting(Diagnostic::code, Diagnostic::location).containsExactly(
                tuple(NONNEGATIVE,
                        Location.cell(CellKey.parse("appeals.reconsideration.pending"))),
                tuple(NONNEGATIVE,
                        Location.cell(CellKey.parse("appeals.reconsideration.total"))));
    }
}
