package io.github.xxgk.report.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Results in index order whatever order tasks finish in, never more than the window waiting, failures stop it. */
@Timeout(30)
class OrderedParallelTest {

    private static void sleep(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void resultsArriveInIndexOrderWhateverOrderTheyFinishIn() throws Exception {
        List<Integer> consumed = new ArrayList<>();
        OrderedParallel.run(300, 4, 8, i -> {
            sleep(ThreadLocalRandom.current().nextInt(3));
            return i;
        }, consumed::add);
        assertThat(consumed).containsExactlyElementsOf(IntStream.range(0, 300).boxed().toList());
    }

    @Test
    void noTaskStartsMoreThanTheWindowAheadOfTheConsumer() throws Exception {
        int window = 6;
        AtomicInteger consumed = new AtomicInteger();
        AtomicInteger furthestAhead = new AtomicInteger();
        OrderedParallel.run(200, 4, window, i -> {
            furthestAhead.accumulateAndGet(i - consumed.get(), Math::max);
            return i;
        }, i -> {
            // A slow writer: the workers outpace it and must wait for it.
            sleep(1);
            consumed.incrementAndGet();
        });
        assertThat(consumed).hasValue(200);
        assertThat(furthestAhead.get()).isBetween(window - 1, window);
    }

    @Test
    void aFailingConsumerStopsTheRunAndTheWorkers() {
        AtomicInteger started = new AtomicInteger();
        assertThatThrownBy(() -> OrderedParallel.run(10_000, 2, 4, i -> {
            started.incrementAndGet();
            return i;
        }, i -> {
            if (i == 10) {
                throw new IOException("disk full");
            }
        })).isInstanceOf(IOException.class).hasMessage("disk full");
        sleep(50);
        assertThat(started.get()).isLessThanOrEqualTo(10 + 1 + 4 + 2);
    }

    @Test
    void aTaskThatThrowsFailsTheRunInsteadOfHangingIt() {
        assertThatThrownBy(() -> OrderedParallel.run(100, 3, 5, i -> {
            if (i == 42) {
                throw new IllegalArgumentException("task 42");
            }
            return i;
        }, i -> { })).isInstanceOf(IllegalStateException.class).hasRootCauseMessage("task 42");
    }

    @Test
    void nothingToDoReturnsAtOnce() throws Exception {
        List<Integer> consumed = new ArrayList<>();
        OrderedParallel.run(0, 4, 16, i -> i, consumed::add);
        assertThat(consumed).isEmpty();
    }

    @Test
    void moreThreadsThanTasksIsFine() throws Exception {
        List<Integer> consumed = new ArrayList<>();
        OrderedParallel.run(3, 16, 1, i -> i * 10, consumed::add);
        assertThat(consumed).containsExactly(0, 10, 20);
    }
}
