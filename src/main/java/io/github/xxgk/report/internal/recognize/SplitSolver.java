package io.github.xxgk.report.internal.recognize;

import io.github.xxgk.report.model.CellKey;
import io.github.xxgk.report.model.ValueKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Splits run-together table text back into cells, using the table's arithmetic to choose among the possible
 * splits, and never guessing: a cell gets a number only if every split that satisfies all the rules gives it that
 * number.
 *
 * <p>First each run is split on its own ({@link SplitRunSearch}): every cut of its digits into its number of cells,
 * no number with a leading zero unless a lone {@code 0}, each piece between surviving separators cut on its own,
 * kept only if the rules inside the run hold (a row's total is the sum of its parts). Then the runs are combined
 * under the rules between runs ({@link SplitJointSearch}), and a run keeps the splits that take part in at least one
 * combination satisfying every rule. A cell on which all kept splits agree is determined; the others stay absent and
 * the run is reported with its kept splits.
 *
 * <p>Placeholders ({@code —}, {@code -}, {@code /}, {@code 无}) are absent cells: each counts as one cell (a
 * stretch of them as one or several, as the count decides), its cell stays absent, and a rule naming it is not
 * checked. A cell is <em>recovered</em> when it was determined and the source did not separate it from a
 * neighbour (it shares its piece of text with another cell), whatever the number of splits: its boundaries were
 * inferred, not read.
 *
 * <p>If no combination satisfies the rules (the report contradicts itself), each run keeps all its own splits, so
 * only what a run decides by its own text and rules is determined. Every search is capped (piece length, splits per
 * run, steps), so hostile text yields a report, not a hang; whatever a cap leaves unsettled counts as possible.
 *
 * <p>The prose may then choose among the splits of a run that the rules leave open ({@link SplitTextChoice}), but
 * only when the rules between runs were solved exactly: the run keeps the one split the text allows, the rules
 * between runs are searched again with it, and its cells are reported as decided by the text. Stateless and
 * thread-safe.
 */
final class SplitSolver {

    /** The most splits an ambiguity lists. */
    static final int MAX_LISTED_SPLITS = 10;

    private static final int MAX_SPLITS_PER_RUN = 2_000;
    private static final long MAX_RUN_STEPS = 200_000;
    private static final long MAX_JOINT_STEPS_PER_SEARCH = 200_000;
    private static final long MAX_JOINT_STEPS = 2_000_000;

    private SplitSolver() {
    }

    /** Solves a problem by its rules alone; never throws on any text. */
    static SplitResult solve(SplitProblem problem) {
        return solve(problem, List.of());
    }

    /** Solves a problem, letting the figures of the prose choose among the splits the rules leave; never throws. */
    static SplitResult solve(SplitProblem problem, List<ProseFigure> text) {
        List<SplitRun> runs = problem.runs();
        Map<CellKey, int[]> place = new HashMap<>();
        for (int r = 0; r < runs.size(); r++) {
            List<CellKey> cells = runs.get(r).cells();
            for (int i = 0; i < cells.size(); i++) {
                place.put(cells.get(i), new int[] {r, i});
            }
        }
        List<List<SplitRunSearch.Local>> locals = new ArrayList<>();
        for (int r = 0; r < runs.size(); r++) {
            locals.add(new ArrayList<>());
        }
        List<SplitConstraint> crossing = new ArrayList<>();
        for (SplitConstraint constraint : problem.constraints()) {
            Set<Integer> touched = runsOf(constraint, place);
            if (touched == null) {
                continue;
            }
            if (touched.size() == 1) {
                locals.get(touched.iterator().next()).add(local(constraint, place));
            } else {
                crossing.add(constraint);
            }
        }

        List<RunState> states = new ArrayList<>();
        List<List<SplitCandidate>> domains = new ArrayList<>();
        boolean[] usable = new boolean[runs.size()];
        for (int r = 0; r < runs.size(); r++) {
            RunState state = split(runs.get(r), locals.get(r));
            states.add(state);
            usable[r] = state.state() == State.SPLIT;
            domains.add(usable[r] ? state.splits() : List.of());
        }

        List<SplitJointSearch.Term[]> joint = new ArrayList<>();
        for (SplitConstraint constraint : crossing) {
            if (runsOf(constraint, place).stream().allMatch(r -> usable[r])) {
                joint.add(terms(constraint, place));
            }
        }
        boolean[][] supported = new boolean[runs.size()][];
        for (int r = 0; r < runs.size(); r++) {
            supported[r] = new boolean[domains.get(r).size()];
        }
        SplitJointSearch.Outcome outcome = SplitJointSearch.solve(domains, joint, supported,
                MAX_JOINT_STEPS_PER_SEARCH, MAX_JOINT_STEPS);
        List<SplitResult.TextChoice> fromText = new ArrayList<>();
        SplitResult result = assemble(runs, states, domains, supported, outcome, fromText);
        boolean narrowed = outcome == SplitJointSearch.Outcome.SOLVED && !text.isEmpty();
        while (narrowed) {
            narrowed = false;
            for (SplitResult.Ambiguity ambiguity : result.ambiguities()) {
                int r = ambiguity.run();
                Optional<SplitTextChoice> choice = states.get(r).state() != State.SPLIT ? Optional.empty()
                        : SplitTextChoice.choose(runs.get(r), ambiguity.cells(), kept(domains.get(r), supported[r]),
                                result.values(), text);
                if (choice.isEmpty()) {
                    continue;
                }
                List<List<SplitCandidate>> restricted = new ArrayList<>(domains);
                restricted.set(r, List.of(choice.get().split()));
                boolean[][] support = new boolean[runs.size()][];
                for (int k = 0; k < runs.size(); k++) {
                    support[k] = new boolean[restricted.get(k).size()];
                }
                if (SplitJointSearch.solve(restricted, joint, support, MAX_JOINT_STEPS_PER_SEARCH,
                        MAX_JOINT_STEPS) != SplitJointSearch.Outcome.SOLVED) {
                    continue;
                }
                domains = restricted;
                supported = support;
                fromText.add(new SplitResult.TextChoice(decided(runs.get(r), ambiguity.cells(),
                        choice.get().split()), choice.get().split().render(), choice.get().figure()));
                result = assemble(runs, states, domains, supported, outcome, fromText);
                narrowed = true;
                break;
            }
        }
        return result;
    }

    /** The splits of a run that take part in a combination satisfying every rule. */
    private static List<SplitCandidate> kept(List<SplitCandidate> domain, boolean[] supported) {
        List<SplitCandidate> kept = new ArrayList<>();
        for (int s = 0; s < domain.size(); s++) {
            if (supported[s]) {
                kept.add(domain.get(s));
            }
        }
        return kept;
    }

    /** The open cells of a run to which the split gives a number. */
    private static List<CellKey> decided(SplitRun run, List<CellKey> open, SplitCandidate split) {
        List<CellKey> cells = new ArrayList<>();
        for (CellKey cell : open) {
            if (!split.absent(run.cells().indexOf(cell))) {
                cells.add(cell);
            }
        }
        return cells;
    }

    /** What splitting a run on its own gave. */
    private enum State {
        /** Splits that satisfy the run's own rules, all of them. */
        SPLIT,
        /** Too many splits to enumerate. */
        TOO_MANY,
        /** A piece too long to search. */
        TOO_LONG,
        /** No split at all. */
        NO_SPLIT,
        /** Splits exist, but none satisfies the run's own rules; the splits kept ignore the rules (may be none). */
        VIOLATED
    }

    private record RunState(State state, List<SplitCandidate> splits) {
    }

    private static RunState split(SplitRun run, List<SplitRunSearch.Local> locals) {
        ValueKind[] kinds = run.cells().stream().map(CellKey::valueKind).toArray(ValueKind[]::new);
        SplitRunSearch.Found withRules = SplitRunSearch.search(run.text(), kinds, locals, true,
                MAX_SPLITS_PER_RUN, MAX_RUN_STEPS);
        return switch (withRules.outcome()) {
            case SPLIT -> new RunState(State.SPLIT, withRules.candidates());
            case TOO_MANY -> new RunState(State.TOO_MANY, withRules.candidates());
            case TOO_LONG -> new RunState(State.TOO_LONG, List.of());
            case NO_SPLIT -> {
                if (locals.isEmpty()) {
                    yield new RunState(State.NO_SPLIT, List.of());
                }
                SplitRunSearch.Found raw = SplitRunSearch.search(run.text(), kinds, List.of(), false,
                        MAX_SPLITS_PER_RUN, MAX_RUN_STEPS);
                yield switch (raw.outcome()) {
                    case SPLIT -> new RunState(State.VIOLATED, raw.candidates());
                    case TOO_MANY -> new RunState(State.VIOLATED, List.of());
                    case NO_SPLIT, TOO_LONG -> new RunState(State.NO_SPLIT, List.of());
                };
            }
        };
    }

    private static SplitResult assemble(List<SplitRun> runs, List<RunState> states,
            List<List<SplitCandidate>> domains, boolean[][] supported, SplitJointSearch.Outcome outcome,
            List<SplitResult.TextChoice> fromText) {
        Map<CellKey, BigDecimal> values = new HashMap<>();
        Set<CellKey> recovered = new HashSet<>();
        List<SplitResult.Ambiguity> ambiguities = new ArrayList<>();
        List<SplitResult.Failure> failures = new ArrayList<>();
        boolean violated = false;
        for (int r = 0; r < runs.size(); r++) {
            SplitRun run = runs.get(r);
            RunState state = states.get(r);
            switch (state.state()) {
                case TOO_LONG -> failures.add(new SplitResult.Failure(r, run.cells(), run.text(),
                        SplitResult.Reason.TOO_LONG));
                case NO_SPLIT -> failures.add(new SplitResult.Failure(r, run.cells(), run.text(),
                        SplitResult.Reason.NO_SPLIT));
                case TOO_MANY -> ambiguities.add(new SplitResult.Ambiguity(r, run.cells(),
                        render(state.splits()), true));
                case VIOLATED -> {
                    violated = true;
                    List<CellKey> open = state.splits().isEmpty() ? run.cells()
                            : settle(run, state.splits(), values, recovered);
                    failures.add(new SplitResult.Failure(r, open, run.text(), SplitResult.Reason.RULES_VIOLATED));
                }
                case SPLIT -> {
                    List<SplitCandidate> kept = kept(domains.get(r), supported[r]);
                    List<CellKey> open = settle(run, kept, values, recovered);
                    if (!open.isEmpty()) {
                        ambiguities.add(new SplitResult.Ambiguity(r, open, render(kept),
                                kept.size() > MAX_LISTED_SPLITS));
                    }
                }
            }
        }
        SplitResult.Status status;
        if (violated || outcome == SplitJointSearch.Outcome.NONE) {
            status = SplitResult.Status.INCONSISTENT;
        } else if (outcome == SplitJointSearch.Outcome.LIMIT) {
            status = SplitResult.Status.SEARCH_LIMIT;
        } else {
            status = ambiguities.isEmpty() ? SplitResult.Status.SOLVED : SplitResult.Status.AMBIGUOUS;
        }
        fromText.forEach(choice -> recovered.removeAll(choice.cells()));
        return new SplitResult(status, values, recovered, ambiguities, failures, fromText);
    }

    /**
     * Puts the cells on which all the splits agree into {@code values} (and {@code recovered} when the source did
     * not separate them); returns the cells on which they differ.
     */
    private static List<CellKey> settle(SplitRun run, List<SplitCandidate> splits, Map<CellKey, BigDecimal> values,
            Set<CellKey> recovered) {
        List<CellKey> open = new ArrayList<>();
        SplitCandidate first = splits.get(0);
        for (int i = 0; i < run.size(); i++) {
            CellKey cell = run.cells().get(i);
            boolean agreed = true;
            boolean shared = false;
            for (SplitCandidate split : splits) {
                agreed &= split.agrees(first, i);
                shared |= split.shared(i);
            }
            if (!agreed) {
                open.add(cell);
            } else if (!first.absent(i)) {
                values.put(cell, first.value(i));
                if (shared) {
                    recovered.add(cell);
                }
            }
        }
        return open;
    }

    private static List<String> render(List<SplitCandidate> splits) {
        return splits.stream().limit(MAX_LISTED_SPLITS).map(SplitCandidate::render).toList();
    }

    /** The runs a constraint touches, or {@code null} if it names a cell no run provides. */
    private static Set<Integer> runsOf(SplitConstraint constraint, Map<CellKey, int[]> place) {
        Set<Integer> runs = new LinkedHashSet<>();
        for (List<CellKey> side : List.of(constraint.left(), constraint.right())) {
            for (CellKey cell : side) {
                int[] at = place.get(cell);
                if (at == null) {
                    return null;
                }
                runs.add(at[0]);
            }
        }
        return runs;
    }

    private static SplitRunSearch.Local local(SplitConstraint constraint, Map<CellKey, int[]> place) {
        SplitJointSearch.Term[] terms = terms(constraint, place);
        int[] cells = new int[terms.length];
        int[] coefficients = new int[terms.length];
        for (int k = 0; k < terms.length; k++) {
            cells[k] = terms[k].cell();
            coefficients[k] = terms[k].coefficient();
        }
        return new SplitRunSearch.Local(cells, coefficients);
    }

    private static SplitJointSearch.Term[] terms(SplitConstraint constraint, Map<CellKey, int[]> place) {
        List<SplitJointSearch.Term> terms = new ArrayList<>();
        for (CellKey cell : constraint.left()) {
            int[] at = place.get(cell);
            terms.add(new SplitJointSearch.Term(at[0], at[1], 1));
        }
        for (CellKey cell : constraint.right()) {
            int[] at = place.get(cell);
            terms.add(new SplitJointSearch.Term(at[0], at[1], -1));
        }
        return terms.toArray(new SplitJointSearch.Term[0]);
    }
}
