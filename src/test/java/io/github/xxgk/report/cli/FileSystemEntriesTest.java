package io.github.xxgk.report.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import io.github.xxgk.report.TestData;
import io.github.xxgk.report.export.WideCsv;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the bulk commands make of the file system's other entries: links to folders are followed, every entry a
 * folder holds is accounted for with a row (a loop, a link to nothing, a named pipe, a folder that cannot be
 * opened), file names that are not text stay distinct, and outputs that are not regular files are written in place.
 */
@Timeout(60)
@EnabledOnOs(OS.LINUX)
class FileSystemEntriesTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** The {@code file status message} of each row of a wide CSV, the file relative to {@code dir}. */
    private List<String> rows(String csv) throws Exception {
        try (CSVReader reader = new CSVReaderBuilder(new StringReader(csv))
                .withCSVParser(new RFC4180ParserBuilder().build()).build()) {
            int status = WideCsv.columns().indexOf("status");
            int message = WideCsv.columns().indexOf("message");
            return reader.readAll().stream().skip(1).map(r -> (r[0].startsWith(dir.toString())
                    ? dir.relativize(Path.of(r[0])).toString() : r[0]) + " " + r[status] + " " + r[message])
                    .map(String::strip).toList();
        }
    }

    private static void shell(String script, Path... arguments) throws Exception {
        Path bash = Path.of("/bin/bash");
        assumeTrue(Files.isExecutable(bash), "bash is there");
        List<String> command = new ArrayList<>(List.of(bash.toString(), "-c", script, "bash"));
        for (Path argument : arguments) {
            command.add(argument.toString());
        }
        assumeTrue(new ProcessBuilder(command).inheritIO().start().waitFor() == 0, "the shell made the entries");
    }

    @ParameterizedTest
    @ValueSource(strings = {"convert", "check"})
    void aLinkToAFolderIsFollowedAsTheFolderIs(String command) throws Exception {
        Path real = Files.createDirectories(dir.resolve("real"));
        Files.copy(TestData.SEED, real.resolve("a.txt"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);

        int exit = run(command, link.toString());

        assertThat(exit).isEqualTo(Main.OK);
        assertThat(out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8)).contains("files 1,");
        if (command.equals("convert")) {
            assertThat(rows(out.toString(StandardCharsets.UTF_8))).containsExactly("link/a.txt parsed");
        }
    }

    @Test
    void everyEntryOfAFolderGetsARow() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("in"));
        Path other = Files.createDirectories(dir.resolve("other"));
        Files.copy(TestData.SEED, folder.resolve("a.txt"));
        Files.copy(TestData.SEED, other.resolve("b.txt"));
        Files.createDirectories(folder.resolve("sub"));
        Files.createSymbolicLink(folder.resolve("sub/linked"), other);
        Files.createSymbolicLink(folder.resolve("sub/loop"), folder);
        Files.createSymbolicLink(folder.resolve("dangling.txt"), dir.resolve("nowhere.txt"));
        shell("mkfifo \"$1/fifo.txt\"", folder);

        int exit = run("convert", folder.toString(), "-o", "-");

        assertThat(exit).isEqualTo(Main.SOME_FAILED);
        assertThat(rows(out.toString(StandardCharsets.UTF_8))).containsExactly(
                "in/a.txt parsed",
                "in/dangling.txt failed io_error: a symbolic link to a file that does not exist",
                "in/fifo.txt failed io_error: not a regular file (a named pipe, a device or a socket) in a folder, "
                        + "so not read",
                "in/sub/linked/b.txt parsed",
                "in/sub/loop failed io_error: a symbolic link loop");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("files 5, parsed 2, not a report 0, with errors 0, "
                + "failed 3");
    }

    @Test
    void aFolderThatCannotBeOpenedSaysSo() throws Exception {
        Path locked = Files.createDirectories(dir.resolve("in/locked"));
        Files.copy(TestData.SEED, locked.resolve("c.txt"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeTrue(!Files.isReadable(locked), "permissions bind (not root)");
            int exit = run("convert", dir.resolve("in").toString(), "-o", "-");

            assertThat(exit).isEqualTo(Main.SOME_FAILED);
            assertThat(rows(out.toString(StandardCharsets.UTF_8)))
                    .containsExactly("in/locked failed io_error: permission denied");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    /** Java shows every byte of a name that is not UTF-8 as U+FFFD: two such names were one {@code file} value. */
    @Test
    void namesThatAreNotTextStayDistinct() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("in"));
        shell("cp \"$1\" \"$2/$(printf '\\xff')1.txt\" && cp \"$1\" \"$2/$(printf '\\xfe')1.txt\"", TestData.SEED,
                folder);

        int exit = run("convert", folder.toString(), "-o", "-");

        assertThat(exit).isEqualTo(Main.OK);
        assertThat(rows(out.toString(StandardCharsets.UTF_8))).containsExactly("in/\\xfe1.txt parsed",
                "in/\\xff1.txt parsed");
    }

    @Test
    void aNamedPipeAsOutputIsWrittenInPlace() throws Exception {
        Path fifo = dir.resolve("out.csv");
        shell("mkfifo \"$1\"", fifo);
        CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

        int exit = run("convert", TestData.SEED.toString(), "-o", fifo.toString(), "--force");

        assertThat(exit).isEqualTo(Main.OK);
        assertThat(rows(new String(read.get(30, TimeUnit.SECONDS), StandardCharsets.UTF_8)))
                .containsExactly(TestData.SEED + " parsed");
        assertThat(Files.isRegularFile(fifo)).as("still a named pipe").isFalse();
        assertThat(Files.exists(fifo)).isTrue();
    }

    /** An output that is a link to a file replaces the file, and the link stays (it was replaced by the output). */
    @Test
    void anOutputThatIsALinkWritesTheFileItNames() throws Exception {
        Path file = Files.writeString(dir.resolve("real.csv"), "old\n", StandardCharsets.UTF_8);
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), file);

        int exit = run("convert", TestData.SEED.toString(), "-o", link.toString(), "--force");

        assertThat(exit).isEqualTo(Main.OK);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(rows(Files.readString(file, StandardCharsets.UTF_8))).containsExactly(TestData.SEED + " parsed");
    }

    /** An entry that cannot be walked gets its row even when {@code --include} would not take its name. */
    @Test
    void aLoopGetsItsRowWhateverTheIncludeGlobs() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("in"));
        Files.copy(TestData.SEED, folder.resolve("a.txt"));
        Files.createSymbolicLink(folder.resolve("loop"), folder);

        int exit = run("convert", folder.toString(), "--include", "**/*.txt", "-o", "-");

        assertThat(exit).isEqualTo(Main.SOME_FAILED);
        assertThat(rows(out.toString(StandardCharsets.UTF_8))).containsExactly("in/a.txt parsed",
                "in/loop failed io_error: a symbolic link loop");
    }

    @Test
    void anOutputUnderAFileSaysThePathIsNotAFolder() throws Exception {
        Path file = Files.writeString(dir.resolve("existing"), "x", StandardCharsets.UTF_8);

        int exit = run("convert", TestData.SEED.toString(), "-o", file.resolve("out.csv").toString());

        assertThat(exit).isEqualTo(Main.USAGE_OR_OUTPUT_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("xxgk-report: " + file + ": not a folder");
    }
}
