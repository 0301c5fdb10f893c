package io.github.xxgk.report.spark;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/** The Spark session the tests share, and where the project's test data is. */
final class SparkTests {

    private static SparkSession session;

    private SparkTests() {
    }

    /**
     * A local session with two cores, each task tried twice ({@code local[2,2]}, so that a test can make a first
     * attempt fail), small partitions and no web UI.
     */
    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder().master("local[2,2]").appName("xxgk-report-tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "2")
                    .config("spark.sql.files.maxPartitionBytes", "1m")
                    .config("spark.sql.files.openCostInBytes", "16k")
                    .getOrCreate();
        }
        return session;
    }

    /** The project's testdata folder. */
    static Path testdata() {
        return Path.of(System.getProperty("xxgk.testdata", "../testdata")).toAbsolutePath().normalize();
    }
}
