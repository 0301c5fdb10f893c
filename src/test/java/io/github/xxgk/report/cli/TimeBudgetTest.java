package io.github.xxgk.report.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.opencsv.CSVReader;
import io.github.xxgk.report.TestData;
import io.github.xxgk.report.export.WideCsv;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The per-file time budget: a task over it is abandoned with the over-budget result in its place, in order, and the
 * run goes on at full strength without waiting for it; its thread is interrupted, and ends when its task does.
 */
@Timeout(60)
class TimeBudgetTest {

    private static final Duration BUDGET = Duration.ofMillis(300);
    private static final int OVER = -1;

    @TempDir
    Path dir;

    /** Sleeps, ignoring interrupts, as a parser busy in a library that never looks at them. */
    private static void busy(long millis) {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        boolean interrupted = false;
        while (System.nanoTime() < end) {
            try {
                Thread.sleep(Math.max(1, TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime())));
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aTaskOverBudgetGetsTheOverBudgetResultInItsPlaceAndTheRunDoesNotWaitForIt() throws Exception {
        List<Integer> consumed = new ArrayList<>();
        long start = System.nanoTime();
        OrderedParallel.run(20, 2, 4, BUDGET, i -> {
            busy(i == 3 ? 5_000 : 5);
            return i;
        }, i -> OVER, consumed::add);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        List<Integer> expected = new ArrayList<>(IntStream.range(0, 20).boxed().toList());
        expected.set(3, OVER);
        assertThat(consumed).containsExactlyElementsOf(expected);
        assertThat(millis).as("the run did not wait out the 5 s task").isLessThan(3_000);
    }

    @Test
    void anAbandonedTaskIsInterruptedAndItsThreadEndsWithIt() throws Exception {
        AtomicReference<Thread> worker = new AtomicReference<>();
        CountDownLatch interrupted = new CountDownLatch(1);
        List<Integer> consumed = new ArrayList<>();
        OrderedParallel.run(3, 1, 2, BUDGET, i -> {
            if (i == 0) {
                worker.set(Thread.currentThread());
                try {
                    Thread.sleep(30_000);
                } catch (InterruptedException e) {
                    interrupted.countDown();
                }
            }
            return i;
        }, i -> OVER, consumed::add);

        assertThat(consumed).containsExactly(OVER, 1, 2);
        assertThat(interrupted.await(5, TimeUnit.SECONDS)).as("the sleeping task was interrupted").isTrue();
        worker.get().join(5_000);
        assertThat(worker.get().isAlive()).as("the abandoned thread ended").isFalse();
    }

    @Test
    void everyTaskNearTheBudgetGivesExactlyOneResultInOrder() throws Exception {
        List<Integer> consumed = new ArrayList<>();
        OrderedParallel.run(60, 4, 6, Duration.ofMillis(40), i -> {
            busy(ThreadLocalRandom.current().nextInt(20, 60));
            return i;
        }, i -> OVER - i, consumed::add);

        assertThat(consumed).hasSize(60);
        for (int i = 0; i < 60; i++) {
            assertThat(consumed.get(i)).isIn(i, OVER - i);
        }
    }

    /**
     * A FIFO named on the command line blocks the parse in {@code open()} until a writer comes, which may be never:
     * no interrupt reaches it, yet the run ends, the FIFO's row says so, and every other file is converted.
     */
    @Test
    @EnabledOnOs(OS.LINUX)
    void aFileThatNeverEndsFailsWithLimitExceededAndTheRunGoesOn() throws Exception {
        Path fifo = dir.resolve("a-fifo.txt");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo works");
        Path output = dir.resolve("out.csv");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            int exit = Main.run(new String[] {"convert", fifo.toString(), TestData.SEED.toString(), "-o",
                output.toString(), "--timeout-seconds", "1"}, new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));

            assertThat(exit).isEqualTo(Main.SOME_FAILED);
            List<String[]> rows;
            try (CSVReader reader = new CSVReader(new StringReader(Files.readString(output,
                    StandardCharsets.UTF_8)))) {
                rows = reader.readAll();
            }
            int status = WideCsv.columns().indexOf("status");
            int message = WideCsv.columns().indexOf("message");
            assertThat(rows).hasSize(3);
            assertThat(rows.get(1)[0]).isEqualTo(fifo.toString());
            assertThat(rows.get(1)[status]).isEqualTo("failed");
            assertThat(rows.get(1)[message]).isEqualTo("limit_exceeded: took longer than the time budget of 1 "
                    + "seconds (--timeout-seconds); abandoned");
            assertThat(rows.get(2)[status]).isEqualTo("parsed");
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("a-fifo.txt: failed: limit_exceeded");
        } finally {
            // Release the abandoned thread: a writer that opens and closes at once gives it an empty file.
            OutputFaultsTest.release(fifo);
        }
    }
}
