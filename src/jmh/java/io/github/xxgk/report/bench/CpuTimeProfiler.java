package io.github.xxgk.report.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler reporting the CPU time of the benchmark's worker threads per operation ({@code cpu.per.op},
 * µs/op). On a machine shared with other work, wall time includes the time the benchmark waited for a core; CPU time
 * does not, so its ratios hold where wall-time ratios drift. It leaves out the JVM's own threads: the garbage
 * collector's share of an allocation-heavy parse shows only in the wall time.
 *
 * <p>Use with {@code -prof io.github.xxgk.report.bench.CpuTimeProfiler} (the bench profile always adds it).
 */
public final class CpuTimeProfiler implements InternalProfiler {

    /** The name of the secondary result. */
    static final String METRIC = "cpu.per.op";

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private Map<Long, Long> start = Map.of();

    /** Creates the profiler; JMH does, once per forked JVM. */
    public CpuTimeProfiler() {
        // no state before the first iteration
    }

    @Override
    public String getDescription() {
        return "CPU time of the benchmark threads per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        start = workerCpuTimes();
    }

    @Override
    @SuppressWarnings("rawtypes") // JMH's InternalProfiler declares the raw Result
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
            IterationParams iterationParams, IterationResult result) {
        long ops = result.getMetadata().getAllOps();
        if (ops <= 0) {
            return List.of();
        }
        long nanos = 0;
        for (Map.Entry<Long, Long> worker : workerCpuTimes().entrySet()) {
            nanos += worker.getValue() - start.getOrDefault(worker.getKey(), 0L);
        }
        return List.of(new ScalarResult(METRIC, nanos / 1_000.0 / ops, "us/op", AggregationPolicy.AVG));
    }

    /** The CPU time so far of each live JMH worker thread, by thread id. */
    private Map<Long, Long> workerCpuTimes() {
        Map<Long, Long> times = new HashMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().contains("-jmh-worker-")) {
                long cpu = threads.getThreadCpuTime(info.getThreadId());
                if (cpu >= 0) {
                    times.put(info.getThreadId(), cpu);
                }
            }
        }
        return times;
    }
}
