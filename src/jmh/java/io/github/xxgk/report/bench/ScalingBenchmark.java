package io.github.xxgk.report.bench;

import io.github.xxgk.report.ReportParser;
import io.github.xxgk.report.ReportReadException;
import io.github.xxgk.report.model.AnnualReport;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How parse time grows with a report's size: the table-heavy seed report's text repeated {@code copies} times
 * in one source. Divide the score by {@code copies} for the time per copy; linear growth keeps it flat.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 4, time = 1)
public class ScalingBenchmark {

    /** The report repeated. */
    static final String SEED = "reports/wuzhong-civil-affairs-2021.txt";

    /** How many copies of the seed one source holds. */
    @Param({"1", "10", "100"})
    public int copies;

    private final ReportParser parser = ReportParser.create();
    private byte[] bytes;

    /** Builds the source once. */
    @Setup
    public void build() {
        bytes = Fixtures.repeated(SEED, copies);
    }

    /** Bytes to model with diagnostics, all copies in one source. */
    @Benchmark
    public AnnualReport parse() throws ReportReadException {
        return parser.parse(bytes, "seed-x" + copies + ".txt");
    }
}
