package io.github.xxgk.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.CellKey;
import io.github.xxgk.report.model.LegacyRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every hand-checked answer in {@code testdata/gold/NAME.json} (agency, year, template and cell values, {@code null}
 * meaning the cell must be absent; for a pre-2019 report, {@code legacy}: a list of {@code {indicator, unit, column,
 * value}} rows) holds for the report of that name in {@code testdata/reports/}.
 */
class GoldTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LEGACY = "legacy";

    static Stream<Arguments> answers() throws IOException {
        List<Arguments> answers = new ArrayList<>();
        try (Stream<Path> gold = Files.list(TestData.GOLD)) {
            for (Path file : gold.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                Path report = report(TestData.baseName(file));
                JsonNode node = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
                for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    if (field.getKey().equals(LEGACY)) {
                        field.getValue().forEach(row -> answers.add(
                                Arguments.of(report.getFileName().toString(), LEGACY, row)));
                    } else if (!field.getKey().startsWith("_")) {
                        answers.add(Arguments.of(report.getFileName().toString(), field.getKey(), field.getValue()));
                    }
                }
            }
        }
        return answers.stream();
    }

    private static Path report(String baseName) {
        return TestData.reports().stream()
                .filter(p -> TestData.baseName(p).equals(baseName))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no report for gold file " + baseName));
    }

    @ParameterizedTest(name = "{0} {1} = {2}")
    @MethodSource("answers")
    void answerHolds(String report, String key, JsonNode expected) {
        AnnualReport parsed = Parsed.of(TestData.REPORTS.resolve(report));
        switch (key) {
            case "agency" -> assertThat(parsed.metadata().agency()).contains(expected.asText());
            case "year" -> assertThat(parsed.metadata().year()).hasValue(expected.asInt());
            case "template" -> assertThat(parsed.metadata().template().key()).isEqualTo(expected.asText());
            case LEGACY -> legacyHolds(parsed.legacyRows(), expected);
            default -> {
                Optional<BigDecimal> value = parsed.value(CellKey.parse(key));
                if (expected.isNull()) {
                    assertThat(value).as(key).isEmpty();
                } else {
                    assertThat(value).as(key).hasValueSatisfying(
                            v -> assertThat(v).isEqualByComparingTo(expected.decimalValue()));
                }
            }
        }
    }

    /** The one legacy row of that indicator and column has that unit and value; a {@code null} value: no such row. */
    private static void legacyHolds(List<LegacyRow> rows, JsonNode expected) {
        String indicator = expected.get("indicator").asText();
        String column = expected.get("column").asText();
        List<LegacyRow> matching = rows.stream()
                .filter(row -> row.indicator().equals(indicator) && row.column().equals(column))
                .toList();
        if (expected.get("value").isNull()) {
            assertThat(matching).as("legacy %s / %s", indicator, column).isEmpty();
            return;
        }
        Optional<String> unit = Optional.ofNullable(expected.get("unit")).filter(u -> !u.isNull())
                .map(JsonNode::asText);
        assertThat(matching).as("legacy %s / %s", indicator, column).singleElement().satisfies(row -> {
            assertThat(row.unit()).isEqualTo(unit);
            assertThat(row.value()).isEqualByComparingTo(expected.get("value").decimalValue());
        });
    }

    /** Parses each report once for all its answers. */
    private static final class Parsed {
        private static final Map<Path, AnnualReport> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

        static AnnualReport of(Path file) {
            return CACHE.computeIfAbsent(file, f -> {
                try {
                    return XxgkReport.parse(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
