package io.github.xxgk.report.internal.recognize;

import io.github.xxgk.report.model.CellKey;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A number the prose states, before it is compared with the tables: where it stands, its words, and the sums of
 * cells it may speak of ({@link io.github.xxgk.report.model.TextStatement} says how each reading is meant).
 *
 * @param sentence the sentence, as printed
 * @param line the 1-based source line, or 0 if unknown
 * @param phrase the words stating the number
 * @param value the number
 * @param readings the sums of cells the number may be, most likely first; never empty
 * @param part whether the sentence speaks of a part of what the tables count (an office acting for the agency,
 *     “区政府办代表区政府受理…17件”), so that the tables give at least the number
 */
record ProseFigure(String sentence, int line, String phrase, BigDecimal value, List<List<CellKey>> readings,
        boolean part) {

    /** How a figure fits values known for some cells. */
    enum Fit {
        /** Some reading's cells are all known and sum to the figure. */
        HOLDS,
        /** Every reading's cells are all known, and none sums to the figure (or, for a part, reaches it). */
        FAILS,
        /** Neither: some reading names a cell whose value is not known. */
        UNKNOWN
    }

    /** Copies the readings and checks there is one. */
    ProseFigure {
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(phrase, "phrase");
        Objects.requireNonNull(value, "value");
        readings = readings.stream().map(List::copyOf).toList();
        if (readings.isEmpty()) {
            throw new IllegalArgumentException("A figure has at least one reading");
        }
    }

    /** The figure as a message cites it: its words in its sentence, and the line if known. */
    String cited() {
        return "\"" + phrase + "\" in \"" + sentence + "\"" + (line > 0 ? " (line " + line + ")" : "");
    }

    /** How the figure fits these known values (an absent key is an unknown cell). */
    Fit fit(Map<CellKey, BigDecimal> known) {
        boolean unknown = false;
        for (List<CellKey> reading : readings) {
            BigDecimal sum = BigDecimal.ZERO;
            boolean complete = true;
            for (CellKey cell : reading) {
                BigDecimal value = known.get(cell);
                if (value == null) {
                    complete = false;
                    break;
                }
                sum = sum.add(value);
            }
            if (!complete) {
                unknown = true;
            } else if (sum.compareTo(value) == 0) {
                return Fit.HOLDS;
            } else if (part && sum.compareTo(value) > 0) {
                unknown = true;
            }
        }
        return unknown ? Fit.UNKNOWN : Fit.FAILS;
    }

    /** Whether some reading names one of these cells. */
    boolean speaksOf(List<CellKey> cells) {
        for (List<CellKey> reading : readings) {
            for (CellKey cell : reading) {
                if (cells.contains(cell)) {
                    return true;
                }
            }
        }
        return false;
    }
}
