package io.github.xxgk.report.internal.recognize;

import io.github.xxgk.report.model.CellKey;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What {@link SplitSolver} made of a {@link SplitProblem}: the cells it could determine, which of them were
 * recovered from run-together text, the runs it could not settle, and how the table as a whole came out.
 *
 * <p>A cell of the problem is in exactly one of: {@link #values()} (determined), an {@link Ambiguity}'s
 * {@link Ambiguity#cells()} (several splits fit), a {@link Failure}'s {@link Failure#cells()} (no split fits or
 * was tried), or none of them (the run printed a placeholder there, such as {@code —}, in every fitting split).
 *
 * @param status how the table as a whole came out
 * @param values the determined cells with their numbers
 * @param recovered the determined cells the source did not separate from a neighbour: the caller reports each as
 *     {@code cell.recovered_split}
 * @param ambiguities per run with undetermined cells, its fitting splits: the caller reports each as
 *     {@code cell.ambiguous_split}
 * @param failures the runs that could not be split at all
 * @param fromText the runs whose fitting splits the prose narrowed to one ({@link SplitTextChoice}): their cells
 *     are in {@code values}, not in {@code recovered}; the caller reports each as {@code cell.recovered_from_text}
 */
record SplitResult(Status status, Map<CellKey, BigDecimal> values, Set<CellKey> recovered,
        List<Ambiguity> ambiguities, List<Failure> failures, List<TextChoice> fromText) {

    /** How the table as a whole came out. */
    enum Status {
        /** Every run searched has exactly one split that fits all the rules. */
        SOLVED,
        /** Some run has several splits that fit all the rules; the cells on which they differ stay absent. */
        AMBIGUOUS,
        /**
         * The runs split, but no combination of splits satisfies the rules between runs (the report's own numbers
         * contradict each other): only what each run decides by its own text and rules is kept.
         */
        INCONSISTENT,
        /** The search hit its step cap; splits it could not rule out were kept as possible. */
        SEARCH_LIMIT
    }

    /**
     * A run whose fitting splits disagree on some cells.
     *
     * @param run the index of the run in the problem
     * @param cells the run's cells left undetermined (absent), in printed order
     * @param splits the fitting splits, each rendered like {@code 80|1|0|0|0|0|81}, at most
     *     {@link SplitSolver#MAX_LISTED_SPLITS}
     * @param more whether there are more splits than listed (or too many to enumerate)
     */
    record Ambiguity(int run, List<CellKey> cells, List<String> splits, boolean more) {

        /** Copies the lists. */
        Ambiguity {
            cells = List.copyOf(cells);
            splits = List.copyOf(splits);
        }
    }

    /**
     * A run that could not be split under its own rules, or not at all.
     *
     * @param run the index of the run in the problem
     * @param cells the run's cells this leaves absent, in printed order (all of them, except for
     *     {@link Reason#RULES_VIOLATED})
     * @param text the run's raw text
     * @param reason why
     */
    record Failure(int run, List<CellKey> cells, String text, Reason reason) {

        /** Copies the cells. */
        Failure {
            cells = List.copyOf(cells);
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * A run the prose decided among the splits that satisfy the rules.
     *
     * @param cells the run's cells the rules left undetermined and the text decided, in printed order
     * @param split the split the text leaves, rendered like {@code 88|55|698}
     * @param figure the statement of the text that confirms it
     */
    record TextChoice(List<CellKey> cells, String split, ProseFigure figure) {

        /** Copies the cells. */
        TextChoice {
            cells = List.copyOf(cells);
            Objects.requireNonNull(split, "split");
            Objects.requireNonNull(figure, "figure");
        }
    }

    /** Why a run could not be split. */
    enum Reason {
        /** The text cannot be cut into the run's number of cells of their kinds (too few digits, stray text). */
        NO_SPLIT,
        /**
         * The text can be cut, but no cut satisfies the rules inside the run (no split whose total is the sum of its
         * parts: a misprint). Cells on which all cuts agree are still determined, as printed; the rest are absent,
         * and the run takes no part in the rules between runs.
         */
        RULES_VIOLATED,
        /** A piece of the text is too long to search ({@link SplitText#MAX_PIECE_CHARS} characters). */
        TOO_LONG
    }

    /** Copies the collections; values and recovered cells iterate in wide-CSV order. */
    SplitResult {
        Objects.requireNonNull(status, "status");
        SortedMap<CellKey, BigDecimal> sortedValues = new TreeMap<>(values);
        values = Collections.unmodifiableSortedMap(sortedValues);
        SortedSet<CellKey> sortedRecovered = new TreeSet<>(recovered);
        recovered = Collections.unmodifiableSortedSet(sortedRecovered);
        ambiguities = List.copyOf(ambiguities);
        failures = List.copyOf(failures);
        fromText = List.copyOf(fromText);
        if (!values.keySet().containsAll(recovered)) {
            throw new IllegalArgumentException("A recovered cell has no value");
        }
    }
}
