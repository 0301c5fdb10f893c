package io.github.xxgk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Java code block of the README compiles as written (with {@code -Werror}) and its {@code main} runs against
 * testdata, writing to stdout and nothing to stderr: documentation that cannot rot.
 */
class ReadmeSnippetsTest {

    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern CLASS_NAME = Pattern.compile("public class (\\w+)");

    @TempDir
    Path work;

    static List<String> snippets() throws IOException {
        Matcher m = JAVA_BLOCK.matcher(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8));
        List<String> snippets = new ArrayList<>();
        while (m.find()) {
            snippets.add(m.group(1));
        }
        assertThat(snippets).as("Java blocks in the README").isNotEmpty();
        return snippets;
    }

    @ParameterizedTest
    @MethodSource("snippets")
    void compilesAndRuns(String snippet) throws Exception {
        Matcher name = CLASS_NAME.matcher(snippet);
        assertThat(name.find()).as("a public class in\n%s", snippet).isTrue();
        Path source = work.resolve(name.group(1) + ".java");
        Files.writeString(source, snippet, StandardCharsets.UTF_8);
        ByteArrayOutputStream compiler = new ByteArrayOutputStream();
        int status = ToolProvider.getSystemJavaCompiler().run(null, compiler, compiler, "-encoding", "UTF-8",
                "-Xlint:all", "-Werror", "-classpath", System.getProperty("java.class.path"), "-d", work.toString(),
                source.toString());
        assertThat(compiler.toString(StandardCharsets.UTF_8)).as("compiler output").isEmpty();
        assertThat(status).isZero();

        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {work.toUri().toURL()},
                ReadmeSnippetsTest.class.getClassLoader())) {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
            Method main = loader.loadClass(name.group(1)).getMethod("main", String[].class);
            main.invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).isNotBlank();
        assertThat(errors.toString(StandardCharsets.UTF_8)).as("stderr").isEmpty();
    }
}
