package io.github.xxgk.report.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SortedMap;

final class Cells {

    private Cells() {
    }

    static SortedMap<CellKey, BigDecimal> copyOf(Map<CellKey, BigDecimal> values, TableKind table) {
        BigDecimal[] copy = CellValueMap.slots();
        values.forEach((key, value) -> {
            Objects.requireNonNull(key, "cell key");
            Objects.requireNonNull(value, () -> "value of " + key);
            if (key.table() != table) {
                throw new IllegalArgumentException(key + " is not a cell of table " + table.key());
            }
            copy[key.ordinal()] = value;
        });
        return Collections.unmodifiableSortedMap(CellValueMap.of(copy));
    }

    /** The cells of several tables in one sorted map. */
    @SafeVarargs
    static SortedMap<CellKey, BigDecimal> union(Map<CellKey, BigDecimal>... tables) {
        BigDecimal[] all = CellValueMap.slots();
        for (Map<CellKey, BigDecimal> table : tables) {
            table.forEach((key, value) -> all[key.ordinal()] = value);
        }
        return Collections.unmodifiableSortedMap(CellValueMap.of(all));
    }

    static void requireWhole(Map<CellKey, BigDecimal> values) {
        values.forEach((key, value) -> {
            if (value.scale() > 0 && value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
                throw new IllegalArgumentException(key + " must be a whole number, not " + value);
            }
        });
    }

    static Optional<BigDecimal> get(Map<CellKey, BigDecimal> values, CellKey key) {
        return Optional.ofNullable(values.get(key));
    }

    static OptionalLong count(Map<CellKey, BigDecimal> values, CellKey key) {
        BigDecimal value = values.get(key);
        return value == null ? OptionalLong.empty() : OptionalLong.of(value.longValueExact());
    }
}
