package io.github.xxgk.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.report.ReportParser;
import io.github.xxgk.report.ReportReadException;
import io.github.xxgk.report.TestData;
import io.github.xxgk.report.export.ReadFailure;
import io.github.xxgk.report.model.Severity;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** One file's outcome: whatever its parse throws stays with that file. */
class OutcomeTest {

    private static final Path FILE = Path.of("in", "report.txt");

    @Test
    void aReadableFileHasItsReport() {
        Outcome outcome = Outcome.parse(ReportParser.create()::parse, TestData.SEED);
        assertThat(outcome.parsed()).isTrue();
        assertThat(outcome.file()).isEqualTo(TestData.SEED.toString());
        assertThat(outcome.report().orElseThrow().metadata().agency()).contains("吴忠市民政局");
        assertThat(outcome.has(Severity.ERROR)).isFalse();
    }

    @Test
    void anUnreadableFileKeepsTheReasonAndTheMessageWithoutThePath() {
        Outcome outcome = Outcome.parse(file -> {
            throw ReportReadException.corrupt(file.toString(), "application/pdf", "truncated", null);
        }, FILE);
        assertThat(outcome.parsed()).isFalse();
        assertThat(outcome.reason()).isEqualTo("corrupt");
        assertThat(outcome.message()).isEqualTo("truncated (detected type application/pdf)");
        assertThat(outcome.failure().text()).isEqualTo("corrupt: truncated (detected type application/pdf)");
    }

    @Test
    void aBugInTheParserBecomesAnInternalErrorOfThatFileOnly() {
        Outcome outcome = Outcome.parse(file -> {
            throw new IllegalStateException("recogniser bug");
        }, FILE);
        assertThat(outcome.reason()).isEqualTo(ReadFailure.INTERNAL_ERROR);
        assertThat(outcome.message()).isEqualTo("java.lang.IllegalStateException: recogniser bug");
    }

    @Test
    void aStackOverflowBecomesAnInternalErrorOfThatFileOnly() {
        Outcome outcome = Outcome.parse(OutcomeTest::recurse, FILE);
        assertThat(outcome.reason()).isEqualTo(ReadFailure.INTERNAL_ERROR);
        assertThat(outcome.message()).startsWith("java.lang.StackOverflowError");
    }

    @Test
    void runningOutOfMemoryOnOneFileBecomesAnInternalErrorOfThatFileOnly() {
        Outcome outcome = Outcome.parse(file -> {
            throw new OutOfMemoryError("Java heap space");
        }, FILE);
        assertThat(outcome.reason()).isEqualTo(ReadFailure.INTERNAL_ERROR);
        assertThat(outcome.failure().text()).isEqualTo("internal_error: java.lang.OutOfMemoryError: Java heap space");
    }

    private static io.github.xxgk.report.model.AnnualReport recurse(Path file) {
        return recurse(file);
    }
}
