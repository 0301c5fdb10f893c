package io.github.xxgk.report.cli;

import io.github.xxgk.report.ReportParser;
import io.github.xxgk.report.ReportReadException;
import io.github.xxgk.report.export.WideCsv;
import io.github.xxgk.report.model.AnnualReport;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code convert FILE... -o OUT.csv}: one CSV row per file, never stopping on a file it cannot read. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Converts reports (files or folders, any supported format) into one CSV row per file.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every file was parsed",
            "1:some files could not be read (each has a row with status=failed)",
            "2:usage error, or the output could not be written"})
final class ConvertCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Report files, or folders to search recursively.")
    private List<Path> paths;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.csv",
            description = "The CSV file to write (replaced only when complete); '-' or none: standard output.")
    private String output;

    private final PrintStream out;
    private final PrintStream err;

    ConvertCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws IOException {
        Path target = output == null || output.equals("-") ? null : Path.of(output);
        List<Path> files = InputFiles.expand(paths, target);
        ReportParser parser = ReportParser.create();
        if (target == null) {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            int failed = convert(files, parser, writer);
            writer.flush();
            return failed == 0 ? Main.OK : Main.SOME_FAILED;
        }
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, "." + target.getFileName() + ".", ".xxgk-partial");
        try {
            int failed;
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                failed = convert(files, parser, writer);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return failed == 0 ? Main.OK : Main.SOME_FAILED;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private int convert(List<Path> files, ReportParser parser, Writer writer) throws IOException {
        WideCsv csv = new WideCsv(writer);
        csv.writeHeader();
        int failed = 0;
        for (Path file : files) {
            String name = file.toString();
            try {
                AnnualReport report = parser.parse(file);
                csv.writeReport(name, report);
            } catch (ReportReadException e) {
                failed++;
                csv.writeFailure(name, e.reason().key() + ": " + e.getMessage());
                err.println(name + ": failed: " + e.getMessage());
            } catch (RuntimeException | StackOverflowError e) {
                failed++;
                csv.writeFailure(name, "internal_error: " + e);
                err.println(name + ": failed: internal error: " + e);
            }
        }
        csv.flush();
        return failed;
    }
}
