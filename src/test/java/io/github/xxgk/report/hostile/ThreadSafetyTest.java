package io.github.xxgk.report.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.report.ReportParser;
import io.github.xxgk.report.ReportReadException;
import io.github.xxgk.report.TestData;
import io.github.xxgk.report.export.ReportJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One {@link ReportParser} shared by 8 threads, each reading every report and rendering in its own order, gives
 * exactly what one thread gives: the same JSON for every report, the same failure for every file that fails.
 */
@Timeout(300)
class ThreadSafetyTest {

    private static final int THREADS = 8;

    private static List<Path> inputs() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path folder : List.of(TestData.REPORTS, TestData.ROOT.resolve("renderings"))) {
            try (Stream<Path> list = Files.list(folder)) {
                list.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
        }
        return files;
    }

    private static String result(ReportParser parser, Path file) {
        try {
            return ReportJson.toJson(parser.parse(file));
        } catch (ReportReadException e) {
            return e.reason().key() + ": " + e.getMessage();
        }
    }

    @Test
    void eightThreadsSharingOneParserGiveTheSingleThreadResults() throws Exception {
        ReportParser parser = ReportParser.create();
        List<Path> files = inputs();
        Map<Path, String> expected = new LinkedHashMap<>();
        for (Path file : files) {
            expected.put(file, result(parser, file));
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(15);

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Map<Path, String>>> runs = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                List<Path> order = new ArrayList<>(files);
                Collections.shuffle(order, new Random(t));
                Callable<Map<Path, String>> run = () -> {
                    start.await();
                    Map<Path, String> got = new LinkedHashMap<>();
                    for (Path file : order) {
                        got.put(file, result(parser, file));
                    }
                    return got;
                };
                runs.add(pool.submit(run));
            }
            start.countDown();
            for (Future<Map<Path, String>> run : runs) {
                Map<Path, String> got = run.get();
                for (Path file : files) {
                    assertThat(got.get(file)).as("%s", file).isEqualTo(expected.get(file));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
