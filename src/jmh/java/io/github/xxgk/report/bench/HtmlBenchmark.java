package io.github.xxgk.report.bench;

import io.github.xxgk.report.ReportParser;
import io.github.xxgk.report.ReportReadException;
import io.github.xxgk.report.model.AnnualReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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

/** Web pages: the full parse beside its anchor, jsoup parsing the same bytes (charset detection included). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 3, time = 1)
public class HtmlBenchmark {

    /** The page, under {@code testdata/}. */
    @Param({"reports/pingtan-2024.html", "reports/pingtan-2019.html", "reports/pingtan-2021.html",
        "reports/pingtan-county-2011-legacy.html", "reports/shanghai-gov-office-2019-fragment.html"})
    public String file;

    private final ReportParser parser = ReportParser.create();
    private byte[] bytes;
    private String name;

    /** Reads the page once. */
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

    /** The anchor: {@code Jsoup.parse} of the same bytes, nothing else. */
    @Benchmark
    public Document anchor() throws IOException {
        return Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
    }
}
