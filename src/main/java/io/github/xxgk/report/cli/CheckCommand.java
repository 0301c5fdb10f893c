package io.github.xxgk.report.cli;

import io.github.xxgk.report.ReportParser;
import io.github.xxgk.report.export.DiagnosticsCsv;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.Diagnostic;
import io.github.xxgk.report.model.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code check FILE...}: every diagnostic of every file, one per line, as compilers print them
 * ({@code file:line: severity code message}), then a summary line.
 */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Reads reports (files or folders; each file of a ZIP archive as archive.zip!/path) and "
                + "prints each diagnostic on its own line, "
                + "'FILE:LINE: SEVERITY CODE MESSAGE' (or 'FILE: SEVERITY CODE MESSAGE' without a line), then "
                + "the line 'files N, with errors N, with warnings N, not a report N, unreadable N'.",
            "A file that cannot be read prints 'FILE: error read.REASON MESSAGE'."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no file has an error diagnostic",
            "1:some file has an error diagnostic (a violated rule, a value that is not a number)",
            "2:some file could not be read (this wins over 1), a usage error, or the output could not be "
                + "written"})
final class CheckCommand implements Callable<Integer> {

    @Mixin
    private InputOptions inputs;

    @Mixin
    private LimitOptions limits;

    @Option(names = {"-q", "--quiet"}, description = "No summary line.")
    private boolean quiet;

    private final Streams streams;

    CheckCommand(Streams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        inputs.threads();
        ReportParser parser = ReportParser.create(limits.parserOptions());
        Duration budget = limits.timeout();
        Tally tally = new Tally();
        List<Path> files = inputs.files(PartialOutput::isPartialName);
        PrintWriter out = streams.outText();
        try (ReadPlan plan = inputs.plan(files, parser)) {
            OrderedParallel.run(plan.size(), inputs.threads(), inputs.window(), budget,
                    plan::read, i -> List.of(plan.overBudget(i, budget)),
                    outcomes -> {
                        for (Outcome outcome : outcomes) {
                            print(outcome, out);
                            streams.checkOut();
                            tally.add(outcome);
                        }
                    });
        }
        if (!quiet) {
            out.println(tally.checkSummary());
        }
        streams.checkOut();
        if (tally.failed() > 0) {
            return Main.USAGE_OR_OUTPUT_ERROR;
        }
        return tally.withErrors() > 0 ? Main.SOME_FAILED : Main.OK;
    }

    private static void print(Outcome outcome, PrintWriter out) {
        if (outcome.report().isEmpty()) {
            out.println(outcome.file() + ": " + Severity.ERROR.key() + " "
                    + DiagnosticsCsv.readFailureCode(outcome.reason()) + " " + oneLine(outcome.message()));
            return;
        }
        AnnualReport report = outcome.report().get();
        for (Diagnostic diagnostic : report.diagnostics()) {
            String place = diagnostic.location().line().isPresent()
                    ? outcome.file() + ":" + diagnostic.location().line().getAsInt() : outcome.file();
            out.println(place + ": " + diagnostic.severity().key() + " " + diagnostic.code().code() + " "
                    + oneLine(diagnostic.message()));
        }
    }

    private static String oneLine(String message) {
        return message.replaceAll("\\s*\\R\\s*", " ");
    }
}
