package io.github.xxgk.report.cli;

import io.github.xxgk.report.internal.input.IoErrors;
import java.io.IOException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The {@code xxgk-report} command line. */
@Command(name = "xxgk-report", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Reads government information-disclosure annual reports (政府信息公开工作年度报告).",
        synopsisSubcommandLabel = "COMMAND")
public final class Main implements Runnable {

    /** Exit code: every file parsed (convert), no error diagnostic (check). */
    static final int OK = 0;
    /** Exit code: some files could not be read (convert), some file has an error diagnostic (check). */
    static final int SOME_FAILED = 1;
    /** Exit code: usage or output error; for check, also a file that could not be read. */
    static final int USAGE_OR_OUTPUT_ERROR = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    private Main() {
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command line with these streams and returns the exit code; the streams are not closed. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Streams streams = Streams.of(out, err);
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("convert", () -> new ConvertCommand(streams));
        commands.put("check", () -> new CheckCommand(streams));
        commands.put("columns", () -> new ColumnsCommand(streams));
        commands.put("summarize", () -> new SummarizeCommand(streams));
        CommandLine commandLine = new CommandLine(new Main());
        // picocli reads every command's annotations when it is added, a tenth of a second for all four: a run of
        // one command builds only that one; help and errors, which list them all, build them all.
        boolean one = args.length > 0 && commands.containsKey(args[0]);
        commands.forEach((name, command) -> {
            if (!one || name.equals(args[0])) {
                commandLine.addSubcommand(name, command.get());
            }
        });
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setOut(streams.outText());
        commandLine.setErr(streams.errText());
        commandLine.setExitCodeExceptionMapper(e -> USAGE_OR_OUTPUT_ERROR);
        commandLine.setExecutionExceptionHandler((e, cl, parseResult) -> {
            String message = e instanceof IOException io ? IoErrors.describe(io) : e.getMessage();
            cl.getErr().println("xxgk-report: " + message);
            return USAGE_OR_OUTPUT_ERROR;
        });
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: convert, check, columns or summarize");
    }
}
