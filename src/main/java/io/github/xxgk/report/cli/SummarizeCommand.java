package io.github.xxgk.report.cli;

import io.github.xxgk.report.cli.summary.BatchSummary;
import io.github.xxgk.report.cli.summary.SummaryCsv;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code summarize reports.csv [--diagnostics diagnostics.csv] -o summary.html}: the picture of a converted batch,
 * one HTML page that opens offline.
 */
@Command(name = "summarize", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Draws one self-contained HTML page of a converted batch from the wide CSV of convert (and "
                + "its diagnostics CSV): files by status, format, template and year; the rules reports break; "
                + "which cells are present; the numbers by year; the worst offenders. The page loads nothing from "
                + "anywhere: its charts (Apache ECharts) and scripts are inlined.",
            "The page is written under a temporary name and renamed when complete."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the page was written",
            "1:the page was written, but some CSV rows had the wrong number of cells and were left out",
            "2:usage error, a CSV that is not one convert writes, or the page could not be written (or exists, "
                + "without --force)"})
final class SummarizeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "reports.csv", description = "The wide CSV convert wrote.")
    private Path reports;

    @Option(names = "--diagnostics", paramLabel = "diagnostics.csv",
            description = "The diagnostics CSV of the same run: the counts by rule and the worst violations need it.")
    private Path diagnostics;

    @Option(names = {"-o", "--output"}, paramLabel = "summary.html", required = true,
            description = "The page to write.")
    private Path output;

    @Option(names = "--force", description = "Replace summary.html if it exists.")
    private boolean force;

    @Option(names = {"-q", "--quiet"}, description = "No summary line.")
    private boolean quiet;

    private final Streams streams;

    SummarizeCommand(Streams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() throws IOException {
        PartialOutput.removeLeftovers(output);
        Optional<String> refusal = PartialOutput.refusal(output, force);
        if (refusal.isPresent()) {
            streams.errText().println("xxgk-report: " + refusal.get());
            return Main.USAGE_OR_OUTPUT_ERROR;
        }
        BatchSummary summary;
        try (Reader wide = Files.newBufferedReader(reports, StandardCharsets.UTF_8);
                Reader diagnosticsCsv = diagnostics == null ? null
                        : Files.newBufferedReader(diagnostics, StandardCharsets.UTF_8)) {
            summary = SummaryCsv.read(wide, reports.toString(), Optional.ofNullable(diagnosticsCsv),
                    String.valueOf(diagnostics));
        }
        SummaryPage.write(summary, output);
        if (summary.malformedRows() > 0) {
            streams.errText().println("xxgk-report: " + summary.malformedRows() + " CSV rows had the wrong number "
                    + "of cells and were left out");
            return Main.SOME_FAILED;
        }
        if (!quiet) {
            streams.errText().println("wrote " + output);
        }
        return Main.OK;
    }
}
