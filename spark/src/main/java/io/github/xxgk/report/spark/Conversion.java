package io.github.xxgk.report.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * The conversion of a table of files: {@link #reports()}, one row per file, and {@link #diagnostics()}, one row per
 * diagnostic, both lazy like any {@link Dataset}. Each is computed from one parse of each file; a job that uses
 * both should {@link #persist()} the conversion first, or each would parse the files again.
 */
public final class Conversion {

    private static final String FILE = "file";

    private final Dataset<Row> outcomes;

    Conversion(Dataset<Row> outcomes) {
        this.outcomes = outcomes;
    }

    /**
     * The wide table: the columns of the command line's wide CSV ({@code file}, {@code status}, {@code template},
     * {@code agency}, {@code year}, {@code errors}, {@code warnings}, {@code message}, one per cell key, then the
     * {@code series.*} and {@code rate.*} columns), one row per file, or per file of a ZIP archive
     * ({@code archive.zip!/path}). {@code file} is the file's {@code path}; {@code status} is {@code parsed},
     * {@code not_a_report} or {@code failed} (with {@code REASON: detail} in {@code message}). Counts are
     * {@code long}, amounts {@code decimal(38,18)}, rates {@code decimal(38,4)}, {@code year}, {@code errors} and
     * {@code warnings} {@code int}, the rest strings; what a report does not give is null.
     */
    public Dataset<Row> reports() {
        return outcomes.drop(Tables.DIAGNOSTICS_COLUMN);
    }

    /**
     * The diagnostics table: the columns of the command line's diagnostics CSV ({@code file}, {@code severity},
     * {@code code}, {@code table}, {@code row}, {@code column}, {@code line}, {@code message}), one row per
     * diagnostic of each file in the report's order, and for a file that could not be read one row with code
     * {@code read.REASON}. {@code line} is an {@code int}, the rest strings, null where the location lacks a part.
     */
    public Dataset<Row> diagnostics() {
        return outcomes.select(col(FILE), explode(col(Tables.DIAGNOSTICS_COLUMN)).as("d")).select(col(FILE),
                col("d.*"));
    }

    /** Keeps the parsed files once computed (memory, then disk), so that both tables come from one parse. */
    public Conversion persist() {
        outcomes.persist(StorageLevel.MEMORY_AND_DISK());
        return this;
    }

    /** Drops what {@link #persist()} kept. */
    public void unpersist() {
        outcomes.unpersist();
    }
}
