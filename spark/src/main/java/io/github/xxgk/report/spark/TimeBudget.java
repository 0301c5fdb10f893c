package io.github.xxgk.report.spark;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one task after another on a worker thread, each within a time budget. A task over budget is abandoned: its
 * thread is interrupted and left to end on its own (a daemon, so it never keeps the JVM alive), and the next task
 * gets a new thread, so one file that never ends holds up nothing but itself. With a zero budget, tasks run on the
 * calling thread.
 */
final class TimeBudget implements AutoCloseable {

    private final long budgetNanos;
    private final String threadName;
    private ExecutorService worker;

    TimeBudget(Duration budget, String threadName) {
        this.budgetNanos = budget.toNanos();
        this.threadName = threadName;
    }

    /**
     * The task's result, or empty if it ran over the budget and was abandoned.
     *
     * @throws InterruptedException if the calling thread is interrupted while it waits (the task is abandoned)
     * @throws IllegalStateException if the task throws; tasks turn their own failures into results
     */
    <T> Optional<T> run(Callable<T> task) throws InterruptedException {
        if (budgetNanos == 0) {
            return Optional.of(call(task));
        }
        if (worker == null) {
            worker = Executors.newSingleThreadExecutor(runnable -> {
                Thread thread = new Thread(runnable, threadName);
                thread.setDaemon(true);
                return thread;
            });
        }
        Future<T> result = worker.submit(task);
        try {
            return Optional.of(result.get(budgetNanos, TimeUnit.NANOSECONDS));
        } catch (TimeoutException e) {
            abandon(result);
            return Optional.empty();
        } catch (InterruptedException e) {
            abandon(result);
            throw e;
        } catch (ExecutionException e) {
            throw new IllegalStateException("a task failed: " + e.getCause(), e.getCause());
        }
    }

    private void abandon(Future<?> result) {
        result.cancel(true);
        close();
    }

    private static <T> T call(Callable<T> task) {
        try {
            return task.call();
        } catch (Exception e) {
            throw new IllegalStateException("a task failed: " + e, e);
        }
    }

    /** Stops the worker thread, interrupting a task still running. */
    @Override
    public void close() {
        if (worker != null) {
            worker.shutdownNow();
            worker = null;
        }
    }
}
