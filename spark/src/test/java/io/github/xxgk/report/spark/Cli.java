package io.github.xxgk.report.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The core's command-line tool, run as a user runs it ({@code java -jar xxgk-report-VERSION-cli.jar}). */
final class Cli {

    private Cli() {
    }

    /**
     * {@code convert INPUT -o CSV --diagnostics DIAG} and more options; returns the wide CSV's rows (header first)
     * and leaves the diagnostics in {@code diagnostics}.
     */
    static List<String[]> convert(Path input, Path csv, Path diagnostics, String... options) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", System.getProperty("xxgk.cliJar"), "convert", input.toString(), "-o",
                csv.toString(), "--diagnostics", diagnostics.toString(), "--threads", "2", "--quiet", "--force"));
        command.addAll(List.of(options));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(csv.resolveSibling(csv.getFileName() + ".log").toFile()).start();
            assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("the CLI ends").isTrue();
            assertThat(process.exitValue()).as("the CLI's exit code (1: some files failed)").isIn(0, 1);
            return read(csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The rows of a CSV the CLI wrote, header first. */
    static List<String[]> read(Path csv) {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                CSVReader reader = new CSVReaderBuilder(in).withCSVParser(new RFC4180ParserBuilder().build())
                        .build()) {
            return reader.readAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CsvException e) {
            throw new IllegalStateException(e);
        }
    }
}
