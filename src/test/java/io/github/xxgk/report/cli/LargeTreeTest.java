package io.github.xxgk.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import io.github.xxgk.report.export.WideCsv;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Converts 50,000 small reports in a child JVM limited to 256 MB of heap: memory must not grow with the number of
 * files. Slow (minutes), so tagged {@code long} and left out of the default build.
 */
@Tag("long")
class LargeTreeTest {

    private static final int FILES = 50_000;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 30, unit = TimeUnit.MINUTES)
    void fiftyThousandReportsConvertInABoundedHeap() throws Exception {
        Path tree = dir.resolve("reports");
        SeedReports.writeTree(tree, FILES, SeedReports::small);
        Path output = dir.resolve("out.csv");
        Path diagnostics = dir.resolve("diagnostics.csv");
        Path log = dir.resolve("child.log");

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "convert", tree.toString(), "-o", output.toString(), "--diagnostics",
                diagnostics.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        assertThat(child.waitFor(25, TimeUnit.MINUTES)).isTrue();

        List<String> logLines = Files.readAllLines(log, StandardCharsets.UTF_8);
        assertThat(child.exitValue()).as("exit code; log ends %s", logLines).isEqualTo(Main.SOME_FAILED);
        assertThat(logLines.get(logLines.size() - 1))
                .startsWith("files 50000, parsed 49997, not a report 0, with errors 0, failed 3, seconds ");
        int status = WideCsv.columns().indexOf("status");
        int rows = 0;
        int failed = 0;
        String previous = "";
        try (Reader reader = Files.newBufferedReader(output, StandardCharsets.UTF_8);
                CSVReader csv = new CSVReader(reader)) {
            assertThat(csv.readNext()).containsExactlyElementsOf(WideCsv.columns());
            for (String[] row = csv.readNext(); row != null; row = csv.readNext()) {
                rows++;
                failed += row[status].equals("failed") ? 1 : 0;
                assertThat(Path.of(row[0])).isGreaterThan(Path.of(previous));
                previous = row[0];
            }
        }
        assertThat(rows).isEqualTo(FILES);
        assertThat(failed).isEqualTo(SeedReports.CORRUPT.size());
    }
}
