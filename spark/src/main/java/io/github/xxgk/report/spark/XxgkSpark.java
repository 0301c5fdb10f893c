package io.github.xxgk.report.spark;

import static org.apache.spark.sql.functions.col;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Converts reports on Spark: a table of files, as Spark's {@code binaryFile} source reads them from any file system
 * Spark reaches (local, HDFS, S3A, …), becomes the wide table of the reports and the table of their diagnostics.
 *
 * <pre>{@code
 * Dataset<Row> files = XxgkSpark.files(spark, "s3a://archive/reports/");
 * Conversion conversion = XxgkSpark.convert(files).persist();
 * conversion.reports().write().parquet("s3a://archive/reports.parquet");
 * conversion.diagnostics().write().parquet("s3a://archive/diagnostics.parquet");
 * }</pre>
 *
 * <p>Every file gives exactly one row of the wide table, {@code parsed}, {@code not_a_report} or {@code failed} with
 * its reason, and a ZIP archive of reports one row per file in it, as the command line reads archives; no file
 * fails a task. Each partition is parsed with one parser, each file within the time budget of the
 * {@link ConversionOptions}; a file's rows depend on its path and bytes alone, so a task run again gives the same
 * rows.
 */
public final class XxgkSpark {

    private static final String PATH = "path";
    private static final String CONTENT = "content";
    private static final String LENGTH = "length";

    private XxgkSpark() {
    }

    /**
     * The files under a path, a folder searched recursively or a glob ({@code reports/*}{@code /*.pdf}), as a table of
     * Spark's {@code binaryFile} source: {@code path}, {@code modificationTime}, {@code length}, {@code content}.
     * Like every Spark file source it skips names beginning with {@code _} or {@code .}; unlike them, it keeps empty
     * files (listed once more on the driver to find them), so that each has its row.
     */
    public static Dataset<Row> files(SparkSession spark, String pathOrGlob) {
        Dataset<Row> files = spark.read().format("binaryFile").option("recursiveFileLookup", "true")
                .load(pathOrGlob);
        List<Row> empty = new ArrayList<>();
        for (FileStatus file : EmptyFiles.under(pathOrGlob, spark.sparkContext().hadoopConfiguration())) {
            empty.add(RowFactory.create(file.getPath().toString(), new Timestamp(file.getModificationTime()), 0L,
                    new byte[0]));
        }
        return empty.isEmpty() ? files : files.union(spark.createDataFrame(empty, files.schema()));
    }

    /** {@link #convert(Dataset, ConversionOptions)} with the default options. */
    public static Conversion convert(Dataset<Row> binaryFiles) {
        return convert(binaryFiles, ConversionOptions.defaults());
    }

    /**
     * The conversion of a table of files: rows with at least a {@code path} (string) and its {@code content}
     * (binary), as {@link #files} and Spark's {@code binaryFile} source give them. With a {@code length} column too,
     * files longer than the parser's {@code maxInputBytes} are never read: their rows fail with
     * {@code limit_exceeded} at once (on a {@code binaryFile} table the filter reaches the file listing, so their
     * bytes are not even loaded).
     *
     * @throws IllegalArgumentException if the table has no {@code path} or no {@code content} column
     */
    public static Conversion convert(Dataset<Row> binaryFiles, ConversionOptions options) {
        List<String> columns = Arrays.asList(binaryFiles.columns());
        if (!columns.contains(PATH) || !columns.contains(CONTENT)) {
            throw new IllegalArgumentException("a table of files needs the columns path and content (as Spark's "
                    + "binaryFile source gives them), not " + columns);
        }
        Encoder<Row> outcomes = Encoders.row(Tables.OUTCOMES);
        if (!columns.contains(LENGTH)) {
            return new Conversion(binaryFiles.select(PATH, CONTENT).mapPartitions(new PartitionParser(options),
                    outcomes));
        }
        long max = options.parserOptions().maxInputBytes();
        // A length that is not given (never, in a binaryFile table, where this is the plain length <= max) is read.
        Dataset<Row> parsed = binaryFiles.where(col(LENGTH).isNull().or(col(LENGTH).leq(max)))
                .select(PATH, CONTENT)
                .mapPartitions(new PartitionParser(options), outcomes);
        Dataset<Row> tooLarge = binaryFiles.where(col(LENGTH).gt(max)).select(PATH)
                .map((MapFunction<Row, Row>) file -> PartitionParser.tooLarge(file.getString(0), max), outcomes);
        return new Conversion(parsed.union(tooLarge));
    }

    /** The schema of {@link Conversion#reports()}: the command line's wide CSV columns, typed. */
    public static StructType reportsSchema() {
        return Tables.REPORTS;
    }

    /** The schema of {@link Conversion#diagnostics()}: the command line's diagnostics CSV columns, typed. */
    public static StructType diagnosticsSchema() {
        return Tables.DIAGNOSTICS;
    }
}
