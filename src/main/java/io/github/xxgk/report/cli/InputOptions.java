package io.github.xxgk.report.cli;

import io.github.xxgk.report.ReportParser;
import io.github.xxgk.report.ReportReadException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The options that choose the files to read and how many threads read them, shared by the commands. */
final class InputOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Report files, or folders to search recursively (hidden files and folders skipped).")
    private List<Path> paths = new ArrayList<>();

    @Option(names = "--include", paramLabel = "GLOB",
            description = {"Only files in the folders whose path relative to the folder matches a GLOB "
                    + "(repeatable), e.g. '**/*.html'. Files named on the command line are always read."})
    private List<String> include = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = "Skip files in the folders whose relative path matches a GLOB (repeatable), "
                    + "e.g. '**/draft/**'.")
    private List<String> exclude = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "N",
            description = "Files read in parallel (default: the number of processors, ${DEFAULT-VALUE}). "
                    + "The output is the same for any N.")
    private int threads = Runtime.getRuntime().availableProcessors();

    private Map<Path, String> unreadable = Map.of();

    /** The files to read, sorted by path, none of them {@code skip}. */
    List<Path> files(Predicate<Path> skip) throws IOException {
        InputFiles inputs;
        try {
            inputs = new InputFiles(include, exclude, skip);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "Invalid glob: " + e.getMessage());
        }
        List<Path> files = inputs.expand(paths);
        unreadable = inputs.unreadable();
        return files;
    }

    /**
     * The reader for the {@link #files}: {@code parse}, except that an entry of a folder not to be read (a loop of
     * links, a folder without permission, a named pipe) fails with why, without being opened.
     */
    Outcome.Reader reader(Outcome.Reader parse) {
        return file -> {
            String why = unreadable.get(file);
            if (why != null) {
                throw ReportReadException.ioError(file.toString(), why, null);
            }
            return parse.read(file);
        };
    }

    /**
     * The plan of a run over the {@link #files}: their units, archives named {@code *.zip} listed (unless a folder's
     * walk found them not to be read), every file read by {@link #reader} of {@code parser}.
     */
    ReadPlan plan(List<Path> files, ReportParser parser) {
        return ReadPlan.of(files, parser, reader(parser::parse), file -> !unreadable.containsKey(file));
    }

    /** The number of threads, checked. */
    int threads() {
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, not " + threads);
        }
        return threads;
    }

    /** How many parsed reports may wait to be written: enough to keep every thread busy, few enough to bound memory. */
    int window() {
        return 4 * threads();
    }
}
