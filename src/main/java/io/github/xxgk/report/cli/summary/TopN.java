package io.github.xxgk.report.cli.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The {@code n} largest of what it is given, by a score; of equal scores the first given wins, so the list is the
 * same whatever the size of the input.
 */
final class TopN<T> {

    private record Entry<T>(T item, double score, long order) {
    }

    private static final Comparator<Entry<?>> BEST_FIRST = Comparator.comparingDouble((Entry<?> e) -> -e.score())
            .thenComparingLong(Entry::order);

    private final int n;
    private final PriorityQueue<Entry<T>> worstFirst = new PriorityQueue<>(BEST_FIRST.reversed());
    private long order;

    TopN(int n) {
        this.n = n;
    }

    void add(T item, double score) {
        Entry<T> entry = new Entry<>(item, score, order++);
        if (worstFirst.size() < n) {
            worstFirst.add(entry);
        } else if (BEST_FIRST.compare(entry, worstFirst.peek()) < 0) {
            worstFirst.poll();
            worstFirst.add(entry);
        }
    }

    /** The kept items, largest score first. */
    List<T> items() {
        List<Entry<T>> entries = new ArrayList<>(worstFirst);
        entries.sort(BEST_FIRST);
        return entries.stream().map(Entry::item).toList();
    }
}
