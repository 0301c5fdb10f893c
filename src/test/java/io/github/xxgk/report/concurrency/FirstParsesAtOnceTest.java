package io.github.xxgk.report.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A parser gives the same report on every thread from its first call on, in a JVM where nothing was loaded before:
 * the one-time loading of a parse (the traditional-character converter's dictionaries, the division code list)
 * never lets a thread read what another is still building. The JVM this test runs in has loaded all of it long
 * before, so the parses run in a JVM of their own ({@link FirstParsesAtOnce}).
 */
class FirstParsesAtOnceTest {

    @ParameterizedTest
    @ValueSource(strings = {"testdata/pages/hubei-wuhan-ecoenv-2020-trad.txt",
        "testdata/reports/wuzhong-civil-affairs-2021.txt"})
    void everyThreadGetsTheSameReport(String file) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), FirstParsesAtOnce.class.getName(), file)
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the parses end").isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output.strip()).as("different reports of the same file").isEqualTo("1");
    }
}
