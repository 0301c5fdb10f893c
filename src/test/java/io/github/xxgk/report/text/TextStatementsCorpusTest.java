package io.github.xxgk.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.report.ReportParser;
import io.github.xxgk.report.TestData;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.CellKey;
import io.github.xxgk.report.model.Diagnostic;
import io.github.xxgk.report.model.DiagnosticCode;
import io.github.xxgk.report.model.TextStatement;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The headline numbers the prose of each corpus report states, as a reader finds them in sections 一 and 三 (checked
 * by hand against the source text), each with the cells it is tied to and how the tables compare.
 */
class TextStatementsCorpusTest {

    private static final ReportParser PARSER = ReportParser.create();

    private static final String DENIED = "requests.denied_state_secret.total+requests.denied_prohibited_by_law.total"
            + "+requests.denied_security_stability.total+requests.denied_third_party.total"
            + "+requests.denied_internal_affairs.total+requests.denied_process_info.total"
            + "+requests.denied_enforcement_file.total+requests.denied_administrative_query.total";
    private static final String UNAVAILABLE = "requests.unavailable_not_held.total"
            + "+requests.unavailable_needs_creation.total+requests.unavailable_unclear.total";
    private static final String REJECTED = "requests.rejected_petition.total+requests.rejected_duplicate.total"
            + "+requests.rejected_publication.total+requests.rejected_excessive.total"
            + "+requests.rejected_confirmation.total";
    private static final String LITIGATION = "appeals.litigation_direct.total"
            + "+appeals.litigation_after_reconsideration.total";
    private static final List<String> PINGTAN_2021 = List.of("requests.new.total 70 agrees",
            "requests.results_total.total 69 agrees", "requests.carried_forward.total 1 agrees");
    private static final List<String> PINGTAN_2024 = List.of("requests.results_total.total 218 agrees");

    static Stream<Arguments> reports() {
        return Stream.of(
                Arguments.of("hongze-district-2024.pdf", List.of("requests.new.total 17 unchecked")),
                Arguments.of("pingtan-2019-runtogether.txt", List.of()),
                Arguments.of("pingtan-2019.html", List.of()),
                Arguments.of("pingtan-2021-runtogether.txt", PINGTAN_2021),
                Arguments.of("pingtan-2021.html", PINGTAN_2021),
                Arguments.of("pingtan-2022-runtogether.txt", List.of(
                        "proactive.normative_documents.in_force 698 decided",
                        "proactive.normative_documents.issued 88 decided",
                        "requests.new.total+requests.carried_over.total 75 agrees",
                        "requests.new.natural_person+requests.carried_over.natural_person 72 agrees",
                        "requests.new.commercial 3 agrees",
                        LITIGATION + " 1 agrees",
                        "appeals.reconsideration.total 2 agrees")),
                Arguments.of("pingtan-2024-runtogether.txt", Stream.concat(PINGTAN_2024.stream(),
                        Stream.of("proactive.normative_documents.issued 62 unchecked")).toList()),
                Arguments.of("pingtan-2024.html", Stream.concat(PINGTAN_2024.stream(),
                        Stream.of("proactive.normative_documents.issued 62 agrees")).toList()),
                Arguments.of("shanghai-gov-office-2019-fragment.html", List.of(
                        "proactive.regulations.published 13 agrees",
                        "proactive.normative_documents.published 60 agrees",
                        "requests.new.total 859 agrees",
                        "requests.results_total.total 805 agrees",
                        "requests.carried_over.total 18 agrees",
                        "requests.carried_forward.total 72 agrees",
                        "requests.granted.total+requests.partially_granted.total 258 contradicts",
                        DENIED + " 35 unchecked",
                        UNAVAILABLE + " 265 unchecked",
                        REJECTED + " 158 unchecked",
                        "requests.other_handling.total 0 unchecked",
                        "appeals.reconsideration.total 7 agrees",
                        "appeals.litigation_direct.total 9 agrees")),
                Arguments.of("shanghai-gov-office-2025.md", List.of(
                        "requests.new.total 1295 agrees",
                        "requests.results_total.total 1191 agrees",
                        "requests.carried_over.total 189 agrees",
                        "requests.granted.total+requests.partially_granted.total 208 agrees",
                        DENIED + " 20 agrees",
                        UNAVAILABLE + " 564 agrees",
                        REJECTED + " 80 unchecked",
                        "requests.other_no_correction.total+requests.other_unpaid_fee.total"
                                + "+requests.other_other.total 319 unchecked")),
                Arguments.of("wuzhong-civil-affairs-2021.txt", List.of(
                        "requests.new.total 1 agrees",
                        "appeals.reconsideration.total 0 agrees",
                        LITIGATION + " 0 agrees")));
    }

    @ParameterizedTest
    @MethodSource("reports")
    void findsTheHeadlineStatements(String file, List<String> expected) throws Exception {
        AnnualReport report = PARSER.parse(TestData.REPORTS.resolve(file));

        assertThat(report.statements()).extracting(s -> s.cellsKey() + " " + s.value().toPlainString() + " "
                + s.agreement().key()).containsExactlyElementsOf(expected);
        assertThat(report.statements()).allSatisfy(s -> {
            assertThat(s.sentence()).contains(s.phrase());
            assertThat(s.line()).isPresent();
        });
    }

    @ParameterizedTest
    @MethodSource("reports")
    void reportsAMismatchOnlyWhereTheTextContradictsTheTable(String file, List<String> expected) throws Exception {
        AnnualReport report = PARSER.parse(TestData.REPORTS.resolve(file));

        List<Diagnostic> mismatches = report.diagnostics().stream()
                .filter(d -> d.code() == DiagnosticCode.TEXT_TABLE_MISMATCH).toList();
        assertThat(mismatches).hasSize(report.statements(TextStatement.Agreement.CONTRADICTS).size());
        if (file.startsWith("shanghai-gov-office-2019")) {
            assertThat(mismatches).singleElement().satisfies(d -> assertThat(d.message())
                    .contains("258", "予以公开及部分公开258件", "requests.granted.total", "275"));
        } else {
            assertThat(mismatches).isEmpty();
        }
    }

    @Test
    void theNarrativeResolvesTheRunTogetherNormativeDocumentsOf2022() throws Exception {
        AnnualReport report = PARSER.parse(TestData.REPORTS.resolve("pingtan-2022-runtogether.txt"));

        assertThat(report.values()).contains(
                Map.entry(CellKey.parse("proactive.normative_documents.issued"), new BigDecimal("88")),
                Map.entry(CellKey.parse("proactive.normative_documents.repealed"), new BigDecimal("55")),
                Map.entry(CellKey.parse("proactive.normative_documents.in_force"), new BigDecimal("698")));
        assertThat(report.diagnostics()).filteredOn(d -> d.code() == DiagnosticCode.CELL_RECOVERED_FROM_TEXT)
                .extracting(d -> d.location().column().orElseThrow())
                .containsExactly("issued", "repealed", "in_force");
        assertThat(report.diagnostics()).filteredOn(d -> d.code() == DiagnosticCode.CELL_RECOVERED_FROM_TEXT)
                .allSatisfy(d -> assertThat(d.message()).contains("88|55|698", "现行有效行政规范性文件698件"));
        assertThat(report.diagnostics()).noneMatch(d -> d.code() == DiagnosticCode.CELL_AMBIGUOUS_SPLIT
                && d.location().row().equals(java.util.Optional.of("normative_documents")));
    }

    @Test
    void aSplitTheNarrativeSaysNothingOfStaysOpen() throws Exception {
        // 2019: the 181 decisions of 行政许可 come from the HTML copy; the prose states no such number.
        AnnualReport report = PARSER.parse(TestData.REPORTS.resolve("pingtan-2019-runtogether.txt"));

        assertThat(report.values()).doesNotContainKey(CellKey.parse("proactive.licensing.decisions"));
        assertThat(report.diagnostics()).anyMatch(d -> d.code() == DiagnosticCode.CELL_AMBIGUOUS_SPLIT
                && d.location().row().equals(java.util.Optional.of("licensing")));
        assertThat(report.diagnostics()).noneMatch(d -> d.code() == DiagnosticCode.CELL_RECOVERED_FROM_TEXT);
    }
}
