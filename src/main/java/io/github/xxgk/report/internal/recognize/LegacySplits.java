package io.github.xxgk.report.internal.recognize;

import io.github.xxgk.report.internal.text.Whitespace;
import io.github.xxgk.report.model.Diagnostic;
import io.github.xxgk.report.model.DiagnosticCode;
import io.github.xxgk.report.model.LegacyRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Decides the values of a run-together legacy table: every way to cut a row's digits into one number per column,
 * narrowed only by what really holds — a printed number never starts with 0, a 历年累计 is no less than the year's
 * value, an item under 其中 is no more than its row, and the prose may state the year's value in words. A row left
 * with several readings gets no values, only a warning listing them.
 */
final class LegacySplits {

    private static final Pattern NUMBER = Pattern.compile("(?:0|[1-9]\\d*)(?:\\.\\d+)?");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})年");
    private static final int MAX_DIGITS = 24;

    /** One row's readings while they are narrowed. */
    private static final class State {
        final LegacyFlatTable.Row row;
        final String digits;
        int ways;
        List<List<BigDecimal>> readings = new ArrayList<>();
        final Set<String> reasons = new LinkedHashSet<>();
        int parent = -1;

        State(LegacyFlatTable.Row row) {
            this.row = row;
            this.digits = row.digits().replace(",", "");
        }

        void narrow(Predicate<List<BigDecimal>> keep, String reason) {
            List<List<BigDecimal>> kept = readings.stream().filter(keep).toList();
            if (!kept.isEmpty() && kept.size() < readings.size()) {
                readings = kept;
                reasons.add(reason);
            }
        }
    }

    private LegacySplits() {
    }

    static LegacyTables.Result resolve(LegacyFlatTable table, LegacyProse prose, OptionalInt reportYear) {
        List<String> columns = table.columns();
        List<State> states = new ArrayList<>();
        for (LegacyFlatTable.Row row : table.rows()) {
            State state = new State(row);
            if (!row.numberingUnclear()) {
                readings(state, columns.size());
            }
            states.add(state);
        }
        int yearColumn = yearColumn(columns);
        OptionalInt year = yearOf(columns, yearColumn, reportYear);
        for (State state : states) {
            cumulative(state, columns, yearColumn);
        }
        for (int i = 0; i < states.size(); i++) {
            LegacyFlatTable.Row row = states.get(i).row;
            for (int j = i - 1; row.child() && j >= 0; j--) {
                if (!states.get(j).row.child()) {
                    states.get(i).parent = states.get(j).row.unit().equals(row.unit()) ? j : -1;
                    break;
                }
            }
        }
        if (yearColumn >= 0 && year.isPresent()) {
            states.forEach(state -> stated(state, prose, year.getAsInt(), yearColumn));
        }
        withinParents(states);
        return outcome(states, columns);
    }

    private static void readings(State state, int columns) {
        String text = state.digits;
        String[] tokens = text.split(" +");
        if (tokens.length == columns && List.of(tokens).stream().allMatch(t -> NUMBER.matcher(t).matches())) {
            state.ways = 1;
            state.readings.add(List.of(tokens).stream().map(BigDecimal::new).toList());
            return;
        }
        String digits = Whitespace.remove(text);
        if (columns == 0 || digits.length() > MAX_DIGITS) {
            return;
        }
        List<List<String>> cuts = new ArrayList<>();
        cut(digits, 0, columns, new ArrayList<>(), cuts);
        state.ways = cuts.size();
        for (List<String> parts : cuts) {
            if (parts.stream().allMatch(p -> NUMBER.matcher(p).matches())) {
                state.readings.add(parts.stream().map(BigDecimal::new).toList());
            }
        }
        if (!state.readings.isEmpty() && state.readings.size() < cuts.size()) {
            state.reasons.add("no number starts with 0");
        }
    }

    private static void cut(String digits, int from, int parts, List<String> taken, List<List<String>> out) {
        if (parts == 1) {
            taken.add(digits.substring(from));
            out.add(List.copyOf(taken));
            taken.remove(taken.size() - 1);
            return;
        }
        for (int end = from + 1; end <= digits.length() - (parts - 1); end++) {
            taken.add(digits.substring(from, end));
            cut(digits, end, parts - 1, taken, out);
            taken.remove(taken.size() - 1);
        }
    }

    /** The column of the year's values: the one headed by a year (“2018年度”) or 本年. */
    private static int yearColumn(List<String> columns) {
        for (int i = 0; i < columns.size(); i++) {
            if (YEAR.matcher(columns.get(i)).lookingAt() || columns.get(i).startsWith("本年")) {
                return i;
            }
        }
        return -1;
    }

    private static OptionalInt yearOf(List<String> columns, int yearColumn, OptionalInt reportYear) {
        if (yearColumn >= 0) {
            Matcher m = YEAR.matcher(columns.get(yearColumn));
            if (m.lookingAt()) {
                return OptionalInt.of(Integer.parseInt(m.group(1)));
            }
        }
        return reportYear;
    }

    private static void cumulative(State state, List<String> columns, int yearColumn) {
        for (int c = 0; yearColumn >= 0 && c < columns.size(); c++) {
            int column = c;
            if (columns.get(c).contains("累计")) {
                state.narrow(r -> r.get(column).compareTo(r.get(yearColumn)) >= 0,
                        columns.get(c) + " ≥ " + columns.get(yearColumn));
            }
        }
    }

    private static void stated(State state, LegacyProse prose, int year, int yearColumn) {
        if (state.readings.size() < 2 || state.row.unit().isEmpty()) {
            return;
        }
        String unit = state.row.unit().get();
        List<BigDecimal> values = state.readings.stream().map(r -> r.get(yearColumn)).distinct().toList();
        List<BigDecimal> stated = new ArrayList<>();
        String clause = "";
        for (BigDecimal value : values) {
            Optional<String> found = prose.stating(state.row.label(), unit, year, value);
            if (found.isPresent()) {
                stated.add(value);
                clause = found.get();
            }
        }
        if (stated.size() == 1) {
            state.narrow(r -> r.get(yearColumn).compareTo(stated.get(0)) == 0, "the text says “" + clause + "”");
        }
    }

    /** Narrows items under 其中 and their rows against each other until nothing changes. */
    private static void withinParents(List<State> states) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (State child : states) {
                if (child.parent < 0) {
                    continue;
                }
                State parent = states.get(child.parent);
                if (child.readings.isEmpty() || parent.readings.isEmpty()) {
                    continue;
                }
                int before = child.readings.size() + parent.readings.size();
                List<List<BigDecimal>> parents = parent.readings;
                child.narrow(c -> parents.stream().anyMatch(p -> atMost(c, p)),
                        "no more than " + parent.row.label() + " (其中)");
                List<List<BigDecimal>> children = child.readings;
                parent.narrow(p -> children.stream().anyMatch(c -> atMost(c, p)),
                        "no less than " + child.row.label() + " (其中)");
                changed |= child.readings.size() + parent.readings.size() < before;
            }
        }
    }

    private static boolean atMost(List<BigDecimal> item, List<BigDecimal> whole) {
        for (int i = 0; i < item.size(); i++) {
            if (item.get(i).compareTo(whole.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }

    private static LegacyTables.Result outcome(List<State> states, List<String> columns) {
        List<LegacyRow> rows = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        String header = String.join(" | ", columns);
        for (State state : states) {
            LegacyFlatTable.Row row = state.row;
            String what = "legacy row " + row.label() + ": the digits " + row.digits();
            if (state.readings.size() == 1) {
                List<BigDecimal> values = state.readings.get(0);
                for (int c = 0; c < columns.size(); c++) {
                    rows.add(new LegacyRow(row.label(), row.unit(), columns.get(c), values.get(c),
                            LegacyTables.line(row.line())));
                }
                if (state.ways > 1) {
                    diagnostics.add(Diagnostic.of(DiagnosticCode.CELL_RECOVERED_SPLIT,
                            LegacyTables.location(row.label(), row.line()), what + " read as " + show(values) + " ("
                                    + header + "), the only split left by: " + String.join("; ", state.reasons)));
                }
            } else if (state.readings.isEmpty()) {
                String why = row.numberingUnclear() ? ": the next row's item number cannot be told from them"
                        : state.digits.length() > MAX_DIGITS ? ": too many digits" : "";
                diagnostics.add(Diagnostic.of(DiagnosticCode.ROW_CELL_COUNT,
                        LegacyTables.location(row.label(), row.line()), what + " cannot be split into "
                                + columns.size() + " values (" + header + ")" + why + "; its values are left absent"));
            } else {
                String readings = state.readings.stream().map(LegacySplits::show).collect(Collectors.joining("; "));
                diagnostics.add(Diagnostic.of(DiagnosticCode.CELL_AMBIGUOUS_SPLIT,
                        LegacyTables.location(row.label(), row.line()), what + " split several ways into " + header
                                + " (" + readings + "); its values are left absent"));
            }
        }
        return new LegacyTables.Result(rows, diagnostics);
    }

    private static String show(List<BigDecimal> values) {
        return values.stream().map(BigDecimal::toPlainString).collect(Collectors.joining(" | "));
    }
}
