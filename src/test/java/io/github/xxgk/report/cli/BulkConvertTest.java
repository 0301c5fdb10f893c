package io.github.xxgk.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import io.github.xxgk.report.ReportParser;
import io.github.xxgk.report.export.WideCsv;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.CellKey;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Converts a tree of 2,000 reports (variants of the seed in nested folders, some with misleading extensions, three
 * corrupt) and checks that nothing is lost, every value is what parsing the file alone gives, and the thread count
 * does not change a byte of the output.
 */
class BulkConvertTest {

    private static final int FILES = 2_000;

    @TempDir
    static Path dir;

    private static Path tree;
    private static List<String> variants;

    @BeforeAll
    static void writeTree() throws Exception {
        tree = dir.resolve("reports");
        variants = SeedReports.writeTree(tree, FILES);
    }

    private static int run(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        return Main.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void everyFileGetsOneRowWithTheValuesOfItsOwnParseWhateverTheThreadCount() throws Exception {
        Path four = dir.resolve("four.csv");
        Path one = dir.resolve("one.csv");

        assertThat(run("convert", tree.toString(), "-o", four.toString(), "--threads", "4"))
                .isEqualTo(Main.SOME_FAILED);
        assertThat(run("convert", tree.toString(), "-o", one.toString(), "--threads", "1"))
                .isEqualTo(Main.SOME_FAILED);

        assertThat(Files.readAllBytes(one)).as("--threads 1 and --threads 4 write the same bytes")
                .isEqualTo(Files.readAllBytes(four));
        List<String[]> rows = csv(Files.readString(four, StandardCharsets.UTF_8));
        assertThat(rows.get(0)).containsExactlyElementsOf(WideCsv.columns());
        List<String[]> data = rows.subList(1, rows.size());
        assertThat(data).hasSize(FILES);
        List<String> files = data.stream().map(r -> r[0]).toList();
        assertThat(files).as("sorted by path, each once").isSorted().doesNotHaveDuplicates();

        int status = WideCsv.columns().indexOf("status");
        int message = WideCsv.columns().indexOf("message");
        Map<String, String[]> byFile = data.stream().collect(Collectors.toMap(r -> r[0], Function.identity()));
        for (List<String> corrupt : SeedReports.CORRUPT) {
            String[] row = byFile.get(tree.resolve(corrupt.get(0)).toString());
            assertThat(row[status]).isEqualTo("failed");
            assertThat(row[message]).startsWith(corrupt.get(1) + ": ");
        }
        assertThat(data).filteredOn(r -> r[status].equals("failed")).hasSize(SeedReports.CORRUPT.size());

        ReportParser parser = ReportParser.create();
        variants.parallelStream().forEach(relative -> {
            Path file = tree.resolve(relative);
            assertThat(byFile.get(file.toString())).as(relative).containsExactly(expectedRow(parser, file));
        });
        String[] sample = byFile.get(tree.resolve(variants.get(1234)).toString());
        assertThat(sample[WideCsv.columns().indexOf("proactive.licensing.decisions")]).isEqualTo("1234");
        assertThat(sample[WideCsv.columns().indexOf("proactive.fees.amount")]).isEqualTo("12.34");
        assertThat(sample[WideCsv.columns().indexOf("requests.new.total")]).isEqualTo(
                Integer.toString(1234 % 13));
        assertThat(CellKey.all()).hasSizeGreaterThan(100);
    }

    private static String[] expectedRow(ReportParser parser, Path file) {
        try {
            AnnualReport report = parser.parse(file);
            StringWriter text = new StringWriter();
            WideCsv csv = new WideCsv(text);
            csv.write(file.toString(), report);
            csv.flush();
            return csv(text.toString()).get(1);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String[]> csv(String text) {
        try (CSVReader reader = new CSVReader(new StringReader(text))) {
            return reader.readAll();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
