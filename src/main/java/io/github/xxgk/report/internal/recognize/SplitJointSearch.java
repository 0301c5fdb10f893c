package io.github.xxgk.report.internal.recognize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Combines the splits of several runs under the constraints that tie runs together (a column's total equals the sum
 * of its rows), and finds which splits of each run take part in at least one combination that satisfies them all.
 *
 * <p>A backtracking search over runs, fewest splits first; each constraint is checked exactly once all its runs are
 * chosen, and before that by bounds (what the unchosen runs' splits can still add). Rather than listing every
 * combination, it asks for each split whether some combination uses it ("support"), so the answer stays exact when
 * combinations are many. Steps are capped; a split whose support could not be settled within the cap counts as
 * supported, which can only leave more cells undetermined, never fix a wrong one.
 */
final class SplitJointSearch {

    /** How the search ended. */
    enum Outcome {
        /** The supported splits are exact. */
        SOLVED,
        /** No combination satisfies the constraints; every split counts as supported. */
        NONE,
        /** The step cap was reached; splits not settled count as supported. */
        LIMIT
    }

    /**
     * A term of a constraint across runs: {@code coefficient * cell} of a run.
     *
     * @param run index of the run in the domain list
     * @param cell index of the cell in the run
     * @param coefficient +1 or -1
     */
    record Term(int run, int cell, int coefficient) {
    }

    private final List<List<SplitCandidate>> domains;
    private final Term[][] constraints;
    private final int[][] constraintsOfRun;
    private final long[][] low;
    private final long[][] high;
    private final boolean[][] mayBeAbsent;
    private final long maxStepsPerSearch;
    private long stepsLeft;
    private long steps;
    private boolean limited;
    private final int[] choice;

    private SplitJointSearch(List<List<SplitCandidate>> domains, List<Term[]> constraints, long maxStepsPerSearch,
            long maxSteps) {
        this.domains = domains;
        this.constraints = constraints.toArray(new Term[0][]);
        this.maxStepsPerSearch = maxStepsPerSearch;
        this.stepsLeft = maxSteps;
        int runs = domains.size();
        this.choice = new int[runs];
        List<List<Integer>> byRun = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            byRun.add(new ArrayList<>());
        }
        this.low = new long[this.constraints.length][];
        this.high = new long[this.constraints.length][];
        this.mayBeAbsent = new boolean[this.constraints.length][];
        for (int c = 0; c < this.constraints.length; c++) {
            Term[] terms = this.constraints[c];
            low[c] = new long[terms.length];
            high[c] = new long[terms.length];
            mayBeAbsent[c] = new boolean[terms.length];
            for (int k = 0; k < terms.length; k++) {
                Term term = terms[k];
                if (!byRun.get(term.run()).contains(c)) {
                    byRun.get(term.run()).add(c);
                }
                bound(c, k, domains.get(term.run()), term.cell());
            }
        }
        this.constraintsOfRun = byRun.stream()
                .map(list -> list.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    /**
     * Finds the supported splits of each run.
     *
     * @param domains each run's splits; a run in no constraint has all its splits supported
     * @param constraints each constraint as its terms, over runs of {@code domains}
     * @param supported filled in: {@code supported[run][split]}, sized like the domains
     * @return how the search ended
     */
    static Outcome solve(List<List<SplitCandidate>> domains, List<Term[]> constraints, boolean[][] supported,
            long maxStepsPerSearch, long maxSteps) {
        SplitJointSearch search = new SplitJointSearch(domains, constraints, maxStepsPerSearch, maxSteps);
        return search.support(supported);
    }

    private void bound(int c, int k, List<SplitCandidate> domain, int cell) {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (SplitCandidate candidate : domain) {
            if (candidate.absent(cell)) {
                mayBeAbsent[c][k] = true;
            } else {
                min = Math.min(min, candidate.count(cell));
                max = Math.max(max, candidate.count(cell));
            }
        }
        low[c][k] = min;
        high[c][k] = max;
    }

    private Outcome support(boolean[][] supported) {
        List<Integer> order = new ArrayList<>();
        for (int r = 0; r < domains.size(); r++) {
            if (constraintsOfRun[r].length == 0) {
                Arrays.fill(supported[r], true);
            } else {
                order.add(r);
            }
        }
        order.sort(Comparator.comparingInt(r -> domains.get(r).size()));
        Boolean first = find(order, -1, -1, supported);
        if (first == null || !first) {
            for (boolean[] run : supported) {
                Arrays.fill(run, true);
            }
            return first == null ? Outcome.LIMIT : Outcome.NONE;
        }
        for (int r : order) {
            for (int split = 0; split < supported[r].length; split++) {
                if (!supported[r][split]) {
                    Boolean found = find(order, r, split, supported);
                    if (found == null) {
                        supported[r][split] = true;
                    }
                }
            }
        }
        return limited ? Outcome.LIMIT : Outcome.SOLVED;
    }

    /**
     * Looks for one combination, with run {@code fixedRun} (if not -1) held to split {@code fixedSplit}; marks its
     * splits as supported. Returns whether one exists, or {@code null} if the step cap settled nothing.
     */
    private Boolean find(List<Integer> order, int fixedRun, int fixedSplit, boolean[][] supported) {
        if (stepsLeft <= 0) {
            limited = true;
            return null;
        }
        List<Integer> runs = new ArrayList<>(order.size());
        if (fixedRun >= 0) {
            runs.add(fixedRun);
        }
        for (int r : order) {
            if (r != fixedRun) {
                runs.add(r);
            }
        }
        Arrays.fill(choice, -1);
        steps = 0;
        int[] sequence = runs.stream().mapToInt(Integer::intValue).toArray();
        Boolean found = choose(sequence, 0, fixedRun, fixedSplit);
        stepsLeft -= steps;
        if (found == null) {
            limited = true;
        } else if (found) {
            for (int r : sequence) {
                supported[r][choice[r]] = true;
            }
        }
        return found;
    }

    private Boolean choose(int[] sequence, int position, int fixedRun, int fixedSplit) {
        if (position == sequence.length) {
            return true;
        }
        int run = sequence[position];
        int from = run == fixedRun ? fixedSplit : 0;
        int to = run == fixedRun ? fixedSplit + 1 : domains.get(run).size();
        for (int split = from; split < to; split++) {
            if (++steps > maxStepsPerSearch || steps > stepsLeft) {
                return null;
            }
            choice[run] = split;
            if (runHolds(run)) {
                Boolean found = choose(sequence, position + 1, fixedRun, fixedSplit);
                if (found == null || found) {
                    return found;
                }
            }
        }
        choice[run] = -1;
        return false;
    }

    private boolean runHolds(int run) {
        for (int c : constraintsOfRun[run]) {
            if (!constraintHolds(c)) {
                return false;
            }
        }
        return true;
    }

    private boolean constraintHolds(int c) {
        Term[] terms = constraints[c];
        long lowSum = 0;
        long highSum = 0;
        boolean open = false;
        for (int k = 0; k < terms.length; k++) {
            Term term = terms[k];
            int split = choice[term.run()];
            if (split >= 0) {
                SplitCandidate candidate = domains.get(term.run()).get(split);
                if (candidate.absent(term.cell())) {
                    return true;
                }
                long value = term.coefficient() * candidate.count(term.cell());
                lowSum += value;
                highSum += value;
            } else {
                if (mayBeAbsent[c][k]) {
                    open = true;
                    continue;
                }
                lowSum += term.coefficient() > 0 ? low[c][k] : -high[c][k];
                highSum += term.coefficient() > 0 ? high[c][k] : -low[c][k];
            }
        }
        return open || lowSum <= 0 && highSum >= 0;
    }
}
