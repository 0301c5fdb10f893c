package io.github.xxgk.report.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.AppealTable;
import io.github.xxgk.report.model.CellKey;
import io.github.xxgk.report.model.Diagnostic;
import io.github.xxgk.report.model.DiagnosticCode;
import io.github.xxgk.report.model.ProactiveTable;
import io.github.xxgk.report.model.ReportMetadata;
import io.github.xxgk.report.model.RequestTable;
import io.github.xxgk.report.model.Severity;
import io.github.xxgk.report.model.SourceFormat;
import io.github.xxgk.report.model.TableKind;
import io.github.xxgk.report.model.Template;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The rules on the hand-checked values of real reports (testdata/gold, see testdata/README.md). */
class GoldReportsTest {

    private static final Path GOLD = io.github.xxgk.report.TestData.GOLD;
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<String> goldFiles() throws IOException {
        try (Stream<Path> files = Files.list(GOLD)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".json")).sorted()
                    .toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("goldFiles")
    void realReportsBalanceAndBreakNoRule(String name) {
        List<Diagnostic> found = Validator.check(load(name, Map.of()));

        // every gold file lists new, carried_over, results_total and carried_forward of the total column
        assertThat(found).noneMatch(diagnostic -> diagnostic.code() == DiagnosticCode.REQUESTS_BALANCE
                && diagnostic.location().column().equals(Optional.of("total")));
        assertThat(found).allSatisfy(diagnostic -> {
            assertThat(diagnostic.severity()).isEqualTo(Severity.INFO);
            assertThat(diagnostic.message()).contains(": could not be checked, absent: ");
        });
    }

    @Test
    void partialReportSaysWhatCouldNotBeChecked() {
        List<Diagnostic> found = Validator.check(load("shanghai-gov-office-2025.json", Map.of()));

        Map<DiagnosticCode, Long> byCode = found.stream()
                .collect(Collectors.groupingBy(Diagnostic::code, Collectors.counting()));
        assertThat(byCode).containsExactlyInAnyOrderEntriesOf(Map.of(DiagnosticCode.REQUESTS_BALANCE, 1L,
                DiagnosticCode.REQUESTS_ROW_TOTAL, 6L, DiagnosticCode.REQUESTS_RESULTS_SUM, 1L,
                DiagnosticCode.APPEALS_TOTAL, 3L));
        assertThat(found.get(0).message()).isEqualTo(
                "requests.balance[natural_person]: could not be checked, absent: carried_over, results_total,"
                        + " carried_forward");
    }

    @Test
    void printedContradictionIsFound() {
        // 上海 2025 prints new 1295 + carried_over 189 = results_total 1191 + carried_forward 293; one digit off
        AnnualReport report = load("shanghai-gov-office-2025.json", Map.of("requests.results_total.total", "1192"));

        assertThat(Validator.check(report)).filteredOn(diagnostic -> diagnostic.severity() == Severity.ERROR)
                .extracting(Diagnostic::message).containsExactly(
                        "requests.balance[total]: new 1295 + carried_over 189 = 1484, but results_total 1192"
                                + " + carried_forward 293 = 1485");
    }

    @Test
    void pingtanCarriesItsOneRequestFrom2021To2022() throws IOException {
        List<AnnualReport> reports = goldFiles().map(name -> load(name, Map.of())).toList();

        assertThat(Validator.checkAcrossYears(reports)).hasSize(reports.size())
                .allSatisfy(diagnostics -> assertThat(diagnostics).isEmpty());

        AnnualReport y2021 = load("pingtan-2021.json", Map.of());
        AnnualReport y2022 = load("pingtan-2022-runtogether.json", Map.of("requests.carried_over.total", "2"));
        assertThat(Validator.checkAcrossYears(List.of(y2022, y2021)).get(0)).extracting(Diagnostic::message)
                .containsExactly("years.carry[total]: carried_over 2 in 2022 report, but carried_forward 1 in 2021"
                        + " report");
    }

    /** The report of a gold file, with some cells changed. */
    private static AnnualReport load(String name, Map<String, String> changes) {
        JsonNode gold;
        try {
            gold = JSON.readTree(Files.readString(GOLD.resolve(name), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<TableKind, Map<CellKey, BigDecimal>> tables = new HashMap<>();
        for (TableKind table : TableKind.values()) {
            tables.put(table, new HashMap<>());
        }
        for (Map.Entry<String, JsonNode> field : gold.properties()) {
            CellKey.find(field.getKey()).filter(cell -> !field.getValue().isNull())
                    .ifPresent(cell -> tables.get(cell.table()).put(cell, field.getValue().decimalValue()));
        }
        changes.forEach((key, value) -> {
            CellKey cell = CellKey.parse(key);
            tables.get(cell.table()).put(cell, new BigDecimal(value));
        });
        ReportMetadata metadata = new ReportMetadata(Optional.of(gold.get("agency").asText()),
                OptionalInt.of(gold.get("year").asInt()), Optional.empty(),
                Template.ofKey(gold.get("template").asText()), name, SourceFormat.TEXT);
        return new AnnualReport(metadata, List.of(), List.of(), new ProactiveTable(tables.get(TableKind.PROACTIVE)),
                new RequestTable(tables.get(TableKind.REQUESTS)), new AppealTable(tables.get(TableKind.APPEALS)),
                List.of(), List.of());
    }
}
