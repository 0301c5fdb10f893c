package io.github.xxgk.report.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntFunction;

/**
 * Runs tasks {@code 0 … count-1} on worker threads and hands their results to one consumer, on the calling thread,
 * in index order, whatever order they finish in.
 *
 * <p>Memory is bounded by the window: a worker takes the next index only once it holds one of {@code window}
 * permits, and a permit comes back when the consumer takes a result. So at most {@code window} results wait at any
 * time, and every index in flight lies in {@code [next, next + window)}, which makes a ring of {@code window}
 * slots a sufficient reorder buffer. The index the consumer waits for is always held by a running worker, so the
 * scheme cannot deadlock.
 *
 * @param <R> the result of one task
 */
final class OrderedParallel<R> {

    /** Receives the results in index order; may fail with an I/O error, which stops the run. */
    @FunctionalInterface
    interface Consumer<R> {
        void accept(R result) throws IOException;
    }

    private final int count;
    private final IntFunction<R> task;
    private final int window;
    private final Semaphore permits;
    private final Object[] slots;
    private final AtomicInteger nextIndex = new AtomicInteger();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition filled = lock.newCondition();
    private volatile boolean stopped;
    private Throwable crash;

    private OrderedParallel(int count, IntFunction<R> task, int window) {
        this.count = count;
        this.task = task;
        this.window = window;
        this.permits = new Semaphore(window);
        this.slots = new Object[window];
    }

    /**
     * Runs the tasks and consumes their results in order; returns when all are consumed.
     *
     * @param threads the number of worker threads, at least 1
     * @param window the most results held at once, at least 1
     * @param task the work for one index, returning a result that is not null; it should turn its own failures into
     *     results, since an exception from it stops the whole run
     * @throws IOException if the consumer fails
     * @throws IllegalStateException if a task throws
     * @throws InterruptedException if the calling thread is interrupted while waiting
     */
    static <R> void run(int count, int threads, int window, IntFunction<R> task, Consumer<R> consumer)
            throws IOException, InterruptedException {
        if (threads < 1 || window < 1) {
            throw new IllegalArgumentException("threads and window must be at least 1");
        }
        new OrderedParallel<>(count, task, window).run(threads, consumer);
    }

    private void run(int threads, Consumer<R> consumer) throws IOException, InterruptedException {
        List<Thread> workers = new ArrayList<>(threads);
        for (int n = 0; n < Math.min(threads, Math.max(count, 1)); n++) {
            Thread worker = new Thread(this::work, "xxgk-parse-" + (n + 1));
            // A task stuck in a pathological file must not keep the JVM alive once the run has given up.
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
        boolean finished = false;
        try {
            for (int i = 0; i < count; i++) {
                consumer.accept(take(i));
            }
            finished = true;
        } finally {
            stopped = true;
            workers.forEach(Thread::interrupt);
            if (finished) {
                for (Thread worker : workers) {
                    worker.join();
                }
            }
        }
    }

    private void work() {
        try {
            while (!stopped) {
                permits.acquire();
                int index = nextIndex.getAndIncrement();
                if (index >= count || stopped) {
                    permits.release();
                    return;
                }
                R result = Objects.requireNonNull(task.apply(index), "task result");
                lock.lock();
                try {
                    slots[index % window] = result;
                    filled.signalAll();
                } finally {
                    lock.unlock();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            lock.lock();
            try {
                if (crash == null) {
                    crash = e;
                }
                filled.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private R take(int index) throws InterruptedException {
        int slot = index % window;
        lock.lock();
        try {
            while (slots[slot] == null) {
                if (crash != null) {
                    throw new IllegalStateException("a worker failed: " + crash, crash);
                }
                filled.await();
            }
            R result = (R) slots[slot];
            slots[slot] = null;
            permits.release();
            return result;
        } finally {
            lock.unlock();
        }
    }
}
