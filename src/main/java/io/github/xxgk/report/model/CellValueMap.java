package io.github.xxgk.report.model;

import java.math.BigDecimal;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SortedMap;

/**
 * The present cells of a report as a sorted map read from an array indexed by {@link CellKey#ordinal()}: a lookup
 * is an array read and building it sorts nothing, where a {@code TreeMap} compares and rebalances on every insert.
 * A range of ordinals ({@code from} inclusive, {@code to} exclusive) makes the views of {@link #subMap}. Read-only:
 * {@link Cells} hands it out behind {@code Collections.unmodifiableSortedMap}, and never changes the array.
 */
final class CellValueMap extends AbstractMap<CellKey, BigDecimal> implements SortedMap<CellKey, BigDecimal> {

    private static final List<CellKey> KEYS = CellKey.all();

    private final BigDecimal[] values;
    private final int from;
    private final int to;
    private final int size;

    private CellValueMap(BigDecimal[] values, int from, int to) {
        this.values = values;
        this.from = from;
        this.to = to;
        int present = 0;
        for (int i = from; i < to; i++) {
            if (values[i] != null) {
                present++;
            }
        }
        this.size = present;
    }

    /** A map of the non-null slots of {@code values}, which the caller hands over and no longer changes. */
    static CellValueMap of(BigDecimal[] values) {
        return new CellValueMap(values, 0, values.length);
    }

    /** An array with a slot for each cell key, to fill and hand to {@link #of}. */
    static BigDecimal[] slots() {
        return new BigDecimal[KEYS.size()];
    }

    @Override
    public BigDecimal get(Object key) {
        return key instanceof CellKey cell && inRange(cell.ordinal()) ? values[cell.ordinal()] : null;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Set<Entry<CellKey, BigDecimal>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<CellKey, BigDecimal>> iterator() {
                return new Iterator<>() {
                    private int next = advance(from);

                    @Override
                    public boolean hasNext() {
                        return next < to;
                    }

                    @Override
                    public Entry<CellKey, BigDecimal> next() {
                        if (next >= to) {
                            throw new NoSuchElementException();
                        }
                        Entry<CellKey, BigDecimal> entry = Map.entry(KEYS.get(next), values[next]);
                        next = advance(next + 1);
                        return entry;
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    @Override
    public Comparator<? super CellKey> comparator() {
        return null;
    }

    @Override
    public SortedMap<CellKey, BigDecimal> subMap(CellKey fromKey, CellKey toKey) {
        if (fromKey.compareTo(toKey) > 0) {
            throw new IllegalArgumentException("fromKey " + fromKey + " is after toKey " + toKey);
        }
        return new CellValueMap(values, bounded(fromKey), bounded(toKey));
    }

    @Override
    public SortedMap<CellKey, BigDecimal> headMap(CellKey toKey) {
        return new CellValueMap(values, from, bounded(toKey));
    }

    @Override
    public SortedMap<CellKey, BigDecimal> tailMap(CellKey fromKey) {
        return new CellValueMap(values, bounded(fromKey), to);
    }

    @Override
    public CellKey firstKey() {
        int first = advance(from);
        if (first >= to) {
            throw new NoSuchElementException();
        }
        return KEYS.get(first);
    }

    @Override
    public CellKey lastKey() {
        for (int i = to - 1; i >= from; i--) {
            if (values[i] != null) {
                return KEYS.get(i);
            }
        }
        throw new NoSuchElementException();
    }

    private int advance(int index) {
        int i = index;
        while (i < to && values[i] == null) {
            i++;
        }
        return i;
    }

    private boolean inRange(int ordinal) {
        return ordinal >= from && ordinal < to;
    }

    /** The ordinal of a view's bound, which must lie within this map's range, as a {@code TreeMap} view's must. */
    private int bounded(CellKey key) {
        int ordinal = key.ordinal();
        if (ordinal < from || ordinal > to) {
            throw new IllegalArgumentException(key + " is out of this map's range");
        }
        return ordinal;
    }
}
