package io.github.xxgk.report.internal.recognize;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * One way to cut a run's text into its cells: each cell's text as printed and its number ({@code null} for a
 * placeholder, an absent cell), and whether the source separated the cell from its neighbours.
 */
final class SplitCandidate {

    private final String[] texts;
    private final BigDecimal[] values;
    private final long[] counts;
    private final boolean[] shared;

    /**
     * @param texts each cell's text as printed
     * @param values each cell's number, {@code null} for a placeholder
     * @param shared for each cell, whether its piece of text (between separators) holds other cells too
     */
    SplitCandidate(String[] texts, BigDecimal[] values, boolean[] shared) {
        this.texts = texts.clone();
        this.values = values.clone();
        this.shared = shared.clone();
        this.counts = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            counts[i] = values[i] == null ? 0 : values[i].longValue();
        }
    }

    /** The number of cells. */
    int size() {
        return values.length;
    }

    /** The cell's number, {@code null} when the cell is a placeholder. */
    BigDecimal value(int cell) {
        return values[cell];
    }

    /** Whether the cell is a placeholder. */
    boolean absent(int cell) {
        return values[cell] == null;
    }

    /** The cell's number as a whole number; only meaningful for a count that is not absent. */
    long count(int cell) {
        return counts[cell];
    }

    /** Whether the source did not separate the cell from another: it shares its piece of text. */
    boolean shared(int cell) {
        return shared[cell];
    }

    /** Whether both splits give the cell the same number, or both leave it absent. */
    boolean agrees(SplitCandidate other, int cell) {
        BigDecimal mine = values[cell];
        BigDecimal theirs = other.values[cell];
        return mine == null ? theirs == null : theirs != null && mine.compareTo(theirs) == 0;
    }

    /** The split as its cells' texts joined by {@code |}, e.g. {@code 80|1|0|0|0|0|81}. */
    String render() {
        return String.join("|", texts);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SplitCandidate that && Arrays.equals(texts, that.texts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(texts);
    }

    @Override
    public String toString() {
        return render();
    }
}
