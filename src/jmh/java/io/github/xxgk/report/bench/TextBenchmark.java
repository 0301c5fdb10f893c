package io.github.xxgk.report.bench;

import io.github.xxgk.report.ReportParser;
import io.github.xxgk.report.ReportReadException;
import io.github.xxgk.report.model.AnnualReport;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
 * Plain-text and Markdown reports: the full parse beside its anchor, decoding the bytes as UTF-8 and splitting them
 * into lines, which any reader of the file must do.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 4, time = 1)
public class TextBenchmark {

    /** The report, under {@code testdata/}. */
    @Param({"reports/wuzhong-civil-affairs-2021.txt", "reports/pingtan-2024-runtogether.txt",
        "reports/pingtan-2019-runtogether.txt", "reports/shanghai-gov-office-2025.md"})
    public String file;

    private final ReportParser parser = ReportParser.create();
    private byte[] bytes;
    private String name;

    /** Reads the report once. */
    @Setup
    public void read() {
        bytes = Fixtures.bytes(file);
        name = Fixtures.name(file);
    }

    /** Bytes to model with diagnostics. */
    @Benchmark
    public AnnualReport parse() throws ReportReadException {
        return parser.parse(bytes, name);
    }

    /** The anchor: the bytes decoded and split into lines, nothing else. */
    @Benchmark
    public List<String> anchor() {
        return new String(bytes, StandardCharsets.UTF_8).lines().toList();
    }
}
