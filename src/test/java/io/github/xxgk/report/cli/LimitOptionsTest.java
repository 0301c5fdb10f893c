package io.github.xxgk.report.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.xxgk.report.TestData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

/** The bound flags of {@code convert} and {@code check}: sizes, their checks, and that they reach the parser. */
class LimitOptionsTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @CsvSource({"1048576, 1048576", "512K, 524288", "64M, 67108864", "64MiB, 67108864", "64mb, 67108864",
        "1G, 1073741824", "100B, 100", "0, 0"})
    void sizesAreBytesOrBinaryMultiples(String text, long bytes) {
        assertThat(LimitOptions.parseSize(text)).isEqualTo(bytes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "M", "-1", "1.5M", "64T", "1234567890123", "999999999999G"})
    void otherTextIsNotASize(String text) {
        assertThatThrownBy(() -> LimitOptions.parseSize(text)).isInstanceOf(TypeConversionException.class);
    }

    @Test
    void aBoundReachesTheParserAndItsFailureNamesIt() {
        int exit = run("check", TestData.SEED.toString(), "--max-input-bytes", "1K");

        assertThat(exit).isEqualTo(Main.USAGE_OR_OUTPUT_ERROR);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith(TestData.SEED + ": error read.limit_exceeded "
                + "larger than the maximum input size of 1024 bytes (maxInputBytes)");
    }

    @Test
    void aTextBoundReachesTheParserOfConvert() {
        int exit = run("convert", TestData.SEED.toString(), "--max-text-chars", "100", "-q");

        assertThat(exit).isEqualTo(Main.SOME_FAILED);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("limit_exceeded: holds more than 100 characters of text (maxTextChars)");
    }

    @Test
    void theArchiveBoundsReachTheParser() {
        // The page (366,918 bytes) comes first in path order, the seed report (7,095 bytes) takes the total past.
        run("convert", TestData.ROOT.resolve("archives/crawl-2021.zip").toString(), "--max-archive-inflated-bytes",
                "360K", "-q");

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("page.html,parsed,")
                .contains("wuzhong-civil-affairs-2021.txt,failed,").contains("(maxArchiveInflatedBytes)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--max-html-depth|0|Invalid limit: maxHtmlDepth must be between 1 and",
        "--max-input-bytes|3G|Invalid limit: maxInputBytes must be between 1 and",
        "--timeout-seconds|-1|--timeout-seconds must be 0 (no limit) or more, not -1",
        "--max-text-chars|8G|'8G' is too large",
        "--max-archive-depth|9|Invalid limit: maxArchiveDepth must be between 1 and 8"})
    void anInvalidBoundIsAUsageError(String flag, String value, String message) {
        for (String command : new String[] {"convert", "check"}) {
            err.reset();
            assertThat(run(command, TestData.SEED.toString(), flag, value)).isEqualTo(Main.USAGE_OR_OUTPUT_ERROR);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains(message);
        }
    }
}
