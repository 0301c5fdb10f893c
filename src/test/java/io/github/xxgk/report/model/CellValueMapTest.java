package io.github.xxgk.report.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The array-backed map of a report's cells behaves as the {@code TreeMap} it replaces, views included. */
class CellValueMapTest {

    private static final List<CellKey> KEYS = CellKey.all();

    @Property(tries = 300)
    void readsAsATreeMap(@ForAll("cells") Set<Integer> present, @ForAll("ordinal") int low,
            @ForAll("ordinal") int high) {
        TreeMap<CellKey, BigDecimal> expected = new TreeMap<>();
        BigDecimal[] slots = CellValueMap.slots();
        for (int ordinal : present) {
            expected.put(KEYS.get(ordinal), BigDecimal.valueOf(ordinal));
            slots[ordinal] = BigDecimal.valueOf(ordinal);
        }
        SortedMap<CellKey, BigDecimal> actual = CellValueMap.of(slots);
        sameAs(actual, expected);
        CellKey from = KEYS.get(Math.min(low, high));
        CellKey to = KEYS.get(Math.max(low, high));
        sameAs(actual.subMap(from, to), expected.subMap(from, to));
        sameAs(actual.headMap(to), expected.headMap(to));
        sameAs(actual.tailMap(from), expected.tailMap(from));
        sameAs(actual.tailMap(from).headMap(to), expected.tailMap(from).headMap(to));
    }

    @Test
    void anEmptyMapHasNoFirstOrLastKey() {
        SortedMap<CellKey, BigDecimal> empty = CellValueMap.of(CellValueMap.slots());
        assertThat(empty).isEmpty();
        assertThat(empty.comparator()).isNull();
        assertThatThrownBy(empty::firstKey).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(empty::lastKey).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> empty.entrySet().iterator().next()).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void aViewRefusesBoundsOutsideItsRangeAndReversedBounds() {
        SortedMap<CellKey, BigDecimal> all = CellValueMap.of(CellValueMap.slots());
        SortedMap<CellKey, BigDecimal> middle = all.subMap(KEYS.get(10), KEYS.get(20));
        assertThatIllegalArgumentException().isThrownBy(() -> middle.headMap(KEYS.get(30)));
        assertThatIllegalArgumentException().isThrownBy(() -> middle.tailMap(KEYS.get(5)));
        assertThatIllegalArgumentException().isThrownBy(() -> all.subMap(KEYS.get(20), KEYS.get(10)));
        assertThat(middle.get(KEYS.get(25))).isNull();
        assertThat(middle.containsKey("requests.new.total")).isFalse();
    }

    private static void sameAs(SortedMap<CellKey, BigDecimal> actual, SortedMap<CellKey, BigDecimal> expected) {
        assertThat(actual).isEqualTo(expected).hasSameHashCodeAs(expected);
        assertThat(actual.size()).isEqualTo(expected.size());
        assertThat(actual.toString()).isEqualTo(expected.toString());
        assertThat(new ArrayList<>(actual.keySet())).isEqualTo(new ArrayList<>(expected.keySet()));
        for (CellKey key : KEYS) {
            assertThat(actual.get(key)).isEqualTo(expected.get(key));
            assertThat(actual.containsKey(key)).isEqualTo(expected.containsKey(key));
        }
        if (!expected.isEmpty()) {
            assertThat(actual.firstKey()).isEqualTo(expected.firstKey());
            assertThat(actual.lastKey()).isEqualTo(expected.lastKey());
        }
        assertThat(Map.copyOf(actual)).isEqualTo(expected);
    }

    @Provide
    Arbitrary<Set<Integer>> cells() {
        return Arbitraries.integers().between(0, KEYS.size() - 1).set().ofMaxSize(KEYS.size());
    }

    @Provide
    Arbitrary<Integer> ordinal() {
        return Arbitraries.integers().between(0, KEYS.size() - 1);
    }
}
