package io.github.xxgk.report.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.github.xxgk.report.TestData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Stops {@code convert} in a child JVM halfway through and checks that the output's name never holds a partial file:
 * Ctrl-C (SIGINT) and SIGTERM leave nothing; SIGKILL, which no program can handle, leaves a temporary that its name
 * identifies and that the next run for the same output removes.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class InterruptedRunTest {

    private static final int FILES = 3_000;
    private static final long SIGINT_MASK = 1L << (2 - 1);

    @TempDir
    static Path dir;

    private static Path tree;

    enum Stop { SIGINT, SIGTERM, SIGKILL }

    @BeforeAll
    static void writeTree() throws IOException {
        tree = dir.resolve("reports");
        SeedReports.writeTree(tree, FILES);
    }

    @ParameterizedTest
    @EnumSource(Stop.class)
    void aStoppedRunNeverLeavesAnOutputAndItsLeftoverIsRemovedNextTime(Stop stop) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(stop.name()));
        Path output = folder.resolve("out.csv");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "convert", tree.toString(), "-o", output.toString(), "--threads", "1")
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("child.log").toFile())
                .start();
        try {
            awaitPartial(folder, child);
            if (stop == Stop.SIGINT) {
                assumeFalse(ignoresSigint(child), "the child inherited SIGINT ignored (a background job)");
            }
            Thread.sleep(300);
            switch (stop) {
                case SIGINT -> assertThat(new ProcessBuilder("kill", "-INT", Long.toString(child.pid())).start()
                        .waitFor()).isZero();
                case SIGTERM -> child.destroy();
                case SIGKILL -> child.destroyForcibly();
            }
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the child stops").isTrue();
        } finally {
            child.destroyForcibly();
        }

        assertThat(child.exitValue()).as("killed by the signal, not finished").isIn(130, 143, 137);
        assertThat(output).doesNotExist();
        List<Path> partials = partials(folder);
        if (stop == Stop.SIGKILL) {
            assertThat(partials).singleElement().satisfies(p -> assertThat(p.getFileName().toString())
                    .matches("\\.out\\.csv\\.[0-9a-z]+\\.xxgk-partial"));
        } else {
            assertThat(partials).as("the shutdown hook removed the temporary").isEmpty();
        }

        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThat(Main.run(new String[] {"convert", TestData.SEED.toString(), "-o", output.toString()}, sink, sink))
                .isEqualTo(Main.OK);
        assertThat(partials(folder)).isEmpty();
        assertThat(Files.readString(output, StandardCharsets.UTF_8).lines()).hasSize(2);
    }

    private static void awaitPartial(Path folder, Process child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (partials(folder).isEmpty()) {
            if (!child.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("the child wrote no temporary output; its log: "
                        + Files.readString(folder.resolve("child.log"), StandardCharsets.UTF_8));
            }
            Thread.sleep(20);
        }
    }

    private static List<Path> partials(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(PartialOutput::isPartialName).toList();
        }
    }

    /** Whether the child ignores SIGINT, as a process started from a background job inherits (Linux only). */
    private static boolean ignoresSigint(Process child) throws IOException {
        Path status = Path.of("/proc", Long.toString(child.pid()), "status");
        if (!Files.exists(status)) {
            return false;
        }
        for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseUnsignedLong(line.substring(7).trim(), 16) & SIGINT_MASK) != 0;
            }
        }
        return false;
    }
}
