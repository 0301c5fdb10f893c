package io.github.xxgk.report.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.report.ReportParser;
import io.github.xxgk.report.TestData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every hostile input of {@code testdata/hostile/README.md} gives the outcome its table documents, in a JVM of its
 * own with a 256 MiB heap, each within a few seconds: a typed failure naming the bound, or a report — never an
 * {@link OutOfMemoryError}, a {@link StackOverflowError} or a hang.
 */
class HostileSweepTest {

    static final Path README = TestData.ROOT.resolve("hostile/README.md");
    private static final Path HOSTILE = TestData.ROOT.resolve("hostile");
    private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\|.*\\| `([^`]+)` \\|$");
    private static final Pattern FAILURE = Pattern.compile("([a-z_]+)(?: \\((\\w+)\\))?");
    private static final Pattern CELLS_AS = Pattern.compile("cells as (\\S+)");
    private static final long MAX_MILLIS = 10_000;
    /** The outcome of an archive of files: each file's, {@code archive: PATH OUTCOME, …}. */
    private static final String ARCHIVE = "archive: ";
    private static final String HEAP = "-Xmx256m";
    /** The test stack of the build (as jsoup's), on which no input may overflow. */
    private static final String STACK = "-Xss640k";

    @TempDir
    static Path dir;

    /** What the child found for each input: its outcome, milliseconds and detail. */
    private static final Map<String, String[]> RESULTS = new HashMap<>();

    record Row(String file, String outcome) {
        @Override
        public String toString() {
            return file + " → " + outcome;
        }
    }

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(README, StandardCharsets.UTF_8)) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                rows.add(new Row(m.group(1), m.group(2)));
            }
        }
        return rows;
    }

    @BeforeAll
    static void sweepInAChildJvm() throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), HEAP, STACK, "-Dfile.encoding=ISO-8859-1", "-cp", System.getProperty("java.class.path"),
                HostileSweep.class.getName()));
        Path results = dir.resolve("results.tsv");
        command.add(results.toString());
        for (Row row : rows()) {
            Path committed = HOSTILE.resolve(row.file());
            command.add((Files.exists(committed) ? committed : HostileInputs.write(row.file(), dir)).toString());
        }
        Process child = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile()).start();
        boolean ended = child.waitFor(5, TimeUnit.MINUTES);
        child.destroyForcibly();
        assertThat(ended).as("the sweep ends").isTrue();
        assertThat(child.exitValue()).as("the sweep's exit code; its log: %s",
                Files.readString(dir.resolve("child.log"), StandardCharsets.UTF_8)).isZero();
        for (String line : Files.readAllLines(results, StandardCharsets.UTF_8)) {
            String[] fields = line.split("\t", 4);
            RESULTS.put(fields[0], Arrays.copyOfRange(fields, 1, 4));
        }
    }

    static Stream<Arguments> documented() throws IOException {
        return rows().stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documented")
    void everyInputGivesItsDocumentedOutcomeWithinAFewSeconds(Row row) throws Exception {
        String[] result = RESULTS.get(row.file());
        assertThat(result).as("a result for %s", row.file()).isNotNull();
        String outcome = result[0];
        long millis = Long.parseLong(result[1]);
        String detail = result[2];

        if (row.outcome().startsWith(ARCHIVE)) {
            assertThat(outcome).as(detail).isEqualTo(row.outcome());
        } else if (row.outcome().startsWith("parsed")) {
            assertThat(outcome).as(detail).startsWith("parsed");
            String[] expected = row.outcome().split(",\\s*");
            for (int i = 1; i < expected.length; i++) {
                Matcher cellsAs = CELLS_AS.matcher(expected[i]);
                if (cellsAs.matches()) {
                    Path original = HOSTILE.resolve(cellsAs.group(1)).normalize();
                    String cells = String.valueOf(ReportParser.create().parse(original).values());
                    assertThat(detail).as("the cells of %s", original).isEqualTo(cells);
                    assertThat(cells).as("a report with values").contains("requests.new.total");
                } else {
                    assertThat(outcome.substring("parsed".length()).strip().split(",")).contains(expected[i]);
                }
            }
        } else {
            Matcher failure = FAILURE.matcher(row.outcome());
            assertThat(failure.matches()).as("a documented outcome: %s", row.outcome()).isTrue();
            assertThat(outcome).as(detail).isEqualTo(failure.group(1));
            if (failure.group(2) != null) {
                assertThat(detail).contains("(" + failure.group(2) + ")");
            }
        }
        assertThat(millis).as("milliseconds for %s", row.file()).isLessThan(MAX_MILLIS);
    }

    @Test
    void everyCommittedInputAndEveryGeneratedOneHasARow() throws IOException {
        List<String> documented = rows().stream().map(Row::file).toList();
        try (Stream<Path> files = Files.list(HOSTILE)) {
            assertThat(documented).containsAll(files.map(f -> f.getFileName().toString())
                    .filter(name -> !name.equals("README.md")).toList());
        }
        assertThat(documented).containsAll(HostileInputs.names());
    }
}
