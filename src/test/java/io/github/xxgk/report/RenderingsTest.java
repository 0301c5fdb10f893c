package io.github.xxgk.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.CellKey;
import io.github.xxgk.report.model.DiagnosticCode;
import io.github.xxgk.report.model.Section;
import io.github.xxgk.report.model.SourceFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rendering in {@code testdata/renderings/} gives the model of its original in {@code testdata/reports/}: the
 * same agency and division, year and template, the same sections, and exactly the same present cells with the same
 * values.
 *
 * <p>A rendering belongs to the original whose name without extension is the rendering's name up to its first dot:
 * {@code pingtan-2021.pdf} and {@code wuzhong-civil-affairs-2021.gb18030.txt} render {@code pingtan-2021.html} and
 * {@code wuzhong-civil-affairs-2021.txt}.
 */
class RenderingsTest {

    private static final Path RENDERINGS = TestData.ROOT.resolve("renderings");
    /**
     * Renderings written from their original's model before the text could decide a run-together row: they print
     * the cells the original's text now decides (88|55|698) blank, so they give every other cell and lack those.
     */
    private static final Set<String> MADE_BEFORE_TEXT_RECOVERY = Set.of("pingtan-2022-runtogether.docx",
            "pingtan-2022-runtogether.gb18030.txt", "pingtan-2022-runtogether.html", "pingtan-2022-runtogether.md",
            "pingtan-2022-runtogether.pdf");
    /** Each file parsed once: the seed is the original of seven renderings. */
    private static final Map<Path, AnnualReport> PARSED = new ConcurrentHashMap<>();

    static Stream<Arguments> pairs() {
        return renderings().stream().map(rendering -> Arguments.of(rendering.getFileName().toString(),
                rendering, original(rendering)));
    }

    /** The renderings: every file of the folder but its README. */
    private static List<Path> renderings() {
        try (Stream<Path> files = Files.list(RENDERINGS)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().equals("README.md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The original a rendering belongs to, by the naming convention; fails if there is not exactly one. */
    static Path original(Path rendering) {
        String name = rendering.getFileName().toString();
        String base = name.substring(0, name.indexOf('.'));
        List<Path> originals = TestData.reports().stream().filter(r -> TestData.baseName(r).equals(base)).toList();
        assertThat(originals).as("the original of %s in %s", name, TestData.REPORTS).hasSize(1);
        return originals.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void givesTheModelOfItsOriginal(String name, Path rendering, Path original) {
        AnnualReport expected = parse(original);
        AnnualReport actual = parse(rendering);
        System.out.printf(Locale.ROOT, "rendering %s: %d cells (original %s: %d cells)%n", name, actual.values().size(),
                original.getFileName(), expected.values().size());

        assertThat(actual.metadata().agency()).as("agency").isEqualTo(expected.metadata().agency());
        assertThat(actual.metadata().division()).as("division").isEqualTo(expected.metadata().division());
        assertThat(actual.metadata().year()).as("year").isEqualTo(expected.metadata().year());
        assertThat(actual.metadata().template()).as("template").isEqualTo(expected.metadata().template());
        assertThat(actual.sections()).extracting(Section::key).as("sections")
                .containsExactlyElementsOf(expected.sections().stream().map(Section::key).toList());
        assertThat(actual.sections()).extracting(Section::number).as("section numbers")
                .containsExactlyElementsOf(expected.sections().stream().map(Section::number).toList());
        Map<String, String> differences = differences(values(expected), values(actual));
        if (MADE_BEFORE_TEXT_RECOVERY.contains(name)) {
            Map<String, String> lacking = new TreeMap<>();
            recoveredFromText(expected).forEach(key -> lacking.put(key, values(expected).get(key) + " -> absent"));
            assertThat(lacking).as("cells the original's text decides, blank in the rendering").isNotEmpty();
            assertThat(differences).as("cells whose value differs (original -> rendering)")
                    .containsExactlyEntriesOf(lacking);
        } else {
            assertThat(differences).as("cells whose value differs (original -> rendering)").isEmpty();
        }
        assertThat(legacy(actual)).as("legacy rows").containsExactlyElementsOf(legacy(expected));
    }

    /** The cells whose run-together digits the report's text decided ({@code cell.recovered_from_text}), by key. */
    private static List<String> recoveredFromText(AnnualReport report) {
        return report.diagnostics().stream().filter(d -> d.code() == DiagnosticCode.CELL_RECOVERED_FROM_TEXT)
                .map(d -> d.location().table().orElseThrow() + "." + d.location().row().orElseThrow() + "."
                        + d.location().column().orElseThrow())
                .toList();
    }

    /** A pre-2019 report's legacy rows without their line numbers, each value as a plain number. */
    private static List<String> legacy(AnnualReport report) {
        return report.legacyRows().stream().map(row -> row.indicator() + " | " + row.unit().orElse("") + " | "
                + row.column() + " | " + row.value().stripTrailingZeros().toPlainString()).toList();
    }

    @Test
    void everyFormatIsRendered() {
        Set<SourceFormat> formats = EnumSet.noneOf(SourceFormat.class);
        renderings().forEach(rendering -> formats.add(parse(rendering).metadata().sourceFormat()));
        assertThat(formats).containsExactlyInAnyOrder(SourceFormat.values());
    }

    /** The present cells by key, each value as a plain number without trailing zeros (24252.3110 as 24252.311). */
    private static Map<String, String> values(AnnualReport report) {
        Map<String, String> values = new TreeMap<>();
        for (Map.Entry<CellKey, BigDecimal> cell : report.values().entrySet()) {
            values.put(cell.getKey().key(), cell.getValue().stripTrailingZeros().toPlainString());
        }
        return values;
    }

    /** Each cell present in either whose values differ, as "original -> rendering" ("absent" for a missing one). */
    private static Map<String, String> differences(Map<String, String> original, Map<String, String> rendering) {
        Map<String, String> differences = new TreeMap<>();
        Set<String> keys = new TreeSet<>(original.keySet());
        keys.addAll(rendering.keySet());
        for (String key : keys) {
            String before = original.getOrDefault(key, "absent");
            String after = rendering.getOrDefault(key, "absent");
            if (!before.equals(after)) {
                differences.put(key, before + " -> " + after);
            }
        }
        return differences;
    }

    private static AnnualReport parse(Path file) {
        return PARSED.computeIfAbsent(file, f -> {
            try {
                return XxgkReport.parse(f);
            } catch (ReportReadException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
