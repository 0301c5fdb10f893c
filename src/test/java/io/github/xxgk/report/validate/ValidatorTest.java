package io.github.xxgk.report.validate;

import static io.github.xxgk.report.model.DiagnosticCode.APPEALS_TOTAL;
import static io.github.xxgk.report.model.DiagnosticCode.NONNEGATIVE;
import static io.github.xxgk.report.model.DiagnosticCode.REQUESTS_BALANCE;
import static io.github.xxgk.report.model.DiagnosticCode.REQUESTS_RESULTS_SUM;
import static io.github.xxgk.report.model.DiagnosticCode.REQUESTS_ROW_TOTAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.AppealOutcome;
import io.github.xxgk.report.model.AppealRow;
import io.github.xxgk.report.model.Applicant;
import io.github.xxgk.report.model.CellKey;
import io.github.xxgk.report.model.Diagnostic;
import io.github.xxgk.report.model.Location;
import io.github.xxgk.report.model.RequestRow;
import io.github.xxgk.report.model.Severity;
import io.github.xxgk.report.model.TableKind;
import io.github.xxgk.report.model.Template;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The validator on whole reports: the seed as published, empty tables, templates, table 四 and rule order. */
class ValidatorTest {

    @Test
    void seedReportIsConsistent() {
        assertThat(Validator.check(SeedReport.of2021().build())).isEmpty();
    }

    @Test
    void seedNumbersIn2019TemplateAreConsistent() {
        assertThat(Validator.check(SeedReport.of2019().build())).isEmpty();
    }

    @Test
    void emptyRequestTableGivesOneInfoPerRule() {
        AnnualReport report = SeedReport.of2021().removeTable(TableKind.REQUESTS).build();

        assertThat(Validator.check(report)).containsExactly(
                new Diagnostic(Severity.INFO, REQUESTS_BALANCE, Location.table(TableKind.REQUESTS),
                        "requests.balance: could not be checked, table requests is empty"),
                new Diagnostic(Severity.INFO, REQUESTS_ROW_TOTAL, Location.table(TableKind.REQUESTS),
                        "requests.row_total: could not be checked, table requests is empty"),
                new Diagnostic(Severity.INFO, REQUESTS_RESULTS_SUM, Location.table(TableKind.REQUESTS),
                        "requests.results_sum: could not be checked, table requests is empty"));
    }

    @Test
    void emptyAppealTableGivesOneInfo() {
        AnnualReport report = SeedReport.of2021().removeTable(TableKind.APPEALS).build();

        assertThat(Validator.check(report)).containsExactly(new Diagnostic(Severity.INFO, APPEALS_TOTAL,
                Location.table(TableKind.APPEALS), "appeals.total: could not be checked, table appeals is empty"));
    }

    @Test
    void unknownTemplateWithNoTablesGivesOneInfoPerSumRule() {
        AnnualReport report = SeedReport.of2021().template(Template.UNKNOWN).removeTable(TableKind.PROACTIVE)
                .removeTable(TableKind.REQUESTS).removeTable(TableKind.APPEALS).build();

        assertThat(Validator.check(report)).extracting(Diagnostic::code).containsExactly(REQUESTS_BALANCE,
                REQUESTS_ROW_TOTAL, REQUESTS_RESULTS_SUM, APPEALS_TOTAL);
    }

    @Test
    void pre2019ReportHasNoTemplateTablesToCheck() {
        AnnualReport report = SeedReport.of2021().template(Template.PRE2019).removeTable(TableKind.PROACTIVE)
                .removeTable(TableKind.REQUESTS).removeTable(TableKind.APPEALS).build();

        assertThat(Validator.check(report)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Template.class, names = {"UNKNOWN", "PRE2019"})
    void withoutTemplateTheOtherRowsDecideTheOutcomeRows(Template template) {
        assertThat(Validator.check(SeedReport.of2021().template(template).build())).isEmpty();
        assertThat(Validator.check(SeedReport.of2019().template(template).build())).isEmpty();

        AnnualReport lost = SeedReport.of2021().template(template).removeRow(RequestRow.OTHER_OTHER).build();
        assertThat(Validator.check(lost)).hasSize(Applicant.values().length)
                .allSatisfy(diagnostic -> assertThat(diagnostic.message())
                        .endsWith(": could not be checked, absent: other_other"));

        AnnualReport broken = SeedReport.of2019().template(template)
                .set("requests.other_handling.natural_person", "1").set("requests.other_handling.total", "1").build();
        assertThat(Validator.check(broken)).extracting(Diagnostic::message).containsExactly(
                results("natural_person", "other_handling 1 = 2, but results_total = 1"),
                results("total", "other_handling 1 = 2, but results_total = 1"));
    }

    @Test
    void withoutTemplateOrOtherRowsTheRowsPresentAreUsed() {
        AnnualReport report = SeedReport.of2021().template(Template.UNKNOWN).removeRow(RequestRow.OTHER_NO_CORRECTION)
                .removeRow(RequestRow.OTHER_UNPAID_FEE).removeRow(RequestRow.OTHER_OTHER)
                .set("requests.rejected_confirmation.total", "1").build();

        assertThat(Validator.check(report)).extracting(Diagnostic::message).containsExactly(
                "requests.row_total[rejected_confirmation]: natural_person 0 + commercial 0 + research 0"
                        + " + nonprofit 0 + legal_service 0 + other_org 0 = 0, but total = 1",
                results("total", "rejected_confirmation 1 = 2, but results_total = 1"));
    }

    static Stream<Arguments> appealCells() {
        return Stream.of(AppealRow.values())
                .flatMap(row -> Stream.of(AppealOutcome.values()).map(column -> Arguments.of(row, column)));
    }

    @ParameterizedTest
    @MethodSource("appealCells")
    void appealsTotalBrokenInOneRow(AppealRow row, AppealOutcome column) {
        AnnualReport report = SeedReport.of2021().set(CellKey.of(row, column), 1).build();
        String parts = Stream.of(AppealOutcome.values()).filter(outcome -> outcome != AppealOutcome.TOTAL)
                .map(outcome -> outcome.key() + " " + (outcome == column ? 1 : 0))
                .reduce((a, b) -> a + " + " + b).orElseThrow();
        int sum = column == AppealOutcome.TOTAL ? 0 : 1;
        int total = column == AppealOutcome.TOTAL ? 1 : 0;

        assertThat(Validator.check(report)).containsExactly(new Diagnostic(Severity.ERROR, APPEALS_TOTAL,
                Location.row(TableKind.APPEALS, row),
                "appeals.total[" + row.key() + "]: " + parts + " = " + sum + ", but total = " + total));
    }

    @Test
    void appealsTotalMessageShape() {
        AnnualReport report = SeedReport.of2021().set("appeals.reconsideration.upheld", "1")
                .set("appeals.reconsideration.total", "2").build();

        assertThat(Validator.check(report)).extracting(Diagnostic::message).containsExactly(
                "appeals.total[reconsideration]: upheld 1 + corrected 0 + other 0 + pending 0 = 1, but total = 2");
    }

    @Test
    void appealsRowWithOnlyItsTotalIsUnchecked() {
        AnnualReport report = SeedReport.of2021().remove("appeals.litigation_direct.upheld")
                .remove("appeals.litigation_direct.corrected").remove("appeals.litigation_direct.other")
                .remove("appeals.litigation_direct.pending").build();

        assertThat(Validator.check(report)).containsExactly(new Diagnostic(Severity.INFO, APPEALS_TOTAL,
                Location.row(TableKind.APPEALS, AppealRow.LITIGATION_DIRECT),
                "appeals.total[litigation_direct]: could not be checked, absent: upheld, corrected, other, pending"));
    }

    @Test
    void findingsComeRuleByRuleInTableOrder() {
        AnnualReport report = SeedReport.of2021().set("appeals.litigation_after_reconsideration.total", "1")
                .set("appeals.reconsideration.total", "1").set("requests.granted.total", "1")
                .set("proactive.penalty.decisions", "-2").set("requests.carried_over.legal_service", "1").build();

        assertThat(Validator.check(report)).extracting(Diagnostic::code, Diagnostic::location).containsExactly(
                tuple(REQUESTS_BALANCE,
                        Location.column(TableKind.REQUESTS, Applicant.LEGAL_SERVICE)),
                tuple(REQUESTS_ROW_TOTAL,
                        Location.row(TableKind.REQUESTS, RequestRow.CARRIED_OVER)),
                tuple(REQUESTS_ROW_TOTAL,
                        Location.row(TableKind.REQUESTS, RequestRow.GRANTED)),
                tuple(REQUESTS_RESULTS_SUM,
                        Location.column(TableKind.REQUESTS, Applicant.TOTAL)),
                tuple(APPEALS_TOTAL,
                        Location.row(TableKind.APPEALS, AppealRow.RECONSIDERATION)),
                tuple(APPEALS_TOTAL,
                        Location.row(TableKind.APPEALS, AppealRow.LITIGATION_AFTER_RECONSIDERATION)),
                tuple(NONNEGATIVE,
                        Location.cell(CellKey.parse("proactive.penalty.decisions"))));
    }

    @Test
    void checkingTwiceGivesTheSameFindings() {
        AnnualReport report = SeedReport.of2021().set("requests.new.commercial", "3").build();

        List<Diagnostic> first = Validator.check(report);

        assertThat(first).hasSize(2).isEqualTo(Validator.check(report));
    }

    /**
     * A results_sum message over the seed's numbers in the 2019 outcome rows (unavailable_not_held 1, the rest 0),
     * its terms up to the row {@code end} starts with, then {@code end}.
     */
    private static String results(String column, String end) {
        return "requests.results_sum[" + column + "]: "
                + RequestRulesTest.OUTCOMES_2019.stream().filter(row -> !row.equals("other_handling")
                        && !end.startsWith(row + " "))
                        .map(row -> row + " " + (row.equals("unavailable_not_held") ? 1 : 0))
                        .reduce((a, b) -> a + " + " + b).orElseThrow()
                + " + " + end;
    }
}
