package io.github.xxgk.report.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.xxgk.report.TestData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution the build makes ({@code target/xxgk-report-VERSION-bin.zip}): its launcher converts testdata to
 * the same bytes as {@code java -jar} does, on the run that writes its class-data archive and on the runs that use
 * it, with nothing of the JVM's on standard output; the archive holds what a conversion loads whatever the first
 * run was; and it says so when there is no Java.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class LauncherIT {

    @TempDir
    static Path dir;

    private static Path launcher;

    /** What a run printed and how it ended. */
    record Run(int exit, byte[] out, String err) {
    }

    /** Unpacks the archive with the JDK's ZIP file system, which reads the files' POSIX modes. */
    @BeforeAll
    static void unpack() throws IOException {
        Path zip = Path.of(System.getProperty("xxgk.distribution"));
        assertThat(zip).exists();
        Path dist = dir.resolve("dist");
        try (FileSystem archive = FileSystems.newFileSystem(zip, Map.of("enablePosixFileAttributes", "true"));
                Stream<Path> entries = Files.walk(archive.getPath("/"))) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                Path target = dist.resolve(archive.getPath("/").relativize(entry).toString());
                if (Files.isDirectory(entry)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(entry, target);
                    Files.setPosixFilePermissions(target, Files.getPosixFilePermissions(entry));
                }
            }
        }
        try (Stream<Path> tops = Files.list(dist)) {
            launcher = tops.findFirst().orElseThrow().resolve("bin/xxgk-report");
        }
    }

    private static Run run(Map<String, String> environment, String... command) throws Exception {
        Path out = Files.createTempFile(dir, "out", ".bin");
        Path err = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the run ends").isTrue();
        return new Run(process.exitValue(), Files.readAllBytes(out), Files.readString(err, StandardCharsets.UTF_8));
    }

    /** The command: these words, then a convert of testdata's reports to standard output. */
    private static String[] convert(String... executable) {
        List<String> command = new ArrayList<>(List.of(executable));
        command.addAll(List.of("convert", TestData.REPORTS.toString(), "-o", "-", "-q"));
        return command.toArray(String[]::new);
    }

    @Test
    void theLauncherIsExecutableAndGivesTheBytesJavaJarGives() throws Exception {
        assertThat(Files.isExecutable(launcher)).isTrue();
        Path cache = Files.createDirectories(dir.resolve("cache"));
        Map<String, String> environment = Map.of("XDG_CACHE_HOME", cache.toString());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        Run expected = run(Map.of(), convert(java, "-jar", System.getProperty("xxgk.cliJar")));
        Run first = run(environment, convert(launcher.toString()));
        Run second = run(environment, convert(launcher.toString()));

        assertThat(expected.exit()).isZero();
        assertThat(first.exit()).isZero();
        assertThat(second.exit()).isZero();
        assertThat(new String(first.out(), StandardCharsets.UTF_8)).startsWith("file,status,");
        assertThat(first.out()).isEqualTo(expected.out());
        assertThat(second.out()).isEqualTo(expected.out());
        assertThat(first.err() + second.err()).isEmpty();
        try (Stream<Path> archives = Files.list(cache.resolve("xxgk-report"))) {
            assertThat(archives.map(p -> p.getFileName().toString())).singleElement()
                    .satisfies(name -> assertThat(name).endsWith(".jsa").doesNotStartWith("."));
        }
    }

    @Test
    void anArchiveWrittenAfterAFirstRunOfColumnsServesTheConversionsAfterIt() throws Exception {
        Path cache = Files.createDirectories(dir.resolve("cache-columns"));
        Path classes = dir.resolve("classes-loaded.txt");

        Run first = run(Map.of("XDG_CACHE_HOME", cache.toString()), launcher.toString(), "columns");
        Run conversion = run(Map.of("XDG_CACHE_HOME", cache.toString(), "JAVA_OPTS", "-Xlog:class+load:file=" + classes),
                convert(launcher.toString()));

        assertThat(first.exit()).isZero();
        assertThat(conversion.exit()).isZero();
        List<String> loaded = Files.readAllLines(classes);
        List<String> fromTheJar = loaded.stream().filter(line -> line.contains("source: file:")).toList();
        assertThat(loaded.stream().filter(line -> line.contains("source: shared objects file")).count())
                .as("classes mapped from the archive").isGreaterThan(1_000);
        assertThat(fromTheJar).as("classes the conversion loads from the jar, outside the archive").hasSizeLessThan(20);
    }

    @Test
    void withoutAJavaRuntimeTheLauncherSaysWhatIsMissing() throws Exception {
        Path sh = Path.of("/bin/sh");
        assumeTrue(Files.isExecutable(sh), "/bin/sh is there");
        Run run = run(Map.of("JAVA_HOME", dir.resolve("no-java").toString()), sh.toString(), launcher.toString(),
                "columns");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("xxgk-report: no Java runtime found: install Java 17 or later, or set JAVA_HOME");
    }
}
