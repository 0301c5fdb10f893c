package io.github.xxgk.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xxgk.report.export.LongCsv;
import io.github.xxgk.report.export.ReportJson;
import io.github.xxgk.report.model.AnnualReport;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each report in {@code testdata/reports/} parses to the model in {@code testdata/golden/NAME.json} and converts to
 * the long CSV in {@code testdata/golden/NAME.long.csv}; a report without both golden files fails.
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
        Path golden = golden(report, ".json");
        String actual = ReportJson.toJson(parsed) + "\n";
        if (REGENERATE) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        JsonNode expected = JSON.readTree(Files.readString(golden, StandardCharsets.UTF_8));
        assertThat(JSON.readTree(actual)).as("model of %s (golden %s)", report, golden).isEqualTo(expected);
        System.out.printf(Locale.ROOT, "golden %s: %d cells, %d diagnostics%n", report.getFileName(),
                parsed.values().size(), parsed.diagnostics().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void convertsToItsGoldenLongCsv(Path report) throws Exception {
        StringWriter csv = new StringWriter();
        LongCsv writer = new LongCsv(csv);
        writer.write(report.getFileName().toString(), XxgkReport.parse(report));
        writer.flush();
        Path golden = golden(report, ".long.csv");
        if (REGENERATE) {
            Files.writeString(golden, csv.toString(), StandardCharsets.UTF_8);
        }
        assertThat(csv.toString()).as("long CSV of %s (golden %s)", report, golden)
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    /** The golden file of a report, which must exist unless the goldens are being regenerated. */
    private static Path golden(Path report, String suffix) {
        Path golden = TestData.GOLDEN.resolve(TestData.baseName(report) + suffix);
        assertThat(REGENERATE || Files.exists(golden)).as("%s has no golden file %s: regenerate on purpose with "
                + "mvn test -Dtest=GoldenTest -Dxxgk.regenerate=true, and review it", report, golden).isTrue();
        return golden;
    }
}
