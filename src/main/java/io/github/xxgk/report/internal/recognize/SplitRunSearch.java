package io.github.xxgk.report.internal.recognize;

import io.github.xxgk.report.model.ValueKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Enumerates the splits of one run: every way to cut each piece of its text into consecutive cells so that the run
 * gets exactly its number of cells, each cell reads as its kind (see {@link SplitText}), and, when rules are on,
 * every constraint lying wholly inside the run holds.
 *
 * <p>The search goes left to right. A cell that is the last unknown of a constraint is not guessed but computed
 * (the last part of a row is its total minus the others), and a partial split is dropped as soon as a constraint
 * can no longer hold given how many digits are left. When the run's last cell takes part in a constraint (a row's
 * total), each possible last cell is fixed first, so that the parts before it are bounded by it. It stops at a cap
 * on splits found and on steps taken, so hostile text cannot make it hang.
 */
final class SplitRunSearch {

    /** How the enumeration of a run ended. */
    enum Outcome {
        /** All splits were found; there is at least one. */
        SPLIT,
        /** No split fits. */
        NO_SPLIT,
        /** A piece of the text is longer than {@link SplitText#MAX_PIECE_CHARS}; not searched. */
        TOO_LONG,
        /** The caps were reached: the splits found are only a sample. */
        TOO_MANY
    }

    /**
     * What the enumeration found.
     *
     * @param outcome how it ended
     * @param candidates the splits found (all of them for {@link Outcome#SPLIT})
     */
    record Found(Outcome outcome, List<SplitCandidate> candidates) {

        Found {
            candidates = List.copyOf(candidates);
        }
    }

    /**
     * A constraint inside one run: the sum of {@code coefficients[k] * cell[cells[k]]} is zero.
     *
     * @param cells indexes of cells in the run
     * @param coefficients +1 or -1 for each
     */
    record Local(int[] cells, int[] coefficients) {
    }

    /** The caps, shared by the searches of one run, and what they found. */
    private static final class Budget {
        private final int maxCandidates;
        private long stepsLeft;
        private final List<SplitCandidate> found = new ArrayList<>();
        private boolean stopped;

        Budget(int maxCandidates, long maxSteps) {
            this.maxCandidates = maxCandidates;
            this.stepsLeft = maxSteps;
        }

        boolean step() {
            if (--stepsLeft < 0) {
                stopped = true;
            }
            return !stopped;
        }

        void add(SplitCandidate candidate) {
            found.add(candidate);
            if (found.size() >= maxCandidates) {
                stopped = true;
            }
        }
    }

    /** The run's last cell, fixed before the search: its text, reading and whether it shares its piece. */
    private record Fixed(String text, SplitText.Reading reading, boolean shared) {
    }

    private static final long[] POWERS = new long[SplitText.MAX_DIGITS + 1];

    static {
        POWERS[0] = 1;
        for (int i = 1; i < POWERS.length; i++) {
            POWERS[i] = POWERS[i - 1] * 10;
        }
    }

    private final String[] pieces;
    private final int[] restChars;
    private final ValueKind[] kinds;
    private final int placed;
    private final Fixed fixed;
    private final int[] maxCharsFrom;
    private final Local[] constraints;
    private final int[][] constraintsOfCell;
    private final boolean mayHaveAbsent;
    private final boolean signed;
    private final Budget budget;
    private final List<List<SplitText.Reading>> readings;

    private final SplitText.Reading[] chosen;
    private final int[] pieceOf;
    private final int[] startOf;
    private final boolean[] assigned;

    /**
     * @param fixed the run's last cell, already chosen (the pieces then end where it starts), or {@code null}
     */
    private SplitRunSearch(List<String> pieces, ValueKind[] kinds, List<Local> constraints, Fixed fixed,
            Budget budget) {
        this.pieces = pieces.toArray(new String[0]);
        this.kinds = kinds;
        this.fixed = fixed;
        this.placed = fixed == null ? kinds.length : kinds.length - 1;
        this.constraints = constraints.toArray(new Local[0]);
        this.budget = budget;
        this.restChars = new int[this.pieces.length + 1];
        for (int t = this.pieces.length - 1; t >= 0; t--) {
            restChars[t] = restChars[t + 1] + this.pieces[t].length();
        }
        this.constraintsOfCell = new int[kinds.length][];
        for (int cell = 0; cell < kinds.length; cell++) {
            List<Integer> mine = new ArrayList<>();
            for (int c = 0; c < this.constraints.length; c++) {
                for (int member : this.constraints[c].cells()) {
                    if (member == cell) {
                        mine.add(c);
                    }
                }
            }
            constraintsOfCell[cell] = mine.stream().mapToInt(Integer::intValue).toArray();
        }
        this.mayHaveAbsent = hasPlaceholder(pieces);
        boolean anySigned = false;
        for (ValueKind kind : kinds) {
            anySigned |= kind == ValueKind.SIGNED_COUNT;
        }
        this.signed = anySigned;
        this.maxCharsFrom = new int[placed + 1];
        for (int cell = placed - 1; cell >= 0; cell--) {
            int most = mayHaveAbsent ? SplitText.MAX_PIECE_CHARS : SplitText.maxChars(kinds[cell]);
            maxCharsFrom[cell] = maxCharsFrom[cell + 1] + most;
        }
        this.readings = new ArrayList<>(Collections.nCopies(restChars[0] * ValueKind.values().length, null));
        this.chosen = new SplitText.Reading[kinds.length];
        this.pieceOf = new int[kinds.length];
        this.startOf = new int[kinds.length];
        this.assigned = new boolean[kinds.length];
        if (fixed != null) {
            chosen[placed] = fixed.reading();
            assigned[placed] = true;
        }
    }

    /**
     * Enumerates the splits of a run's text into cells of the given kinds.
     *
     * @param constraints the constraints inside the run; ignored unless {@code useRules}
     * @param maxCandidates the most splits to collect before giving up with {@link Outcome#TOO_MANY}
     * @param maxSteps the most search steps before giving up with {@link Outcome#TOO_MANY}
     */
    static Found search(String text, ValueKind[] kinds, List<Local> constraints, boolean useRules,
            int maxCandidates, long maxSteps) {
        List<String> pieces = SplitText.pieces(text);
        if (pieces.stream().anyMatch(piece -> piece.length() > SplitText.MAX_PIECE_CHARS)) {
            return new Found(Outcome.TOO_LONG, List.of());
        }
        List<Local> active = useRules ? constraints : List.of();
        Budget budget = new Budget(maxCandidates, maxSteps);
        int last = kinds.length - 1;
        boolean lastFirst = !pieces.isEmpty() && !hasPlaceholder(pieces)
                && active.stream().anyMatch(local -> contains(local.cells(), last));
        if (lastFirst) {
            String tail = pieces.get(pieces.size() - 1);
            List<String> before = pieces.subList(0, pieces.size() - 1);
            for (int start = tail.length() - 1; start >= 0 && !budget.stopped; start--) {
                for (SplitText.Reading reading : SplitText.readings(tail, start, kinds[last])) {
                    if (reading.end() == tail.length() && !budget.stopped) {
                        List<String> head = new ArrayList<>(before);
                        if (start > 0) {
                            head.add(tail.substring(0, start));
                        }
                        Fixed fixed = new Fixed(tail.substring(start), reading, start > 0);
                        new SplitRunSearch(head, kinds, active, fixed, budget).cell(0, 0, 0);
                    }
                }
            }
        } else {
            new SplitRunSearch(pieces, kinds, active, null, budget).cell(0, 0, 0);
        }
        Outcome outcome = budget.stopped ? Outcome.TOO_MANY
                : budget.found.isEmpty() ? Outcome.NO_SPLIT : Outcome.SPLIT;
        return new Found(outcome, budget.found);
    }

    private static boolean hasPlaceholder(List<String> pieces) {
        return pieces.stream().anyMatch(piece -> piece.chars().anyMatch(c -> SplitText.isPlaceholder((char) c)));
    }

    private static boolean contains(int[] cells, int cell) {
        for (int member : cells) {
            if (member == cell) {
                return true;
            }
        }
        return false;
    }

    private void cell(int cell, int piece, int start) {
        if (!budget.step()) {
            return;
        }
        if (cell == placed || piece == pieces.length) {
            if (cell == placed && piece == pieces.length && (fixed == null || holds(placed, piece, 0))) {
                record();
            }
            return;
        }
        int leftCells = placed - cell;
        int leftChars = pieces[piece].length() - start + restChars[piece + 1];
        if (leftCells < pieces.length - piece || leftCells > leftChars || leftChars > maxCharsFrom[cell]) {
            return;
        }
        long forced = 0;
        boolean isForced = false;
        if (!mayHaveAbsent) {
            for (int c : constraintsOfCell[cell]) {
                Long value = forcedBy(constraints[c], cell);
                if (value != null) {
                    if ((isForced && value != forced) || (value < 0 && kinds[cell] == ValueKind.COUNT)) {
                        return;
                    }
                    forced = value;
                    isForced = true;
                }
            }
        }
        String text = pieces[piece];
        for (SplitText.Reading reading : readingsAt(piece, start, kinds[cell])) {
            if (isForced && (reading.placeholder() || reading.value().longValue() != forced)) {
                continue;
            }
            int end = reading.end();
            if (reading.placeholder() && signed && end < text.length() && SplitText.isMinus(text.charAt(end - 1))
                    && Character.isDigit(text.charAt(end)) && (kinds[cell] == ValueKind.SIGNED_COUNT
                    || cell + 1 < kinds.length && kinds[cell + 1] == ValueKind.SIGNED_COUNT)) {
                continue;
            }
            int nextPiece = end < text.length() ? piece : piece + 1;
            int nextStart = end < text.length() ? end : 0;
            chosen[cell] = reading;
            pieceOf[cell] = piece;
            startOf[cell] = start;
            assigned[cell] = true;
            if (holds(cell, nextPiece, nextStart)) {
                cell(cell + 1, nextPiece, nextStart);
            }
            assigned[cell] = false;
            if (budget.stopped) {
                return;
            }
        }
    }

    private List<SplitText.Reading> readingsAt(int piece, int start, ValueKind kind) {
        int at = restChars[0] - restChars[piece] + start;
        int slot = at * ValueKind.values().length + kind.ordinal();
        List<SplitText.Reading> list = readings.get(slot);
        if (list == null) {
            list = SplitText.readings(pieces[piece], start, kind);
            readings.set(slot, list);
        }
        return list;
    }

    /** The value a constraint leaves for its one unassigned cell, or {@code null} if it does not decide it. */
    private Long forcedBy(Local constraint, int cell) {
        long sum = 0;
        int coefficient = 0;
        int[] members = constraint.cells();
        for (int k = 0; k < members.length; k++) {
            int member = members[k];
            if (member == cell) {
                coefficient = constraint.coefficients()[k];
            } else if (!assigned[member]) {
                return null;
            } else {
                sum += constraint.coefficients()[k] * chosen[member].value().longValue();
            }
        }
        return -sum * coefficient;
    }

    /** Whether every constraint of the cell can still hold, given the digits left for the unassigned cells. */
    private boolean holds(int cell, int nextPiece, int nextStart) {
        int leftCells = placed - cell - 1;
        int leftChars = nextPiece == pieces.length ? 0
                : pieces[nextPiece].length() - nextStart + restChars[nextPiece + 1];
        int digits = Math.min(SplitText.MAX_DIGITS, leftChars - Math.max(0, leftCells - 1));
        long max = digits <= 0 ? 0 : POWERS[digits] - 1;
        for (int c : constraintsOfCell[cell]) {
            if (!holds(constraints[c], max)) {
                return false;
            }
        }
        return true;
    }

    private boolean holds(Local constraint, long max) {
        long low = 0;
        long high = 0;
        boolean open = false;
        int[] members = constraint.cells();
        for (int k = 0; k < members.length; k++) {
            int member = members[k];
            int coefficient = constraint.coefficients()[k];
            if (assigned[member]) {
                if (chosen[member].placeholder()) {
                    return true;
                }
                long value = coefficient * chosen[member].value().longValue();
                low += value;
                high += value;
            } else {
                open = true;
                long cellLow = kinds[member] == ValueKind.SIGNED_COUNT ? -max : 0;
                low += coefficient > 0 ? cellLow : -max;
                high += coefficient > 0 ? max : -cellLow;
            }
        }
        if (open && mayHaveAbsent) {
            return true;
        }
        return low <= 0 && high >= 0;
    }

    private void record() {
        int cells = kinds.length;
        String[] texts = new String[cells];
        BigDecimal[] values = new BigDecimal[cells];
        boolean[] shared = new boolean[cells];
        for (int i = 0; i < placed; i++) {
            String piece = pieces[pieceOf[i]];
            int end = chosen[i].end();
            texts[i] = piece.substring(startOf[i], end);
            values[i] = chosen[i].value();
            shared[i] = startOf[i] > 0 || end < piece.length() || fixed != null && fixed.shared()
                    && pieceOf[i] == pieces.length - 1;
        }
        if (fixed != null) {
            texts[placed] = fixed.text();
            values[placed] = fixed.reading().value();
            shared[placed] = fixed.shared();
        }
        budget.add(new SplitCandidate(texts, values, shared));
    }
}
