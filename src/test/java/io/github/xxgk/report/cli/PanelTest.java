package io.github.xxgk.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opencsv.CSVReader;
import io.github.xxgk.report.TestData;
import io.github.xxgk.report.export.Codebook;
import io.github.xxgk.report.export.PanelCsv;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code convert --format panel}: one row per agency and year, copies collapsed, conflicts listed. */
class PanelTest {

    /** The series the hand-checked gold files answer, with the gold cells whose sum each is. */
    private static final Map<String, List<String>> SERIES_OF_GOLD = Map.of(
            "series.requests_new", List.of("requests.new.total"),
            "series.requests_carried_over", List.of("requests.carried_over.total"),
            "series.granted", List.of("requests.granted.total"),
            "series.partially_granted", List.of("requests.partially_granted.total"),
            "series.results_total", List.of("requests.results_total.total"),
            "series.carried_forward", List.of("requests.carried_forward.total"),
            "series.reconsideration", List.of("appeals.reconsideration.total"),
            "series.litigation", List.of("appeals.litigation_direct.total",
                    "appeals.litigation_after_reconsideration.total"));

    /** The series of pre-2019 gold files, by the indicator label their tables print. */
    private static final Map<String, String> SERIES_OF_LEGACY_GOLD = Map.of(
            "series.requests_new", "受理依申请公开信息总数", "series.results_total", "对申请的答复",
            "series.granted", "同意公开答复数", "series.partially_granted", "同意部分公开答复数",
            "series.reconsideration", "行政复议数", "series.litigation", "行政诉讼数");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private List<Map<String, String>> panel(String... args) throws Exception {
        out.reset();
        err.reset();
        List<String> all = new ArrayList<>(List.of("convert", "--format", "panel"));
        all.addAll(List.of(args));
        Main.run(all.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        try (CSVReader reader = new CSVReader(new StringReader(out.toString(StandardCharsets.UTF_8)))) {
            List<String[]> rows = reader.readAll();
            assertThat(rows.get(0)).containsExactlyElementsOf(Codebook.panel().stream().map(c -> c.name()).toList());
            List<Map<String, String>> panel = new ArrayList<>();
            for (String[] row : rows.subList(1, rows.size())) {
                Map<String, String> named = new LinkedHashMap<>();
                for (int i = 0; i < row.length; i++) {
                    named.put(rows.get(0)[i], row[i]);
                }
                panel.add(named);
            }
            return panel;
        }
    }

    private static Map<String, String> row(List<Map<String, String>> panel, String agency, int year) {
        return panel.stream().filter(r -> r.get("agency").equals(agency) && r.get("year").equals("" + year))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + agency + " " + year));
    }

    @Test
    void thePingtanReportsFormOnePanelWhoseSeriesAreTheReportsOwnNumbers() throws Exception {
        List<Map<String, String>> panel = panel(TestData.REPORTS.toString());

        List<String> pingtan = panel.stream().filter(r -> r.get("agency").startsWith("平潭"))
                .map(r -> r.get("agency") + " " + r.get("year") + " " + r.get("file_count")).toList();
        assertThat(pingtan).containsExactly("平潭县人民政府 2011 1", "平潭综合实验区 2016 1", "平潭综合实验区 2018 1",
                "平潭综合实验区 2019 2", "平潭综合实验区 2021 2", "平潭综合实验区 2022 1", "平潭综合实验区 2024 2");
        assertThat(row(panel, "平潭综合实验区", 2024).get("files")).contains("pingtan-2024-runtogether.txt | ")
                .endsWith("pingtan-2024.html");

        ObjectMapper json = new ObjectMapper();
        int checked = 0;
        try (Stream<Path> gold = Files.list(TestData.GOLD)) {
            for (Path file : gold.filter(f -> f.getFileName().toString().startsWith("pingtan")).sorted().toList()) {
                JsonNode answer = json.readTree(file.toFile());
                Map<String, String> row = row(panel, answer.get("agency").asText(), answer.get("year").asInt());
                assertThat(row.get("conflicts")).as(file.toString()).isEmpty();
                checked += answer.has("legacy") ? checkLegacy(answer, row) : checkCells(answer, row);
            }
        }
        assertThat(checked).as("series checked against the gold answers").isGreaterThan(40);
    }

    private static int checkCells(JsonNode answer, Map<String, String> row) {
        int checked = 0;
        for (Map.Entry<String, List<String>> series : SERIES_OF_GOLD.entrySet()) {
            if (series.getValue().stream().allMatch(cell -> answer.hasNonNull(cell))) {
                BigDecimal sum = series.getValue().stream().map(cell -> answer.get(cell).decimalValue())
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(new BigDecimal(row.get(series.getKey()))).as(series.getKey()).isEqualByComparingTo(sum);
                checked++;
            }
        }
        return checked;
    }

    private static int checkLegacy(JsonNode answer, Map<String, String> row) {
        int checked = 0;
        String year = answer.get("year").asText() + "年度";
        for (Map.Entry<String, String> series : SERIES_OF_LEGACY_GOLD.entrySet()) {
            for (JsonNode legacy : answer.get("legacy")) {
                if (legacy.get("indicator").asText().contains(series.getValue())
                        && legacy.get("column").asText().equals(year)) {
                    assertThat(new BigDecimal(row.get(series.getKey()))).as(series.getKey())
                            .isEqualByComparingTo(legacy.get("value").decimalValue());
                    checked++;
                }
            }
        }
        return checked;
    }

    @Test
    void twoFilesOfOneReportThatDisagreeGiveAConflictNotAValue() throws Exception {
        Path first = Files.writeString(dir.resolve("a.txt"), TestData.seedText());
        Path second = Files.writeString(dir.resolve("b.txt"), SeedReports.wrongRowTotal());
        Path broken = Files.writeString(dir.resolve("c.txt"), "");

        List<Map<String, String>> panel = panel(first.toString(), second.toString(), broken.toString());

        assertThat(panel).hasSize(1);
        Map<String, String> row = panel.get(0);
        assertThat(row.get("files")).isEqualTo(first + " | " + second);
        assertThat(row.get("file_count")).isEqualTo("2");
        assertThat(row.get("errors")).isEqualTo("2");
        assertThat(row.get("warnings")).isEqualTo("0");
        assertThat(row.get("requests.new.total")).isEmpty();
        assertThat(row.get("series.requests_new")).isEmpty();
        assertThat(row.get("conflicts")).isEqualTo("requests.new.total: 1 (" + first + ") ≠ 5 (" + second + "); "
                + "series.requests_new: 1 (" + first + ") ≠ 5 (" + second + ")");
        assertThat(row.get("requests.new.natural_person")).isEqualTo("1");
        assertThat(row.get("proactive.licensing.decisions")).isEqualTo("34");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("panel: 1 file has no row");
    }

    @Test
    void amountsThatDifferOnlyInTrailingZerosAgree() throws Exception {
        String fees = "行政事业性收费\t0\t\t\n";
        assertThat(TestData.seedText()).contains(fees);
        Path first = Files.writeString(dir.resolve("a.txt"), TestData.seedText().replace(fees, "行政事业性收费\t12.5\t\t\n"));
        Path second = Files.writeString(dir.resolve("b.txt"),
                TestData.seedText().replace(fees, "行政事业性收费\t12.50\t\t\n"));

        Map<String, String> row = panel(first.toString(), second.toString()).get(0);

        assertThat(row.get("conflicts")).isEmpty();
        assertThat(row.get("proactive.fees.amount")).isEqualTo("12.5");
        assertThat(PanelCsv.agencyKey("平潭 综合实验区")).isEqualTo("平潭综合实验区");
    }
}
