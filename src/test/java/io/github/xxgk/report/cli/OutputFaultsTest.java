package io.github.xxgk.report.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.opencsv.CSVReader;
import io.github.xxgk.report.TestData;
import io.github.xxgk.report.export.WideCsv;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bulk commands under faults of their surroundings: an output that cannot be written ends the run with exit
 * code 2 and a clear message, leaving no output that looks complete; input files that vanish or change kind while
 * the run is going fail alone, each with its reason.
 */
@Timeout(120)
class OutputFaultsTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Standard output on a full disk: the first writes go through, then every write fails. */
    private static PrintStream fullAfter(int bytes) {
        return new PrintStream(new OutputStream() {
            private int written;

            @Override
            public void write(int b) throws IOException {
                if (++written > bytes) {
                    throw new IOException("No space left on device");
                }
            }
        }, false, StandardCharsets.UTF_8);
    }

    private String errText() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"convert", "check", "columns"})
    void standardOutputOnAFullDiskIsAnOutputError(String command) {
        String[] args = command.equals("columns") ? new String[] {command}
                : new String[] {command, TestData.REPORTS.toString()};
        int exit = Main.run(args, fullAfter(100),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(Main.USAGE_OR_OUTPUT_ERROR);
        assertThat(errText()).contains("xxgk-report: standard output could not be written");
    }

    /** The real thing: {@code > /dev/full}, which fails every write with ENOSPC. */
    @Test
    @EnabledOnOs(OS.LINUX)
    void convertToDevFullExitsWithTwo() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/full")), "/dev/full exists");
        Path log = dir.resolve("stderr.txt");
        Process child = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "convert", TestData.SEED.toString())
                .redirectOutput(Path.of("/dev/full").toFile()).redirectError(log.toFile()).start();

        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isEqualTo(Main.USAGE_OR_OUTPUT_ERROR);
        assertThat(Files.readString(log, StandardCharsets.UTF_8))
                .contains("xxgk-report: standard output could not be written");
    }

    /**
     * An output file on a disk that fills up mid-run, made real with a file size limit ({@code ulimit -f}): the
     * JVM ignores SIGXFSZ, so the write fails with "File too large".
     */
    @Test
    @EnabledOnOs(OS.LINUX)
    void anOutputFileThatCannotBeWrittenLeavesNothingBehind() throws Exception {
        Path bash = Path.of("/bin/bash");
        assumeTrue(Files.isExecutable(bash), "bash is there");
        Path output = dir.resolve("out.jsonl");
        Path log = dir.resolve("stderr.txt");
        String command = "ulimit -f 8; exec \"$0\" -XX:-UsePerfData -cp \"$1\" " + Main.class.getName()
                + " convert \"$2\" \"$2\" -o \"$3\" --format jsonl";
        Process child = new ProcessBuilder(bash.toString(), "-c", command, java(),
                System.getProperty("java.class.path"), TestData.REPORTS.toString(), output.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();

        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isEqualTo(Main.USAGE_OR_OUTPUT_ERROR);
        assertThat(Files.readString(log, StandardCharsets.UTF_8)).contains(
                "xxgk-report: could not write the output (File too large); " + output + " left as before this run");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("stderr.txt");
        }
    }

    /**
     * Files deleted, or replaced by a folder, after the run listed them: each gets its own failed row, the others
     * are converted, and the output is complete. A FIFO first in line (named: a folder's named pipes are not read)
     * holds the run until the files are changed.
     */
    @Test
    @EnabledOnOs(OS.LINUX)
    void filesThatVanishOrBecomeFoldersMidRunFailAlone() throws Exception {
        Path inputs = Files.createDirectories(dir.resolve("in"));
        Path fifo = inputs.resolve("0-hold");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo works");
        for (String name : List.of("1-seed.txt", "2-deleted.txt", "3-folder.txt", "4-seed.txt")) {
            Files.copy(TestData.SEED, inputs.resolve(name));
        }
        Path output = dir.resolve("out.csv");
        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> Main.run(new String[] {"convert",
            fifo.toString(), inputs.toString(), "-o", output.toString(), "--threads", "1"},
                new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));

        awaitPartial(run);
        Files.delete(inputs.resolve("2-deleted.txt"));
        Files.delete(inputs.resolve("3-folder.txt"));
        Files.createDirectory(inputs.resolve("3-folder.txt"));
        release(fifo);
        int exit = run.get(60, TimeUnit.SECONDS);

        assertThat(exit).isEqualTo(Main.SOME_FAILED);
        List<String[]> rows;
        try (CSVReader reader = new CSVReader(new StringReader(Files.readString(output, StandardCharsets.UTF_8)))) {
            rows = reader.readAll();
        }
        int status = WideCsv.columns().indexOf("status");
        int message = WideCsv.columns().indexOf("message");
        assertThat(rows).hasSize(6);
        assertThat(rows.subList(1, 6)).extracting(r -> Path.of(r[0]).getFileName().toString() + " " + r[status]
                + " " + r[message]).containsExactly(
                "0-hold failed empty: the source is empty",
                "1-seed.txt parsed ",
                "2-deleted.txt failed io_error: no such file",
                "3-folder.txt failed io_error: a folder, not a file",
                "4-seed.txt parsed ");
        assertThat(errText()).contains("files 5, parsed 2, not a report 0, with errors 0, failed 3");
    }

    /** Opens the FIFO for writing and closes it: its reader, blocked in open(), reads an empty file. */
    static void release(Path fifo) throws Exception {
        CompletableFuture.runAsync(() -> {
            try (OutputStream writer = Files.newOutputStream(fifo)) {
                writer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).get(10, TimeUnit.SECONDS);
    }

    private void awaitPartial(CompletableFuture<Integer> run) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try (Stream<Path> files = Files.list(dir)) {
                if (files.anyMatch(PartialOutput::isPartialName)) {
                    return;
                }
            }
            if (run.isDone() || System.nanoTime() > deadline) {
                throw new AssertionError("the run wrote no temporary output: " + errText());
            }
            Thread.sleep(10);
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
