package io.github.xxgk.report.validate;

import static io.github.xxgk.report.model.DiagnosticCode.YEARS_CARRY;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.Applicant;
import io.github.xxgk.report.model.CellKey;
import io.github.xxgk.report.model.Diagnostic;
import io.github.xxgk.report.model.Location;
import io.github.xxgk.report.model.RequestRow;
import io.github.xxgk.report.model.Severity;
import io.github.xxgk.report.model.TableKind;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The {@code years.carry} rule over the reports of one agency for consecutive years. */
class AcrossYearsTest {

    private static final AnnualReport SEED_2021 = SeedReport.of2021().build();

    @Test
    void matchingCarryGivesNothing() {
        AnnualReport next = SeedReport.of2021().year(2022).build();

        assertThat(Validator.checkAcrossYears(List.of(SEED_2021, next))).containsExactly(List.of(), List.of());
    }

    @ParameterizedTest
    @EnumSource(Applicant.class)
    void mismatchIsAWarningOnTheLaterReport(Applicant column) {
        AnnualReport next = SeedReport.of2021().year(2022).set(CellKey.of(RequestRow.CARRIED_OVER, column), 1)
                .build();

        List<List<Diagnostic>> found = Validator.checkAcrossYears(List.of(SEED_2021, next));

        assertThat(found).containsExactly(List.of(), List.of(carry(column,
                "carried_over 1 in 2022 report, but carried_forward 0 in 2021 report")));
    }

    @Test
    void findingsFollowTheInputOrder() {
        AnnualReport next = SeedReport.of2021().year(2022).set("requests.carried_over.natural_person", "1").build();

        List<List<Diagnostic>> found = Validator.checkAcrossYears(List.of(next, SEED_2021));

        assertThat(found).containsExactly(List.of(carry(Applicant.NATURAL_PERSON,
                "carried_over 1 in 2022 report, but carried_forward 0 in 2021 report")), List.of());
    }

    @Test
    void carriedForwardOfThePreviousYearIsWhatCounts() {
        AnnualReport previous = SeedReport.of2021().set("requests.carried_forward.total", "2").build();
        AnnualReport matching = SeedReport.of2021().year(2022).set("requests.carried_over.total", "2").build();
        AnnualReport differing = SeedReport.of2021().year(2022).build();

        assertThat(Validator.checkAcrossYears(List.of(previous, matching))).containsExactly(List.of(), List.of());
        assertThat(Validator.checkAcrossYears(List.of(previous, differing))).containsExactly(List.of(),
                List.of(carry(Applicant.TOTAL, "carried_over 0 in 2022 report, but carried_forward 2 in 2021 report")));
    }

    @Test
    void eachLinkOfAChainIsCheckedOnce() {
        AnnualReport y2020 = SeedReport.of2019().set("requests.carried_forward.research", "4").build();
        AnnualReport y2021 = SeedReport.of2021().set("requests.carried_forward.research", "5").build();
        AnnualReport y2022 = SeedReport.of2021().year(2022).build();

        List<List<Diagnostic>> found = Validator.checkAcrossYears(List.of(y2022, y2020, y2021));

        assertThat(found).containsExactly(
                List.of(carry(Applicant.RESEARCH,
                        "carried_over 0 in 2022 report, but carried_forward 5 in 2021 report")),
                List.of(),
                List.of(carry(Applicant.RESEARCH,
                        "carried_over 0 in 2021 report, but carried_forward 4 in 2020 report")));
    }

    @Test
    void twoCopiesOfThePreviousYearGiveOneWarningPerDifferentValue() {
        AnnualReport next = SeedReport.of2021().year(2022).set("requests.carried_over.commercial", "1").build();
        AnnualReport otherCopy = SeedReport.of2021().set("requests.carried_forward.commercial", "2").build();

        assertThat(Validator.checkAcrossYears(List.of(SEED_2021, SEED_2021, next)).get(2)).hasSize(1);
        assertThat(Validator.checkAcrossYears(List.of(SEED_2021, otherCopy, next)).get(2)).extracting(
                Diagnostic::message).containsExactly(
                "years.carry[commercial]: carried_over 1 in 2022 report, but carried_forward 0 in 2021 report",
                "years.carry[commercial]: carried_over 1 in 2022 report, but carried_forward 2 in 2021 report");
    }

    @Test
    void reportsThatAreNotConsecutiveYearsOfOneAgencyAreNotCompared() {
        SeedReport changed = SeedReport.of2021().set("requests.carried_over.natural_person", "1");
        List<AnnualReport> unrelated = List.of(
                changed.year(2023).build(),
                changed.year(2021).build(),
                changed.year(2022).agency("吴忠市民政厅").build(),
                changed.agency("吴忠市民政局").noYear().build(),
                changed.year(2022).noAgency().build(),
                changed.agency("  ").build());

        assertThat(Validator.checkAcrossYears(unrelated)).hasSize(unrelated.size()).allSatisfy(
                diagnostics -> assertThat(diagnostics).isEmpty());
    }

    @Test
    void absentCellsAreNotCompared() {
        AnnualReport next = SeedReport.of2021().year(2022).removeRow(RequestRow.CARRIED_OVER).build();
        AnnualReport previous = SeedReport.of2021().removeTable(TableKind.REQUESTS).build();
        AnnualReport changed = SeedReport.of2021().year(2022).set("requests.carried_over.total", "9").build();

        assertThat(Validator.checkAcrossYears(List.of(SEED_2021, next))).containsExactly(List.of(), List.of());
        assertThat(Validator.checkAcrossYears(List.of(previous, changed))).containsExactly(List.of(), List.of());
    }

    static Stream<Arguments> sameAgencies() {
        return Stream.of(
                Arguments.of("吴忠市民政局", "吴忠市 民政局"),
                Arguments.of("吴忠市民政局", "\u3000吴忠市民政局\u00A0"),
                Arguments.of("吴忠市民政局", "吴忠市\r\n民政局\t"),
                Arguments.of("吴忠市民政局", "吴忠市\u200B民政局\uFEFF"),
                Arguments.of("ＸＸ县１号办公室", "XX县1号办公室"),
                Arguments.of("淮安市洪泽区人民政府（区政府办）", "淮安市洪泽区人民政府(区政府办)"),
                Arguments.of("某某县人民政府〔开发区〕", "某某县人民政府[开发区]"),
                Arguments.of("某某县人民政府【开发区】", "某某县人民政府（开发区）"),
                Arguments.of("某某县人民政府［开发区］", "某某县人民政府 ( 开发区 )"));
    }

    @ParameterizedTest
    @MethodSource("sameAgencies")
    void sameAgencyDespiteWidthSpacesAndBrackets(String previousAgency, String agency) {
        AnnualReport previous = SeedReport.of2021().agency(previousAgency).build();
        AnnualReport next = SeedReport.of2021().agency(agency).year(2022)
                .set("requests.carried_over.total", "1").build();

        assertThat(Validator.checkAcrossYears(List.of(previous, next)).get(1)).extracting(Diagnostic::code)
                .containsExactly(YEARS_CARRY);
    }

    @Test
    void normalisedNameKeepsWhatIdentifiesTheAgency() {
        assertThat(Agencies.normalise(" 吴忠市 民政局（办公室）\u3000")).isEqualTo("吴忠市民政局(办公室)");
        assertThat(Agencies.normalise("某县〔２０２１〕【Ａ】[b]")).isEqualTo("某县(2021)(A)(b)");
    }

    private static Diagnostic carry(Applicant column, String text) {
        return new Diagnostic(Severity.WARNING, YEARS_CARRY, Location.column(TableKind.REQUESTS, column),
                "years.carry[" + column.key() + "]: " + text);
    }
}
