package io.github.xxgk.report.internal.recognize;

import io.github.xxgk.report.model.CellKey;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The prose as a constraint on a run whose splits the arithmetic leaves open: of the splits that satisfy every rule,
 * the one the numbers of the text allow, if exactly one is allowed and some number of the text confirms it. A split
 * is ruled out when a figure that speaks of its undecided cells cannot hold with its values (and those already
 * determined); it is confirmed when such a figure holds. The text only chooses among the splits the rules allow, so
 * it never overrides a number the table gives.
 *
 * @param split the one split the text leaves
 * @param figure the first figure that confirms it
 */
record SplitTextChoice(SplitCandidate split, ProseFigure figure) {

    /**
     * The split of {@code run} the text chooses among {@code kept}, or nothing if it rules out all, leaves several
     * or confirms none.
     *
     * @param open the run's cells on which the kept splits differ
     * @param known the cells already determined
     */
    static Optional<SplitTextChoice> choose(SplitRun run, List<CellKey> open, List<SplitCandidate> kept,
            Map<CellKey, BigDecimal> known, List<ProseFigure> text) {
        List<ProseFigure> relevant = text.stream().filter(figure -> figure.speaksOf(open)).toList();
        if (relevant.isEmpty() || kept.size() < 2) {
            return Optional.empty();
        }
        SplitTextChoice choice = null;
        for (SplitCandidate split : kept) {
            Map<CellKey, BigDecimal> values = new HashMap<>(known);
            for (int i = 0; i < run.size(); i++) {
                if (!split.absent(i)) {
                    values.put(run.cells().get(i), split.value(i));
                }
            }
            ProseFigure confirming = null;
            boolean ruledOut = false;
            for (ProseFigure figure : relevant) {
                ProseFigure.Fit fit = figure.fit(values);
                ruledOut |= fit == ProseFigure.Fit.FAILS;
                if (fit == ProseFigure.Fit.HOLDS && confirming == null) {
                    confirming = figure;
                }
            }
            if (!ruledOut) {
                if (choice != null || confirming == null) {
                    return Optional.empty();
                }
                choice = new SplitTextChoice(split, confirming);
            }
        }
        return Optional.ofNullable(choice);
    }
}
