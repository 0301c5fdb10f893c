package io.github.xxgk.report.cli;

import io.github.xxgk.report.ReportParser;
import io.github.xxgk.report.cli.summary.SummaryWriter;
import io.github.xxgk.report.export.ColumnNames;
import io.github.xxgk.report.export.DiagnosticsCsv;
import io.github.xxgk.report.export.ReportWriter;
import io.github.xxgk.report.internal.input.IoErrors;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code convert PATH... -o OUT}: one row per file, each file of a ZIP archive its own (or one row per value, or one
 * JSON line per file), read in parallel and written in path order as they finish, never stopping on a file it
 * cannot read.
 */
@Command(name = "convert", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Converts reports (files or folders, any supported format, detected from the content) into "
                + "one CSV row per file, in path order; each file of a ZIP archive gets its own row, named "
                + "archive.zip!/path. A file that cannot be read gets a row with status=failed and the reason; "
                + "the run goes on.",
            "Output files are written under a temporary name (.OUT.*.xxgk-partial) and renamed when complete."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every file was parsed",
            "1:some files could not be read (each has a row with status=failed)",
            "2:usage error, or an output could not be written (or exists, without --force)"})
final class ConvertCommand implements Callable<Integer> {

    private static final String STDOUT = "-";

    @Spec
    private CommandSpec spec;

    @Mixin
    private InputOptions inputs;

    @Mixin
    private LimitOptions limits;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "The file to write; '-' or none: standard output.")
    private String output;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "wide (default): one row per file, one column per cell; long: one row per value "
                    + "(file, agency, year, template, table, row, column, value); jsonl: one JSON object per file "
                    + "per line.")
    private OutputFormat format = OutputFormat.WIDE;

    @Option(names = "--header", paramLabel = "LANG",
            description = "en (default): column names such as requests.new.total; zh: the template's Chinese "
                    + "labels; both: a row of names, then a row of Chinese labels. Applies to every CSV written "
                    + "(not to jsonl).")
    private HeaderLanguage header = HeaderLanguage.EN;

    @Option(names = "--names", paramLabel = "STYLE",
            description = "keys (default): column names as the codebook's keys; stata: names of at most 32 "
                    + "characters of [A-Za-z0-9_] (req_new_total), as the do-file of 'columns --format stata' reads.")
    private NameStyle names = NameStyle.KEYS;

    @Option(names = "--bom", description = "Start each CSV written with a UTF-8 byte-order mark (for Excel).")
    private boolean bom;

    @Option(names = "--diagnostics", paramLabel = "DIAG.csv",
            description = "Also write every diagnostic of every file, one row each "
                    + "(file, severity, code, table, row, column, line, message), then the years.carry warnings "
                    + "between the reports of one agency for consecutive years.")
    private Path diagnostics;

    @Option(names = "--summary", paramLabel = "summary.html",
            description = "Also write the summary page of the run, as summarize draws it from OUT and DIAG.csv "
                    + "(the diagnostics are in it with or without --diagnostics).")
    private Path summary;

    @Option(names = "--force", description = "Replace OUT, DIAG.csv and summary.html if they exist.")
    private boolean force;

    @Option(names = {"-q", "--quiet"}, description = "No progress, no per-file messages, no summary.")
    private boolean quiet;

    private final Streams streams;

    ConvertCommand(Streams streams) {
        this.streams = streams;
    }

    /** The language of the CSV header rows. */
    enum HeaderLanguage {
        /** Column names. */
        EN,
        /** Chinese labels. */
        ZH,
        /** Column names, then Chinese labels. */
        BOTH
    }

    /** How the column names are spelled. */
    enum NameStyle {
        /** The codebook's keys. */
        KEYS,
        /** Stata names. */
        STATA
    }

    /** The header rows the CSVs get. */
    private List<ColumnNames> headerRows() {
        ColumnNames name = names == NameStyle.STATA ? ColumnNames.STATA : ColumnNames.KEYS;
        return switch (header) {
            case EN -> List.of(name);
            case ZH -> List.of(ColumnNames.CHINESE);
            case BOTH -> List.of(name, ColumnNames.CHINESE);
        };
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path target = output == null || output.equals(STDOUT) ? null : Path.of(output);
        checkOptions(target);
        for (Path path : outputs(target)) {
            PartialOutput.removeLeftovers(path);
        }
        for (Path path : outputs(target)) {
            Optional<String> refusal = PartialOutput.refusal(path, force);
            if (refusal.isPresent()) {
                streams.errText().println("xxgk-report: " + refusal.get());
                return Main.USAGE_OR_OUTPUT_ERROR;
            }
        }
        Tally tally = new Tally();
        List<Path> files = inputs.files(file -> isOwnOutput(file, target));
        List<PartialOutput> partials = new ArrayList<>();
        try {
            // The diagnostics are committed first: a run stopped between the two renames leaves the old output
            // beside the new diagnostics, never a new output beside old diagnostics. The summary page, drawn from
            // both, comes last.
            PartialOutput diagnosticsOutput = diagnostics == null ? null
                    : add(partials, PartialOutput.create(diagnostics));
            PartialOutput main = target == null ? null : add(partials, PartialOutput.create(target));
            PartialOutput summaryOutput = summary == null ? null : add(partials, PartialOutput.create(summary));
            try (Writer mainWriter = main == null ? stdout() : main.writer();
                    Writer diagnosticsWriter = diagnosticsOutput == null ? Writer.nullWriter()
                            : diagnosticsOutput.writer()) {
                ReportWriter mainCsv = format.open(withBom(mainWriter, format != OutputFormat.JSONL), headerRows());
                Optional<ReportWriter> diagnosticsCsv = diagnosticsOutput == null ? Optional.empty()
                        : Optional.of(DiagnosticsCsv.withHeader(withBom(diagnosticsWriter, true), headerRows()));
                Optional<SummaryWriter> summaryWriter = summaryOutput == null ? Optional.empty()
                        : Optional.of(new SummaryWriter());
                convert(files, mainCsv, diagnosticsCsv, summaryWriter, tally);
                if (summaryWriter.isPresent()) {
                    try (Writer page = summaryOutput.writer()) {
                        page.write(summaryWriter.get().summary().page());
                    }
                }
            } catch (IOException e) {
                List<String> kept = outputs(target).stream().filter(path -> !PartialOutput.isInPlace(path))
                        .map(Path::toString).toList();
                throw partials.isEmpty() ? e : new IOException("could not write the output (" + IoErrors.describe(e)
                        + ")" + (kept.isEmpty() ? "" : "; " + String.join(" and ", kept) + " left as before this run"),
                        e);
            }
            for (PartialOutput partial : partials) {
                partial.commit();
            }
        } finally {
            partials.forEach(PartialOutput::close);
        }
        if (!quiet) {
            streams.errText().println(tally.convertSummary());
        }
        return tally.failed() == 0 ? Main.OK : Main.SOME_FAILED;
    }

    private void convert(List<Path> files, ReportWriter mainCsv, Optional<ReportWriter> diagnosticsCsv,
            Optional<SummaryWriter> summaryWriter, Tally tally) throws IOException, InterruptedException {
        List<ReportWriter> writers = new ArrayList<>(List.of(mainCsv));
        diagnosticsCsv.ifPresent(writers::add);
        summaryWriter.ifPresent(writers::add);
        ReportParser parser = ReportParser.create(limits.parserOptions());
        CarryIndex carry = new CarryIndex();
        boolean bar = !quiet && streams.terminal();
        try (ReadPlan plan = inputs.plan(files, parser);
                Progress progress = bar ? Progress.bar(streams.err(), "convert", plan.size()) : Progress.none()) {
            OrderedParallel.run(plan.size(), inputs.threads(), inputs.window(), limits.timeout(),
                    plan::read, i -> List.of(plan.overBudget(i, limits.timeout())),
                    outcomes -> {
                        for (Outcome outcome : outcomes) {
                            for (ReportWriter writer : writers) {
                                outcome.writeTo(writer);
                            }
                            tally.add(outcome);
                            carry.add(outcome);
                            if (!outcome.parsed() && !quiet && !bar) {
                                streams.errText().println(outcome.file() + ": failed: " + outcome.failure().text());
                            }
                        }
                        progress.step(outcomes.stream().anyMatch(outcome -> !outcome.parsed()));
                    });
        }
        if (diagnosticsCsv.isPresent() || summaryWriter.isPresent()) {
            for (Outcome mismatch : carry.mismatches()) {
                if (diagnosticsCsv.isPresent()) {
                    mismatch.writeTo(diagnosticsCsv.get());
                }
                if (summaryWriter.isPresent()) {
                    summaryWriter.get().writeDiagnostics(mismatch.file(), mismatch.report().orElseThrow());
                }
            }
        }
        for (ReportWriter writer : writers) {
            writer.flush();
        }
    }

    private void checkOptions(Path target) {
        if ((header != HeaderLanguage.EN || names != NameStyle.KEYS) && format == OutputFormat.JSONL
                && diagnostics == null) {
            throw new ParameterException(spec.commandLine(), "--header and --names apply to CSV output, not to jsonl");
        }
        if (bom && format == OutputFormat.JSONL && diagnostics == null) {
            throw new ParameterException(spec.commandLine(), "--bom applies to CSV output, not to jsonl");
        }
        if (target != null && diagnostics != null && same(target, diagnostics)) {
            throw new ParameterException(spec.commandLine(), "--diagnostics must name another file than --output");
        }
        if (diagnostics != null && diagnostics.toString().equals(STDOUT)) {
            throw new ParameterException(spec.commandLine(), "--diagnostics needs a file name");
        }
        if (summary != null && (summary.toString().equals(STDOUT) || target != null && same(target, summary)
                || diagnostics != null && same(diagnostics, summary))) {
            throw new ParameterException(spec.commandLine(),
                    "--summary needs a file name of its own, not --output's or --diagnostics'");
        }
        inputs.threads();
        limits.parserOptions();
        limits.timeout();
    }

    private List<Path> outputs(Path target) {
        List<Path> outputs = new ArrayList<>();
        if (target != null) {
            outputs.add(target);
        }
        if (diagnostics != null) {
            outputs.add(diagnostics);
        }
        if (summary != null) {
            outputs.add(summary);
        }
        return outputs;
    }

    private boolean isOwnOutput(Path file, Path target) {
        return PartialOutput.isPartialName(file) || target != null && same(file, target)
                || diagnostics != null && same(file, diagnostics) || summary != null && same(file, summary);
    }

    private Writer withBom(Writer writer, boolean csv) throws IOException {
        if (bom && csv) {
            writer.write('\uFEFF');
        }
        return writer;
    }

    private Writer stdout() {
        // Closing it only flushes: standard output belongs to the caller.
        return new BufferedWriter(new OutputStreamWriter(Streams.checked(streams.out()), StandardCharsets.UTF_8)) {
            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    private static <T> T add(List<? super T> list, T item) {
        list.add(item);
        return item;
    }

    private static boolean same(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
