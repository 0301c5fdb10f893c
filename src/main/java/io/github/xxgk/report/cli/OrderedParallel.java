package io.github.xxgk.report.cli;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
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
 * <p>Time is bounded by the budget, if there is one: while it waits, the calling thread also watches the running
 * tasks, and a task running longer than the budget is abandoned. Its slot gets the over-budget result at once, its
 * thread is interrupted (which stops a task blocked in interruptible I/O) and replaced by a new worker, so the run
 * goes on at full strength; whatever the abandoned task returns later is dropped, and its thread then ends. A task
 * that never returns keeps its (daemon) thread until the JVM exits, but never holds up the run.
 *
 * @param <R> the result of one task
 */
final class OrderedParallel<R> {

    /** Receives the results in index order; may fail with an I/O error, which stops the run. */
    @FunctionalInterface
    interface Consumer<R> {
        void accept(R result) throws IOException;
    }

    /** A task running: its thread and when it started. */
    private record Running(Thread thread, long start) {
    }

    private final int count;
    private final IntFunction<R> task;
    private final IntFunction<R> overBudget;
    private final long budgetNanos;
    private final int window;
    private final Semaphore permits;
    private final Object[] slots;
    private final AtomicInteger nextIndex = new AtomicInteger();
    private final AtomicInteger threadNumber = new AtomicInteger();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition filled = lock.newCondition();
    /** The tasks running, by index; guarded by {@link #lock}. */
    private final Map<Integer, Running> running = new HashMap<>();
    /** The workers not abandoned; guarded by {@link #lock}. */
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean stopped;
    private Throwable crash;

    private OrderedParallel(int count, IntFunction<R> task, int window, Duration budget, IntFunction<R> overBudget) {
        this.count = count;
        this.task = task;
        this.window = window;
        this.budgetNanos = budget.toNanos();
        this.overBudget = overBudget;
        this.permits = new Semaphore(window);
        this.slots = new Object[window];
    }

    /** Runs the tasks without a time budget. */
    static <R> void run(int count, int threads, int window, IntFunction<R> task, Consumer<R> consumer)
            throws IOException, InterruptedException {
        run(count, threads, window, Duration.ZERO, task, i -> {
            throw new IllegalStateException("no budget");
        }, consumer);
    }

    /**
     * Runs the tasks and consumes their results in order; returns when all are consumed.
     *
     * @param threads the number of worker threads, at least 1
     * @param window the most results held at once, at least 1
     * @param budget the longest a task may run before it is abandoned; zero for no bound
     * @param task the work for one index, returning a result that is not null; it should turn its own failures into
     *     results, since an exception from it stops the whole run
     * @param overBudget the result for an index whose task was abandoned
     * @throws IOException if the consumer fails
     * @throws IllegalStateException if a task throws
     * @throws InterruptedException if the calling thread is interrupted while waiting
     */
    static <R> void run(int count, int threads, int window, Duration budget, IntFunction<R> task,
            IntFunction<R> overBudget, Consumer<R> consumer) throws IOException, InterruptedException {
        if (threads < 1 || window < 1 || budget.isNegative()) {
            throw new IllegalArgumentException("threads and window must be at least 1, the budget not negative");
        }
        new OrderedParallel<>(count, task, window, budget, overBudget).run(threads, consumer);
    }

    private void run(int threads, Consumer<R> consumer) throws IOException, InterruptedException {
        lock.lock();
        try {
            for (int n = 0; n < Math.min(threads, Math.max(count, 1)); n++) {
                startWorker();
            }
        } finally {
            lock.unlock();
        }
        boolean finished = false;
        try {
            for (int i = 0; i < count; i++) {
                consumer.accept(take(i));
            }
            finished = true;
        } finally {
            stopped = true;
            List<Thread> current;
            lock.lock();
            try {
                current = List.copyOf(workers);
            } finally {
                lock.unlock();
            }
            current.forEach(Thread::interrupt);
            if (finished) {
                for (Thread worker : current) {
                    worker.join();
                }
            }
        }
    }

    /** Starts a worker; the caller holds the lock. */
    private void startWorker() {
        Thread worker = new Thread(this::work, "xxgk-parse-" + threadNumber.incrementAndGet());
        // A task stuck in a pathological file must not keep the JVM alive once the run has given up.
        worker.setDaemon(true);
        workers.add(worker);
        worker.start();
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
                if (!runTask(index)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs one task and stores its result; false if the task was abandoned, and so is this thread. */
    private boolean runTask(int index) {
        lock.lock();
        try {
            running.put(index, new Running(Thread.currentThread(), System.nanoTime()));
            filled.signalAll(); // the watching consumer recomputes the next deadline
        } finally {
            lock.unlock();
        }
        R result = null;
        Throwable failure = null;
        try {
            result = Objects.requireNonNull(task.apply(index), "task result");
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        lock.lock();
        try {
            if (running.remove(index) == null) {
                return false;
            }
            if (failure != null) {
                crash = crash == null ? failure : crash;
            } else {
                slots[index % window] = result;
            }
            filled.signalAll();
            return failure == null;
        } finally {
            lock.unlock();
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
                long wait = budgetNanos == 0 ? Long.MAX_VALUE : abandonOverdue(System.nanoTime());
                if (slots[slot] != null) {
                    break;
                }
                if (wait == Long.MAX_VALUE) {
                    filled.await();
                } else {
                    filled.awaitNanos(wait);
                }
            }
            R result = (R) slots[slot];
            slots[slot] = null;
            permits.release();
            return result;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Abandons the tasks over budget; returns the nanoseconds until the next running task is, or
     * {@link Long#MAX_VALUE} if none runs. The caller holds the lock.
     */
    private long abandonOverdue(long now) {
        long next = Long.MAX_VALUE;
        for (Iterator<Map.Entry<Integer, Running>> it = running.entrySet().iterator(); it.hasNext();) {
            Map.Entry<Integer, Running> entry = it.next();
            long left = entry.getValue().start() + budgetNanos - now;
            if (left > 0) {
                next = Math.min(next, left);
                continue;
            }
            it.remove();
            int index = entry.getKey();
            slots[index % window] = Objects.requireNonNull(overBudget.apply(index), "over-budget result");
            Thread thread = entry.getValue().thread();
            thread.interrupt();
            workers.remove(thread);
            if (!stopped) {
                startWorker();
            }
        }
        return next;
    }
}
