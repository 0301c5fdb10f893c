package io.github.xxgk.report.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class TimeBudgetTest {

    @Test
    void aTaskOverBudgetIsAbandonedAndTheNextRunsOnANewThread() throws InterruptedException {
        CountDownLatch never = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        try (TimeBudget budget = new TimeBudget(Duration.ofMillis(50), "parse")) {
            assertThat(budget.run(() -> {
                try {
                    never.await();
                } catch (InterruptedException e) {
                    interrupted.countDown();
                }
                return "late";
            })).isEmpty();
            interrupted.await();
            assertThat(budget.run(() -> Thread.currentThread().getName())).contains("parse");
        }
    }

    @Test
    void withoutABudgetTasksRunOnTheCallingThread() throws InterruptedException {
        try (TimeBudget budget = new TimeBudget(Duration.ZERO, "parse")) {
            assertThat(budget.run(() -> Thread.currentThread().getName()))
                    .contains(Thread.currentThread().getName());
        }
    }

    @Test
    void aTaskThatThrowsIsABug() {
        try (TimeBudget budget = new TimeBudget(Duration.ofSeconds(10), "parse")) {
            org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(() -> budget.run(() -> {
                throw new java.io.IOException("unexpected");
            })).withMessageContaining("unexpected");
        }
    }
}
