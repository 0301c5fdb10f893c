package io.github.xxgk.report.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A number the report's prose states (sections 一 and 三, “共收到政府信息公开申请75件”), tied to the table cells it
 * speaks of, and whether the tables agree.
 *
 * <p>The prose often says something the table splits into several cells (“予以公开及部分公开258件” is
 * {@code requests.granted.total + requests.partially_granted.total}), and some phrasings can be read two ways
 * (“收到申请75件” is the new requests, or the new and the carried-over requests together): each way is one of the
 * {@link #readings()}, a list of cells whose sum the statement gives. The statement agrees when one reading's
 * cells are all present and sum to its number; it contradicts the tables when every reading does not, counting an
 * absent cell as at least 0 and a blank total of table 三 as at least the sum of its row's printed cells. The
 * tables are never changed by a statement; where run-together digits split several ways the rules allow, a
 * statement may choose among those splits, and is then {@link Agreement#DECIDED}, not confirming.
 *
 * @param sentence the sentence the number stands in, as printed (markup removed)
 * @param line the 1-based source line of the paragraph, if known
 * @param phrase the words that state the number, e.g. {@code 予以公开及部分公开258件}
 * @param value the number stated (in the cells' unit: 万元 for an amount of fees)
 * @param readings the sums of cells the statement may speak of, most likely first; never empty
 * @param agreement how the tables compare
 * @param cells the reading the comparison settled on: the agreeing reading, else the first
 * @param table what the tables give for {@link #cells()}, absent when none of them is present
 */
public record TextStatement(String sentence, OptionalInt line, String phrase, BigDecimal value,
        List<List<CellKey>> readings, Agreement agreement, List<CellKey> cells, Optional<TableValue> table) {

    /** Copies the lists and checks that no part is null and that {@code cells} is one of the readings. */
    public TextStatement {
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(phrase, "phrase");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(table, "table");
        readings = readings.stream().map(List::copyOf).toList();
        cells = List.copyOf(cells);
        if (readings.isEmpty() || !readings.contains(cells)) {
            throw new IllegalArgumentException("cells must be one of the readings: " + cells + " " + readings);
        }
    }

    /** The cells of {@link #cells()} as one key, {@code requests.new.total+requests.carried_over.total}. */
    public String cellsKey() {
        return String.join("+", cells.stream().map(CellKey::key).toList());
    }

    /** How a statement compares with the tables. */
    public enum Agreement {
        /** The cells of a reading are all present and sum to the stated number. */
        AGREES("agrees"),
        /** No reading can sum to the stated number: the text and the tables disagree, one of them is wrong. */
        CONTRADICTS("contradicts"),
        /** Cells the statement speaks of are absent, so the tables neither confirm nor contradict it. */
        UNCHECKED("unchecked"),
        /**
         * The tables agree because the statement chose their cells' values among the splits of run-together digits
         * that the rules allow ({@code cell.recovered_from_text}): it decided them, it is not confirmed by them.
         */
        DECIDED("decided");

        private final String key;

        Agreement(String key) {
            this.key = key;
        }

        /** The lower-case key used in CSV and JSON. */
        public String key() {
            return key;
        }
    }

    /**
     * What the tables give for a sum of cells.
     *
     * @param value the sum of the present cells, with each blank total of table 三 counted as its row's printed
     *     cells
     * @param exact whether every cell is present, so that the sum is the tables' own number; otherwise the tables
     *     give at least {@code value}
     */
    public record TableValue(BigDecimal value, boolean exact) {

        /** Checks the value. */
        public TableValue {
            Objects.requireNonNull(value, "value");
        }
    }
}
