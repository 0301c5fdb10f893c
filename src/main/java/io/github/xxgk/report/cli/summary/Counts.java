package io.github.xxgk.report.cli.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** How often each value was seen; listed most frequent first, ties in the values' order. */
final class Counts {

    private final Map<String, Integer> counts = new HashMap<>();

    void add(String value) {
        counts.merge(value, 1, Integer::sum);
    }

    int get(String value) {
        return counts.getOrDefault(value, 0);
    }

    int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    boolean isEmpty() {
        return counts.isEmpty();
    }

    /** The values seen, most frequent first. */
    List<String> byCount() {
        List<String> values = new ArrayList<>(counts.keySet());
        values.sort(Comparator.comparingInt((String value) -> -counts.get(value)).thenComparing(Comparator.naturalOrder()));
        return values;
    }

    /** The values seen, in their natural order. */
    List<String> sorted() {
        List<String> values = new ArrayList<>(counts.keySet());
        values.sort(Comparator.naturalOrder());
        return values;
    }
}
