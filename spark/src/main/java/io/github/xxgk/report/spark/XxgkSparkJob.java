package io.github.xxgk.report.spark;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The Spark job, the main class of {@code xxgk-report-VERSION-spark.jar}:
 * {@code spark-submit xxgk-report-VERSION-spark.jar --input PATH_OR_GLOB --output PATH [--format parquet|csv]
 * [--diagnostics PATH]}. Reads the files with Spark's {@code binaryFile} source, converts them with
 * {@link XxgkSpark}, writes the wide table (and the diagnostics) through Spark's own output committer, and prints
 * how many rows were parsed, were no report or failed. The time budget of one file is the Spark property
 * {@value #TIMEOUT_PROPERTY} (seconds; default 60, 0 for none), set with {@code --conf}.
 */
@Command(name = "xxgk-report-spark", mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = XxgkSparkJob.Version.class,
        description = "Converts reports (files under a folder, searched recursively, or matching a glob, on any file "
                + "system Spark reads) into the wide table, one row per file, and optionally the diagnostics table.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the tables were written (failed files have their rows)",
            "2:usage error, or the tables could not be written (an output exists, …)"})
public final class XxgkSparkJob implements Callable<Integer> {

    /** Exit code of a usage or output error. */
    static final int USAGE_OR_OUTPUT_ERROR = 2;

    /** The Spark property of the time budget of one file, in seconds. */
    static final String TIMEOUT_PROPERTY = "spark.xxgk.timeoutSeconds";

    /** The formats the tables are written in. */
    enum Format {
        /** Typed columns, as the schemas of {@link XxgkSpark} say. */
        PARQUET,
        /** A folder of CSV part files with a header each; amounts as the command line writes them. */
        CSV
    }

    @Spec
    private CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "PATH_OR_GLOB",
            description = "A folder (searched recursively) or a glob of files, e.g. s3a://bucket/reports/ or "
                    + "'hdfs:///archive/*/*.pdf'.")
    private String input;

    @Option(names = "--output", required = true, paramLabel = "PATH",
            description = "Where to write the wide table (a folder, as Spark writes tables); it must not exist.")
    private String output;

    @Option(names = "--format", paramLabel = "FORMAT", description = "parquet (default) or csv.")
    private Format format = Format.PARQUET;

    @Option(names = "--diagnostics", paramLabel = "PATH",
            description = "Also write every diagnostic of every file, one row each (file, severity, code, table, "
                    + "row, column, line, message), in the same format.")
    private String diagnostics;

    private XxgkSparkJob() {
    }

    /** Runs the job in the Spark application spark-submit started, then stops it; exits non-zero on an error. */
    public static void main(String[] args) {
        int code = run(args);
        scala.Option<SparkSession> session = SparkSession.getDefaultSession();
        if (session.isDefined()) {
            session.get().stop();
        }
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Runs the job in the active Spark session (or a new one) and returns its exit code. */
    static int run(String... args) {
        CommandLine commandLine = new CommandLine(new XxgkSparkJob());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExitCodeExceptionMapper(e -> USAGE_OR_OUTPUT_ERROR);
        commandLine.setExecutionExceptionHandler((e, cl, parseResult) -> {
            cl.getErr().println("xxgk-report-spark: " + e.getMessage());
            return USAGE_OR_OUTPUT_ERROR;
        });
        return commandLine.execute(args);
    }

    @Override
    public Integer call() {
        if (output.equals(diagnostics)) {
            throw new ParameterException(spec.commandLine(),
                    "--diagnostics must name another path than --output");
        }
        SparkSession spark = SparkSession.builder().appName("xxgk-report").getOrCreate();
        ConversionOptions options = ConversionOptions.defaults().withTimeout(timeout(spark));
        Conversion conversion = XxgkSpark.convert(XxgkSpark.files(spark, input), options).persist();
        try {
            writer(conversion.reports()).save(output);
            if (diagnostics != null) {
                writer(conversion.diagnostics()).save(diagnostics);
            }
            Map<String, Long> counts = new TreeMap<>();
            for (Row row : conversion.reports().groupBy("status").count().collectAsList()) {
                counts.put(row.getString(0), row.getLong(1));
            }
            System.err.println("xxgk-report-spark: " + counts.values().stream().mapToLong(Long::longValue).sum()
                    + " rows, parsed " + counts.getOrDefault("parsed", 0L) + ", not a report "
                    + counts.getOrDefault("not_a_report", 0L) + ", failed " + counts.getOrDefault("failed", 0L)
                    + "; " + output + (diagnostics == null ? "" : " and " + diagnostics));
        } finally {
            conversion.unpersist();
        }
        return 0;
    }

    /** The time budget of one file, from {@value #TIMEOUT_PROPERTY}. */
    private Duration timeout(SparkSession spark) {
        String value = spark.conf().get(TIMEOUT_PROPERTY, Long.toString(ConversionOptions.DEFAULT_TIMEOUT
                .toSeconds()));
        long seconds;
        try {
            seconds = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            seconds = -1;
        }
        if (seconds < 0) {
            throw new ParameterException(spec.commandLine(), TIMEOUT_PROPERTY + " must be a number of seconds, 0 "
                    + "(no limit) or more, not " + value);
        }
        return Duration.ofSeconds(seconds);
    }

    private DataFrameWriter<Row> writer(Dataset<Row> table) {
        if (format == Format.PARQUET) {
            return table.write().format("parquet");
        }
        return forCsv(table).write().format("csv").option("header", "true");
    }

    /**
     * The table with its numbers as the command line writes them: amounts without the trailing zeros of their
     * decimal type ({@code 98.4361}, {@code 0}, not {@code 98.436100000000000000}), rates with their four decimals
     * ({@code 0.4000}).
     */
    static Dataset<Row> forCsv(Dataset<Row> table) {
        UserDefinedFunction plain = functions.udf((UDF1<BigDecimal, String>) amount -> amount == null ? null
                : amount.stripTrailingZeros().toPlainString(), DataTypes.StringType);
        List<Column> columns = new ArrayList<>();
        for (StructField field : table.schema().fields()) {
            Column column = functions.col("`" + field.name() + "`");
            columns.add(field.dataType().equals(Tables.DECIMAL) ? plain.apply(column).as(field.name()) : column);
        }
        return table.select(columns.toArray(Column[]::new));
    }

    /** The version of the jar, from its manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = XxgkSparkJob.class.getPackage().getImplementationVersion();
            return new String[] {"xxgk-report-spark " + (version == null ? "(development)" : version)};
        }
    }
}
