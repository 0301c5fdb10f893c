package io.github.xxgk.report.concurrency;

import io.github.xxgk.report.ReportParser;
import io.github.xxgk.report.model.AnnualReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The first parses of a fresh JVM, started a few milliseconds apart on many threads, so that some of them run while
 * the others are still loading what a parse loads once: prints how many different reports they gave (1 when the
 * parser is thread-safe from its first call on). Run in a JVM of its own by {@link FirstParsesAtOnceTest}.
 */
public final class FirstParsesAtOnce {

    static final int THREADS = 100;
    static final long STAGGER_MILLIS = 8;

    private FirstParsesAtOnce() {
    }

    /** Parses the file named by {@code args[0]} on {@value #THREADS} threads and prints the number of outcomes. */
    public static void main(String[] args) throws Exception {
        byte[] bytes = Files.readAllBytes(Path.of(args[0]));
        String name = Path.of(args[0]).getFileName().toString();
        ReportParser parser = ReportParser.create();
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        List<Future<String>> parses = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            long delay = i * STAGGER_MILLIS;
            parses.add(threads.submit(() -> {
                Thread.sleep(delay);
                AnnualReport report = parser.parse(bytes, name);
                return report.values() + " " + report.diagnostics();
            }));
        }
        Set<String> outcomes = new HashSet<>();
        for (Future<String> parse : parses) {
            outcomes.add(parse.get());
        }
        threads.shutdown();
        System.out.println(outcomes.size());
    }
}
