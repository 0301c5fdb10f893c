package io.github.xxgk.report.module;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library as a module-path consumer sees it: a consumer module that requires {@code io.github.xxgk.report}
 * compiles against the exported packages, cannot compile against an internal one, and runs on the module path and
 * on the class path without a logging backend, parsing a report of every format with nothing but its own output. What a library user receives stays within 30 MiB.
 */
class ModuleBoundaryTest {

    private static final long MAX_LIBRARY_DEPENDENCIES = 30L << 20;
    private static final String CONSUMER_MODULE = "module consumer { requires io.github.xxgk.report; }\n";
    private static final List<String> SOURCES = List.of("testdata/reports/wuzhong-civil-affairs-2021.txt",
            "testdata/renderings/wuzhong-civil-affairs-2021.docx", "testdata/renderings/wuzhong-civil-affairs-2021.doc",
            "testdata/renderings/wuzhong-civil-affairs-2021.pdf", "testdata/renderings/wuzhong-civil-affairs-2021.html",
            "testdata/renderings/wuzhong-civil-affairs-2021.md");

    @TempDir
    static Path work;

    private static Path library;

    /** The library as an exploded module: its classes with the module descriptor of META-INF/versions/17. */
    @BeforeAll
    static void explodedModule() throws IOException {
        Path classes = Path.of("target/classes");
        library = work.resolve("io.github.xxgk.report");
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path relative = classes.relativize(file);
                if (!relative.startsWith("META-INF")) {
                    Files.createDirectories(library.resolve(relative).getParent());
                    Files.copy(file, library.resolve(relative));
                }
            }
        }
        Files.copy(classes.resolve("META-INF/versions/17/module-info.class"), library.resolve("module-info.class"));
    }

    @Test
    void aConsumerCompilesAgainstTheApiAndRunsOnTheModulePath() throws Exception {
        Path source = consumer("uses", "Main", """
                package consumer;

                import io.github.xxgk.report.XxgkReport;
                import io.github.xxgk.report.model.AnnualReport;
                import java.nio.file.Path;

                public class Main {
                    public static void main(String[] args) throws Exception {
                        for (String file : args) {
                            AnnualReport report = XxgkReport.parse(Path.of(file));
                            System.out.println(file + " " + report.values().size());
                        }
                    }
                }
                """);
        Path out = work.resolve("uses-classes");
        assertThat(compile(source, out)).as("compiler output").isEmpty();

        run("--module-path", out + File.pathSeparator + modulePath(), "-m", "consumer/consumer.Main");
        run("-cp", out + File.pathSeparator + library + File.pathSeparator
                + Files.readString(Path.of("target/library-classpath.txt")).trim(), "consumer.Main");
    }

    /**
     * Runs the consumer on each source in a JVM of its own (so each is the process's first parse): one line of
     * output, nothing else on stdout or stderr.
     */
    private static void run(String... launch) throws Exception {
        for (String source : SOURCES) {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString()));
            command.addAll(List.of(launch));
            command.add(source);
            Process process = new ProcessBuilder(command).start();
            String stdout = read(process.getInputStream());
            String stderr = read(process.getErrorStream());
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(stderr).as("stderr of %s %s", launch[0], source).isEmpty();
            assertThat(process.exitValue()).isZero();
            assertThat(stdout).as("stdout of %s %s", launch[0], source).isEqualTo(source + " 200\n");
        }
    }

    @Test
    void internalPackagesCannotBeReached() throws Exception {
        Path source = consumer("reaches", "Reach", """
                package consumer;

                import io.github.xxgk.report.internal.input.Sources;

                public class Reach {
                    Object reader = Sources.class;
                }
                """);
        assertThat(compile(source, work.resolve("reaches-classes")))
                .contains("package io.github.xxgk.report.internal.input is not visible");
    }

    @Test
    void aLibraryUserReceivesAtMostThirtyMebibytes() throws IOException {
        long total = 0;
        for (String jar : Files.readString(Path.of("target/library-classpath.txt")).trim().split(File.pathSeparator)) {
            total += Files.size(Path.of(jar));
        }
        assertThat(total).as("bytes of the library's runtime dependencies").isLessThanOrEqualTo(MAX_LIBRARY_DEPENDENCIES);
    }

    /** A consumer module's sources: the descriptor and one class of package {@code consumer}. */
    private static Path consumer(String name, String className, String code) throws IOException {
        Path root = work.resolve(name);
        Files.createDirectories(root.resolve("consumer"));
        Files.writeString(root.resolve("module-info.java"), CONSUMER_MODULE);
        Files.writeString(root.resolve("consumer/" + className + ".java"), code);
        return root;
    }

    /** Compiles a consumer module; returns what the compiler printed (empty when it compiled cleanly). */
    private static String compile(Path root, Path out) throws IOException {
        List<String> args = new ArrayList<>(List.of("-d", out.toString(), "--module-path", modulePath(),
                "-Xlint:-options"));
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> args.add(f.toString()));
        }
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ToolProvider.getSystemJavaCompiler().run(null, printed, printed, args.toArray(String[]::new));
        return printed.toString(StandardCharsets.UTF_8);
    }

    private static String modulePath() throws IOException {
        return library + File.pathSeparator + Files.readString(Path.of("target/runtime-classpath.txt")).trim();
    }

    private static String read(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
