package io.github.xxgk.report.validate;

import static io.github.xxgk.report.model.DiagnosticCode.REQUESTS_BALANCE;
import static io.github.xxgk.report.model.DiagnosticCode.REQUESTS_RESULTS_SUM;
import static io.github.xxgk.report.model.DiagnosticCode.REQUESTS_ROW_TOTAL;
import static io.github.xxgk.report.validate.SeedReport.seedValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.Applicant;
import io.github.xxgk.report.model.CellKey;
import io.github.xxgk.report.model.Diagnostic;
import io.github.xxgk.report.model.DiagnosticCode;
import io.github.xxgk.report.model.Location;
import io.github.xxgk.report.model.RequestRow;
import io.github.xxgk.report.model.Severity;
import io.github.xxgk.report.model.TableKind;
import io.github.xxgk.report.model.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The three rules of table 三, each broken by changing one number of the seed report. */
class RequestRulesTest {

    /** The outcome rows of the 2021 template, as the spec lists them. */
    static final List<String> OUTCOMES_2021 = List.of("granted", "partially_granted", "denied_state_secret",
            "denied_prohibited_by_law", "denied_security_stability", "denied_third_party", "denied_internal_affairs",
            "denied_process_info", "denied_enforcement_file", "denied_administrative_query", "unavailable_not_held",
            "unavailable_needs_creation", "unavailable_unclear", "rejected_petition", "rejected_duplicate",
            "rejected_publication", "rejected_excessive", "rejected_confirmation", "other_no_correction",
            "other_unpaid_fee", "other_other");

    /** The outcome rows of the 2019 template: （六）其他处理 is one row. */
    static final List<String> OUTCOMES_2019 = Stream.concat(
            OUTCOMES_2021.stream().filter(row -> !row.startsWith("other_")), Stream.of("other_handling")).toList();

    @Test
    void balanceMessageNamesTheCellsAndBothSides() {
        AnnualReport report = SeedReport.of2021().set("requests.new.natural_person", "5")
                .set("requests.carried_over.natural_person", "1").set("requests.results_total.natural_person", "5")
                .build();

        assertThat(only(Validator.check(report), REQUESTS_BALANCE)).containsExactly(new Diagnostic(Severity.ERROR,
                REQUESTS_BALANCE, Location.column(TableKind.REQUESTS, Applicant.NATURAL_PERSON),
                "requests.balance[natural_person]: new 5 + carried_over 1 = 6, but results_total 5 + carried_forward 0"
                        + " = 5"));
    }

    @ParameterizedTest
    @EnumSource(Applicant.class)
    void balanceBrokenInOneColumn(Applicant column) {
        AnnualReport report = SeedReport.of2021().set(CellKey.of(RequestRow.CARRIED_OVER, column), 1).build();
        long n = seedValue(RequestRow.NEW, column);

        List<Diagnostic> found = Validator.check(report);

        assertThat(only(found, REQUESTS_BALANCE)).containsExactly(new Diagnostic(Severity.ERROR, REQUESTS_BALANCE,
                Location.column(TableKind.REQUESTS, column),
                "requests.balance[" + column.key() + "]: new " + n + " + carried_over 1 = " + (n + 1)
                        + ", but results_total " + n + " + carried_forward 0 = " + n));
        // the changed cell also breaks its row's total, and nothing else
        assertThat(found).extracting(Diagnostic::code).containsExactly(REQUESTS_BALANCE, REQUESTS_ROW_TOTAL);
    }

    @Test
    void rowTotalMessageListsTheSixColumns() {
        AnnualReport report = SeedReport.of2021().set("requests.new.total", "2").build();

        assertThat(only(Validator.check(report), REQUESTS_ROW_TOTAL)).containsExactly(new Diagnostic(
                Severity.ERROR, REQUESTS_ROW_TOTAL, Location.row(TableKind.REQUESTS, RequestRow.NEW),
                "requests.row_total[new]: natural_person 1 + commercial 0 + research 0 + nonprofit 0"
                        + " + legal_service 0 + other_org 0 = 1, but total = 2"));
    }

    static Stream<Arguments> rowsOfBothTemplates() {
        return Stream.of(Template.T2021, Template.T2019)
                .flatMap(template -> RequestRow.printedOrder(template).stream()
                        .map(row -> Arguments.of(template, row)));
    }

    @ParameterizedTest
    @MethodSource("rowsOfBothTemplates")
    void rowTotalBrokenInOneRow(Template template, RequestRow row) {
        long total = seedValue(row, Applicant.TOTAL) + 1;
        AnnualReport report = seed(template).set(CellKey.of(row, Applicant.TOTAL), total).build();
        long n = seedValue(row, Applicant.NATURAL_PERSON);

        List<Diagnostic> found = Validator.check(report);

        assertThat(only(found, REQUESTS_ROW_TOTAL)).containsExactly(new Diagnostic(Severity.ERROR,
                REQUESTS_ROW_TOTAL, Location.row(TableKind.REQUESTS, row),
                "requests.row_total[" + row.key() + "]: natural_person " + n + " + commercial 0 + research 0"
                        + " + nonprofit 0 + legal_service 0 + other_org 0 = " + n + ", but total = " + total));
        // the total column's own rule breaks too: balance for the rows it adds, results_sum for the outcome rows
        List<DiagnosticCode> expected = new ArrayList<>();
        if (List.of("new", "carried_over", "results_total", "carried_forward").contains(row.key())) {
            expected.add(REQUESTS_BALANCE);
        }
        expected.add(REQUESTS_ROW_TOTAL);
        if (outcomes(template).contains(row.key()) || row == RequestRow.RESULTS_TOTAL) {
            expected.add(REQUESTS_RESULTS_SUM);
        }
        assertThat(found).extracting(Diagnostic::code).containsExactlyElementsOf(expected);
    }

    @Test
    void resultsSumMessageListsEveryOutcomeRow() {
        AnnualReport report = SeedReport.of2021().set("requests.granted.natural_person", "1").build();

        assertThat(only(Validator.check(report), REQUESTS_RESULTS_SUM)).containsExactly(new Diagnostic(
                Severity.ERROR, REQUESTS_RESULTS_SUM, Location.column(TableKind.REQUESTS, Applicant.NATURAL_PERSON),
                "requests.results_sum[natural_person]: granted 1 + partially_granted 0 + denied_state_secret 0"
                        + " + denied_prohibited_by_law 0 + denied_security_stability 0 + denied_third_party 0"
                        + " + denied_internal_affairs 0 + denied_process_info 0 + denied_enforcement_file 0"
                        + " + denied_administrative_query 0 + unavailable_not_held 1 + unavailable_needs_creation 0"
                        + " + unavailable_unclear 0 + rejected_petition 0 + rejected_duplicate 0"
                        + " + rejected_publication 0 + rejected_excessive 0 + rejected_confirmation 0"
                        + " + other_no_correction 0 + other_unpaid_fee 0 + other_other 0 = 2, but results_total = 1"));
    }

    static Stream<Arguments> columnsOfBothTemplates() {
        return Stream.of(Template.T2021, Template.T2019)
                .flatMap(template -> Stream.of(Applicant.values()).map(column -> Arguments.of(template, column)));
    }

    @ParameterizedTest
    @MethodSource("columnsOfBothTemplates")
    void resultsSumBrokenInOneColumn(Template template, Applicant column) {
        String lastOutcome = template == Template.T2021 ? "other_other" : "other_handling";
        AnnualReport report = seed(template).set("requests." + lastOutcome + "." + column.key(), "3").build();
        long total = seedValue(RequestRow.RESULTS_TOTAL, column);

        List<Diagnostic> found = Validator.check(report);

        String terms = outcomes(template).stream()
                .map(row -> row + " " + (row.equals(lastOutcome) ? 3 : seedValue(RequestRow.valueOf(
                        row.toUpperCase(Locale.ROOT)), column)))
                .collect(Collectors.joining(" + "));
        assertThat(only(found, REQUESTS_RESULTS_SUM)).containsExactly(new Diagnostic(Severity.ERROR,
                REQUESTS_RESULTS_SUM, Location.column(TableKind.REQUESTS, column),
                "requests.results_sum[" + column.key() + "]: " + terms + " = " + (total + 3) + ", but results_total = "
                        + total));
        assertThat(found).extracting(Diagnostic::code).containsExactly(REQUESTS_ROW_TOTAL, REQUESTS_RESULTS_SUM);
    }

    @Test
    void missingRowIsReportedAsUncheckedNotAsViolated() {
        AnnualReport report = SeedReport.of2021().removeRow(RequestRow.CARRIED_FORWARD).build();

        List<Diagnostic> found = Validator.check(report);

        assertThat(found).containsExactlyElementsOf(Stream.of(Applicant.values())
                .map(column -> new Diagnostic(Severity.INFO, REQUESTS_BALANCE,
                        Location.column(TableKind.REQUESTS, column),
                        "requests.balance[" + column.key() + "]: could not be checked, absent: carried_forward"))
                .toList());
    }

    @Test
    void missingCellMakesItsRowAndColumnUnchecked() {
        AnnualReport report = SeedReport.of2021().remove("requests.granted.natural_person").build();

        assertThat(Validator.check(report)).containsExactly(
                new Diagnostic(Severity.INFO, REQUESTS_ROW_TOTAL, Location.row(TableKind.REQUESTS, RequestRow.GRANTED),
                        "requests.row_total[granted]: could not be checked, absent: natural_person"),
                new Diagnostic(Severity.INFO, REQUESTS_RESULTS_SUM,
                        Location.column(TableKind.REQUESTS, Applicant.NATURAL_PERSON),
                        "requests.results_sum[natural_person]: could not be checked, absent: granted"));
    }

    @Test
    void blankTotalWithPartsGivenIsUncheckedEverywhereItTakesPart() {
        AnnualReport report = SeedReport.of2021().remove("requests.results_total.total").build();

        assertThat(Validator.check(report)).extracting(Diagnostic::severity, Diagnostic::code, Diagnostic::message)
                .containsExactly(
                        tuple(Severity.INFO, REQUESTS_BALANCE,
                                "requests.balance[total]: could not be checked, absent: results_total"),
                        tuple(Severity.INFO, REQUESTS_ROW_TOTAL,
                                "requests.row_total[results_total]: could not be checked, absent: total"),
                        tuple(Severity.INFO, REQUESTS_RESULTS_SUM,
                                "requests.results_sum[total]: could not be checked, absent: results_total"));
    }

    @Test
    void uncheckedInstanceDoesNotHideAViolationElsewhere() {
        AnnualReport report = SeedReport.of2021().remove("requests.carried_forward.commercial")
                .set("requests.new.research", "1").set("requests.new.total", "2").build();

        assertThat(Validator.check(report)).extracting(Diagnostic::severity, Diagnostic::code, Diagnostic::location)
                .containsExactly(
                        tuple(Severity.INFO, REQUESTS_BALANCE,
                                Location.column(TableKind.REQUESTS, Applicant.COMMERCIAL)),
                        tuple(Severity.ERROR, REQUESTS_BALANCE,
                                Location.column(TableKind.REQUESTS, Applicant.RESEARCH)),
                        tuple(Severity.ERROR, REQUESTS_BALANCE,
                                Location.column(TableKind.REQUESTS, Applicant.TOTAL)),
                        tuple(Severity.INFO, REQUESTS_ROW_TOTAL,
                                Location.row(TableKind.REQUESTS, RequestRow.CARRIED_FORWARD)));
    }

    @Test
    void in2019TheOtherHandlingRowIsAnOutcome() {
        AnnualReport report = SeedReport.of2019().set("requests.other_handling.natural_person", "1").build();

        Diagnostic sum = only(Validator.check(report), REQUESTS_RESULTS_SUM).get(0);

        assertThat(sum.message()).endsWith(
                "rejected_confirmation 0 + other_handling 1 = 2, but results_total = 1").doesNotContain("other_other");
    }

    @Test
    void in2019AMissingOtherHandlingRowLeavesTheColumnsUnchecked() {
        AnnualReport report = SeedReport.of2019().removeRow(RequestRow.OTHER_HANDLING).build();

        assertThat(Validator.check(report)).hasSize(Applicant.values().length).allSatisfy(diagnostic -> {
            assertThat(diagnostic.severity()).isEqualTo(Severity.INFO);
            assertThat(diagnostic.code()).isEqualTo(REQUESTS_RESULTS_SUM);
            assertThat(diagnostic.message()).endsWith(": could not be checked, absent: other_handling");
        });
    }

    @Test
    void in2021TheThreeOtherRowsAreExpected() {
        AnnualReport report = SeedReport.of2021().removeRow(RequestRow.OTHER_NO_CORRECTION)
                .removeRow(RequestRow.OTHER_UNPAID_FEE).removeRow(RequestRow.OTHER_OTHER).build();

        assertThat(Validator.check(report)).extracting(Diagnostic::message).containsExactlyElementsOf(
                Stream.of(Applicant.values()).map(column -> "requests.results_sum[" + column.key()
                        + "]: could not be checked, absent: other_no_correction, other_unpaid_fee, other_other")
                        .toList());
    }

    static SeedReport seed(Template template) {
        return template == Template.T2021 ? SeedReport.of2021() : SeedReport.of2019();
    }

    static List<String> outcomes(Template template) {
        return template == Template.T2021 ? OUTCOMES_2021 : OUTCOMES_2019;
    }

    static List<Diagnostic> only(List<Diagnostic> diagnostics, DiagnosticCode code) {
        return diagnostics.stream().filter(diagnostic -> diagnostic.code() == code).toList();
    }
}
