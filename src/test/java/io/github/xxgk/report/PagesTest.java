package io.github.xxgk.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.CellKey;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The page excerpts of {@code testdata/pages/} (the first part of 30 report pages from as many agencies, as a
 * search index stored them) against their hand-checked answers in {@code testdata/pages/gold/}: together they give
 * at least 99 % of the gold cells and no wrong one. A wrong value is any value that differs from the gold, or any
 * value where the gold says the cell is absent, or any cell the gold does not list (a row the excerpt cuts off).
 * The per-file count is printed, so a regression shows where it happened.
 */
class PagesTest {

    private static final Path PAGES = TestData.ROOT.resolve("pages");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double MIN_RECOVERED = 0.99;

    private record Score(String file, int gold, int recovered, List<String> wrong) {
    }

    @Test
    void recoversTheGoldCellsAndNoWrongOne() throws IOException {
        List<Score> scores = new ArrayList<>();
        try (Stream<Path> files = Files.list(PAGES.resolve("gold"))) {
            for (Path gold : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                scores.add(score(gold));
            }
        }
        int gold = 0;
        int recovered = 0;
        List<String> wrong = new ArrayList<>();
        for (Score score : scores) {
            System.out.printf(Locale.ROOT, "%4d/%-4d %s%n", score.recovered, score.gold, score.file);
            gold += score.gold;
            recovered += score.recovered;
            score.wrong.forEach(w -> wrong.add(score.file + ": " + w));
        }
        System.out.printf(Locale.ROOT, "pages: %d of %d gold cells (%.1f %%), %d wrong%n", recovered, gold,
                100.0 * recovered / gold, wrong.size());
        assertThat(scores).hasSize(30);
        assertThat(wrong).as("wrong values").isEmpty();
        assertThat((double) recovered / gold).as("share of gold cells recovered").isGreaterThanOrEqualTo(MIN_RECOVERED);
    }

    private static Score score(Path goldFile) throws IOException {
        String name = TestData.baseName(goldFile);
        AnnualReport report = XxgkReport.parse(PAGES.resolve(name + ".txt"));
        JsonNode gold = JSON.readTree(Files.readString(goldFile, StandardCharsets.UTF_8));
        int count = 0;
        int recovered = 0;
        List<String> wrong = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = gold.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String key = field.getKey();
            if (key.startsWith("_")) {
                continue;
            }
            count++;
            JsonNode expected = field.getValue();
            Optional<String> actual = switch (key) {
                case "agency" -> report.metadata().agency();
                case "year" -> report.metadata().year().stream().mapToObj(String::valueOf).findFirst();
                case "template" -> Optional.of(report.metadata().template().key());
                default -> report.value(CellKey.parse(key)).map(BigDecimal::toPlainString);
            };
            if (matches(expected, actual)) {
                recovered++;
            } else if (actual.isPresent()) {
                wrong.add(key + " = " + actual.get() + ", gold " + expected);
            }
        }
        report.values().keySet().stream().map(CellKey::key).filter(key -> !gold.has(key))
                .forEach(key -> wrong.add(key + " = " + report.value(CellKey.parse(key)).orElseThrow()
                        + ", a cell the excerpt does not show whole"));
        return new Score(name, count, recovered, wrong);
    }

    private static boolean matches(JsonNode expected, Optional<String> actual) {
        if (expected.isNull()) {
            return actual.isEmpty();
        }
        if (actual.isEmpty()) {
            return false;
        }
        if (expected.isNumber()) {
            return new BigDecimal(actual.get()).compareTo(expected.decimalValue()) == 0;
        }
        return expected.asText().equals(actual.get());
    }
}
