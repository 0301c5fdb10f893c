package io.github.xxgk.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xxgk.report.export.ReportJson;
import io.github.xxgk.report.model.AnnualReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each report in {@code testdata/reports/} parses to the model in {@code testdata/golden/NAME.json}.
 *
 * <p>Regenerating the golden files is deliberate: run {@code mvn test -Dtest=GoldenTest -Dxxgk.regenerate=true},
 * then review the diff before committing it.
 */
class GoldenTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final boolean REGENERATE = Boolean.getBoolean("xxgk.regenerate");

    static List<Path> reports() {
        return TestData.reports();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void parsesToItsGoldenModel(Path report) throws Exception {
        AnnualReport parsed = XxgkReport.parse(report);
        Path golden = TestData.GOLDEN.resolve(TestData.baseName(report) + ".json");
        String actual = ReportJson.toJson(parsed) + "\n";
        if (REGENERATE || !Files.exists(golden)) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        JsonNode expected = JSON.readTree(Files.readString(golden, StandardCharsets.UTF_8));
        assertThat(JSON.readTree(actual)).as("model of %s (golden %s)", report, golden).isEqualTo(expected);
        System.out.printf("golden %s: %d cells, %d diagnostics%n", report.getFileName(), parsed.values().size(),
                parsed.diagnostics().size());
    }
}
