package io.github.xxgk.report.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.xxgk.report.ReportParser;
import io.github.xxgk.report.ReportReadException;
import io.github.xxgk.report.model.AnnualReport;
import java.time.Duration;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tag;
import net.jqwik.api.statistics.Statistics;

/**
 * The parser against broken and hostile input: whatever the bytes, a parse ends within a bounded time with a report
 * (with diagnostics) or a {@link ReportReadException} — no other exception, no error, no hang — and a report never
 * holds a value its input does not print ({@link InputNumbers}).
 *
 * <p>The default run keeps to some 30 seconds; the {@code long} variants try 30 to 300 times more inputs
 * ({@code mvn verify -Dxxgk.excludedGroups=none}; docs/robustness.md has the last long run's results).
 */
class ParserFuzzTest {

    private static final ReportParser PARSER = ReportParser.create();
    private static final Duration BOUND = Duration.ofSeconds(20);

    /** Parses the input within the bound: its report, or its typed failure. */
    static Object parse(FuzzInputs.Input input) {
        return assertTimeoutPreemptively(BOUND, () -> {
            try {
                return PARSER.parse(input.bytes(), input.name());
            } catch (ReportReadException e) {
                return e;
            }
        }, () -> "parsing " + input + " took longer than " + BOUND);
    }

    /** Checks the input: a report or a typed failure within the bound, and no invented value if {@code oracle}. */
    static void check(FuzzInputs.Input input, boolean oracle) {
        Object outcome = parse(input);
        if (outcome instanceof ReportReadException e) {
            Statistics.collect(e.reason().key());
            if (e.reason() == ReportReadException.Reason.LIMIT_EXCEEDED) {
                assertThat(e.getMessage()).as("a limit failure names its bound")
                        .containsPattern("\\((max\\w+|POI's own bound[^)]*)\\)");
            }
            return;
        }
        AnnualReport report = (AnnualReport) outcome;
        Statistics.collect(report.values().isEmpty() ? "parsed, no values" : "parsed, values");
        if (oracle) {
            assertThat(new InputNumbers(input.texts()).invented(report))
                    .as("values of %s not printed in the input", input).isEmpty();
        }
    }

    @Provide
    Arbitrary<FuzzInputs.Input> randomBytes() {
        return FuzzInputs.randomBytes();
    }

    @Provide
    Arbitrary<FuzzInputs.Input> mutatedReports() {
        return FuzzInputs.mutatedReports();
    }

    @Provide
    Arbitrary<FuzzInputs.Input> nestedHtml() {
        return FuzzInputs.nestedHtml();
    }

    @Provide
    Arbitrary<FuzzInputs.Input> damagedBinaries() {
        return FuzzInputs.damagedBinaries();
    }

    @Property(tries = 300, shrinking = ShrinkingMode.BOUNDED)
    void randomBytesGiveAReportOrATypedFailure(@ForAll("randomBytes") FuzzInputs.Input input) {
        check(input, true);
    }

    @Property(tries = 200, shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.NONE)
    void mutatedReportsNeverInventAValue(@ForAll("mutatedReports") FuzzInputs.Input input) {
        check(input, true);
    }

    @Property(tries = 60, shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.NONE)
    void randomNestingGivesAReportOrAnHtmlBoundFailure(@ForAll("nestedHtml") FuzzInputs.Input input) {
        check(input, true);
    }

    @Property(tries = 40, shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.NONE)
    void damagedWordAndPdfFilesGiveAReportOrATypedFailure(@ForAll("damagedBinaries") FuzzInputs.Input input) {
        check(input, false);
    }

    @Property(tries = 100_000, shrinking = ShrinkingMode.BOUNDED)
    @Tag("long")
    void longRandomBytes(@ForAll("randomBytes") FuzzInputs.Input input) {
        check(input, true);
    }

    @Property(tries = 10_000, shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.NONE)
    @Tag("long")
    void longMutatedReports(@ForAll("mutatedReports") FuzzInputs.Input input) {
        check(input, true);
    }

    @Property(tries = 3_000, shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.NONE)
    @Tag("long")
    void longRandomNesting(@ForAll("nestedHtml") FuzzInputs.Input input) {
        check(input, true);
    }

    @Property(tries = 3_000, shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.NONE)
    @Tag("long")
    void longDamagedWordAndPdfFiles(@ForAll("damagedBinaries") FuzzInputs.Input input) {
        check(input, false);
    }
}
