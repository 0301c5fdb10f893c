package io.github.xxgk.report.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.xxgk.report.TestData;
import io.github.xxgk.report.XxgkReport;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.Diagnostic;
import io.github.xxgk.report.model.DiagnosticCode;
import io.github.xxgk.report.model.Severity;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check}: one line per diagnostic, a summary, and an exit code that says the worst it found. */
class CheckCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<String> lines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String line(Path file, Diagnostic d) {
        return file + (d.location().line().isPresent() ? ":" + d.location().line().getAsInt() : "") + ": "
                + d.severity().key() + " " + d.code().code() + " " + d.message();
    }

    @Test
    void aCleanFolderExitsZeroAndPrintsEachDiagnosticAndTheSummary() throws Exception {
        Path clean = write("clean/seed.txt", TestData.seedText());
        AnnualReport report = XxgkReport.parse(clean);

        assertThat(run("check", dir.resolve("clean").toString())).isEqualTo(Main.OK);

        List<String> expected = new ArrayList<>(report.diagnostics().stream().map(d -> line(clean, d)).toList());
        int warnings = report.diagnostics(Severity.WARNING).isEmpty() ? 0 : 1;
        expected.add("files 1, with errors 0, with warnings " + warnings + ", not a report 0, unreadable 0");
        assertThat(lines()).containsExactlyElementsOf(expected);
    }

    @Test
    void aFileWithAnErrorDiagnosticExitsOne() throws Exception {
        write("mixed/a-clean.txt", TestData.seedText());
        Path notACount = write("mixed/b-not-a-count.txt", SeedReports.notACount());

        assertThat(run("check", dir.resolve("mixed").toString())).isEqualTo(Main.SOME_FAILED);

        assertThat(lines()).anySatisfy(l -> assertThat(l).startsWith(notACount + ":31: error cell.not_a_number "));
        assertThat(lines().get(lines().size() - 1)).startsWith("files 2, with errors 1, ").endsWith(", unreadable 0");
    }

    @Test
    void anUnreadableFileExitsTwoEvenBesideErrors() throws Exception {
        write("mixed/a-clean.txt", TestData.seedText());
        write("mixed/b-not-a-count.txt", SeedReports.notACount());
        Path empty = write("mixed/c-empty.txt", "");
        Path binary = dir.resolve("mixed/d-binary.doc");
        Files.write(binary, new byte[] {0, 1, 2, 3});

        assertThat(run("check", dir.resolve("mixed").toString())).isEqualTo(Main.USAGE_OR_OUTPUT_ERROR);

        assertThat(lines()).contains(empty + ": error read.empty the source is empty");
        assertThat(lines()).anySatisfy(l -> assertThat(l).startsWith(binary + ": error read.unsupported_format "));
        assertThat(lines().get(lines().size() - 1)).startsWith("files 4, with errors 1, ").endsWith(", unreadable 2");
    }

    @Test
    void quietLeavesOutTheSummary() throws Exception {
        Path notACount = write("b-not-a-count.txt", SeedReports.notACount());
        assertThat(run("check", "--quiet", notACount.toString())).isEqualTo(Main.SOME_FAILED);
        assertThat(lines()).allSatisfy(l -> assertThat(l).startsWith(notACount.toString()));
    }

    /**
     * Depends on the arithmetic rules of the validator: skipped while {@code Validator.check} finds nothing in a
     * report whose row total is wrong.
     */
    @Test
    void aViolatedArithmeticRuleExitsOne() throws Exception {
        Path inconsistent = write("inconsistent.txt", SeedReports.wrongRowTotal());
        List<Diagnostic> diagnostics = XxgkReport.parse(inconsistent).diagnostics();
        assumeTrue(diagnostics.stream().anyMatch(d -> d.code() == DiagnosticCode.REQUESTS_ROW_TOTAL),
                "the validator does not check requests.row_total yet");

        assertThat(run("check", inconsistent.toString(), TestData.SEED.toString())).isEqualTo(Main.SOME_FAILED);
        assertThat(lines()).anySatisfy(l -> assertThat(l)
                .matches(Pattern.quote(inconsistent.toString()) + "(:\\d+)?: error requests\\.row_total .*"));
    }

    @Test
    void helpListsTheExitCodes() {
        assertThat(run("check", "--help")).isEqualTo(Main.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Exit codes:", "could not be read");
    }
}
