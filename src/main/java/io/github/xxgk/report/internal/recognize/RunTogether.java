package io.github.xxgk.report.internal.recognize;

import io.github.xxgk.report.internal.text.ItemNumbers;
import io.github.xxgk.report.model.CellKey;
import io.github.xxgk.report.model.Diagnostic;
import io.github.xxgk.report.model.DiagnosticCode;
import io.github.xxgk.report.model.Labelled;
import io.github.xxgk.report.model.Location;
import io.github.xxgk.report.model.ProactiveRow;
import io.github.xxgk.report.model.RequestRow;
import io.github.xxgk.report.model.SectionKey;
import io.github.xxgk.report.model.TableKind;
import io.github.xxgk.report.model.Template;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a table whose cell boundaries were lost (“一、本年新收政府信息公开申请数量801000081二、上年结转…”): finds
 * the known row labels inside the text in printed order, takes the digits between one label and the next as that
 * row's run, and lets {@link SplitSolver} split the runs with the template's arithmetic. Only splits the rules
 * decide are taken, or, among the splits the rules allow, the one the numbers of the prose leave; the rest stays
 * absent with a diagnostic.
 */
final class RunTogether {

    /**
     * What was read from one table's text.
     *
     * @param values the values the rules decide
     * @param rowsFound the rows whose labels were found
     * @param diagnostics recovered and ambiguous cells, runs that could not be split
     * @param decidedByText the cells whose values the prose chose among the splits the rules allow
     */
    record Result(Map<CellKey, BigDecimal> values, Set<Labelled> rowsFound, List<Diagnostic> diagnostics,
            Set<CellKey> decidedByText) {
    }

    /** The characters a run of values is made of: digits, separators, signs, placeholders and units. */
    private static final Pattern RUN = Pattern.compile("^[\\d\\s.,，、|;；+\\-—–/／元万无NA]*");
    private static final Pattern APPEALS_RUN = Pattern.compile("(?:总计|审结)\\s*([\\d\\s—–/／-]+)(?=\\D|$)");

    private RunTogether() {
    }

    /**
     * Table 三 from its text, or nothing if its first label is not in the text.
     *
     * @param prose the figures the prose states, to choose among splits the rules leave open
     */
    static Optional<Result> requests(String text, Template template, int line, List<ProseFigure> prose) {
        List<RequestRow> rows = RequestRow.printedOrder(template);
        Map<RequestRow, String> runs = new EnumMap<>(RequestRow.class);
        List<Labelled> labelled = new ArrayList<>(rows);
        Map<Labelled, String> found = runs(text, labelled, RunTogether::labelOf, RunTogether::itemNumber);
        if (!found.containsKey(RequestRow.NEW) && found.size() < 3) {
            return Optional.empty();
        }
        found.forEach((row, run) -> runs.put((RequestRow) row, run));
        return Optional.of(result(SplitSolver.solve(SplitProblem.requests(template, runs), prose), found.keySet(),
                line));
    }

    /** Table 二 from its text, or nothing if none of its labels is in the text; {@code prose} as for table 三. */
    static Optional<Result> proactive(String text, Template template, int line, List<ProseFigure> prose) {
        List<Labelled> rows = new ArrayList<>();
        for (ProactiveRow row : ProactiveRow.values()) {
            if (!TableColumns.cellsOf(row, template).isEmpty()) {
                rows.add(row);
            }
        }
        Map<Labelled, String> found = runs(text, rows, row -> proactiveLabel((ProactiveRow) row, template), row -> "");
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Map<ProactiveRow, String> runs = new EnumMap<>(ProactiveRow.class);
        found.forEach((row, run) -> runs.put((ProactiveRow) row, run));
        return Optional.of(result(SplitSolver.solve(SplitProblem.proactive(template, runs), prose), found.keySet(),
                line));
    }

    /** Table 四 from its text: the values after the last header word, or nothing; {@code prose} as for table 三. */
    static Optional<Result> appeals(String text, int line, List<ProseFigure> prose) {
        Matcher m = APPEALS_RUN.matcher(text);
        String run = null;
        while (m.find()) {
            if (m.group(1).chars().anyMatch(Character::isDigit)) {
                run = m.group(1).strip();
            }
        }
        if (run == null) {
            return Optional.empty();
        }
        SplitResult solved = SplitSolver.solve(SplitProblem.appeals(run), prose);
        Set<Labelled> rows = new HashSet<>();
        TableColumns.appealCells().forEach(cell -> rows.add(cell.row()));
        return Optional.of(result(solved, rows, line));
    }

    private static Map<Labelled, String> runs(String text, List<Labelled> rows,
            Function<Labelled, String> label,
            Function<Labelled, String> nextNumber) {
        String haystack = Text.halfWidth(text);
        Map<Labelled, int[]> positions = new LinkedHashMap<>();
        int from = 0;
        for (Labelled row : rows) {
            Matcher m = labelPattern(label.apply(row)).matcher(haystack);
            if (m.find(from)) {
                positions.put(row, new int[] {m.start(), m.end()});
                from = m.end();
            }
        }
        Map<Labelled, String> runs = new LinkedHashMap<>();
        List<Labelled> order = new ArrayList<>(positions.keySet());
        for (int i = 0; i < order.size(); i++) {
            Labelled row = order.get(i);
            int end = i + 1 < order.size() ? positions.get(order.get(i + 1))[0] : haystack.length();
            String between = skipGuidance(haystack.substring(positions.get(row)[1], end));
            Matcher run = RUN.matcher(between);
            run.lookingAt();
            String value = run.group();
            if (i + 1 < order.size()) {
                value = stripNumber(value, nextNumber.apply(order.get(i + 1)));
            }
            runs.put(row, value.strip());
        }
        return runs;
    }

    /** The label as a pattern that allows white space between its characters and either width of punctuation. */
    private static Pattern labelPattern(String label) {
        StringBuilder pattern = new StringBuilder();
        String normalized = Text.halfWidth(label);
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (i > 0) {
                pattern.append("\\s*");
            }
            pattern.append(switch (c) {
                case '“', '”', '"' -> "[“”\"]?";
                case '、', ',' -> "[、,，]";
                default -> Pattern.quote(String.valueOf(c));
            });
        }
        return Pattern.compile(pattern.toString());
    }

    private static String labelOf(Labelled row) {
        return row.label();
    }

    private static String proactiveLabel(ProactiveRow row, Template template) {
        return row == ProactiveRow.NORMATIVE_DOCUMENTS && template == Template.T2019 ? "规范性文件" : row.label();
    }

    /** The item number printed before a sub-row's label (“2.”), which run-together text glues to the digits. */
    private static String itemNumber(Labelled row) {
        RequestRow request = (RequestRow) row;
        if (request.group() == RequestRow.Group.NONE || request.group() == RequestRow.Group.RESULTS) {
            return "";
        }
        int number = 1;
        for (RequestRow other : RequestRow.values()) {
            if (other == request) {
                return Integer.toString(number);
            }
            number = other.group() == request.group() ? number + 1 : 1;
        }
        return "";
    }

    /** Skips the guidance in brackets printed right after a label: “（区分处理的，只计这一情形，不计其他情形）”. */
    private static String skipGuidance(String text) {
        String trimmed = text.stripLeading();
        if (trimmed.startsWith("(") || trimmed.startsWith("（")) {
            int close = trimmed.indexOf(')');
            int wide = trimmed.indexOf('）');
            int end = close < 0 ? wide : wide < 0 ? close : Math.min(close, wide);
            if (end > 0) {
                return trimmed.substring(end + 1);
            }
        }
        return text;
    }

    private static String stripNumber(String run, String number) {
        if (number.isEmpty()) {
            return run;
        }
        String trimmed = run.stripTrailing();
        for (String mark : List.of(".", "、", ",")) {
            if (trimmed.endsWith(number + mark)) {
                return trimmed.substring(0, trimmed.length() - number.length() - mark.length());
            }
        }
        return run;
    }

    private static Result result(SplitResult solved, Set<Labelled> rows, int line) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Set<CellKey> decidedByText = new HashSet<>();
        for (CellKey cell : solved.recovered()) {
            diagnostics.add(Diagnostic.of(DiagnosticCode.CELL_RECOVERED_SPLIT, Location.cell(cell).atLine(line),
                    cell.key() + " = " + solved.values().get(cell).toPlainString()
                            + ": recovered from digits whose cell boundaries were lost"));
        }
        for (SplitResult.TextChoice choice : solved.fromText()) {
            decidedByText.addAll(choice.cells());
            for (CellKey cell : choice.cells()) {
                diagnostics.add(Diagnostic.of(DiagnosticCode.CELL_RECOVERED_FROM_TEXT,
                        Location.cell(cell).atLine(line), cell.key() + " = "
                                + solved.values().get(cell).toPlainString() + ": the digits split several ways that "
                                + "satisfy the rules; only " + choice.split() + " agrees with the text: "
                                + choice.figure().cited()));
            }
        }
        for (SplitResult.Ambiguity ambiguity : solved.ambiguities()) {
            diagnostics.add(Diagnostic.of(DiagnosticCode.CELL_AMBIGUOUS_SPLIT,
                    CellValues.location(ambiguity.cells(), line),
                    CellValues.describe(ambiguity.cells()) + ": the digits split several ways that satisfy "
                            + "the rules (" + String.join(", ", ambiguity.splits()) + (ambiguity.more() ? ", …" : "")
                            + "); the undecided cells are left absent"));
        }
        for (SplitResult.Failure failure : solved.failures()) {
            if (failure.cells().isEmpty()) {
                continue;
            }
            diagnostics.add(Diagnostic.of(DiagnosticCode.ROW_CELL_COUNT,
                    CellValues.location(failure.cells(), line),
                    CellValues.describe(failure.cells()) + ": \"" + failure.text() + "\" cannot be split into "
                            + failure.cells().size() + " cells (" + failure.reason().name().toLowerCase(Locale.ROOT)
                            + "); the cells are left absent"));
        }
        if (solved.status() == SplitResult.Status.SEARCH_LIMIT) {
            diagnostics.add(Diagnostic.of(DiagnosticCode.CELL_AMBIGUOUS_SPLIT, Location.line(line),
                    "too many ways to split the run-together digits to check them all; undecided cells are absent"));
        }
        return new Result(solved.values(), rows, diagnostics, Set.copyOf(decidedByText));
    }

    /** Which table a section holds, for the sections that hold one. */
    /**
     * Whether a paragraph runs a label and digits together ("规章000行政规范性文件…", "行政许可 0 行政处罚 3"), as a
     * copy that lost its cell boundaries prints a table: text that is no single cell and holds an ideograph and a
     * digit besides its item number ("4.保护第三方合法权益" is one label cell).
     */
    static boolean runsLabelsIntoDigits(String text) {
        if (CellText.classify(text) != CellText.Kind.TEXT) {
            return false;
        }
        String label = ItemNumbers.strip(Text.normalizeLabel(text));
        boolean digit = false;
        for (int i = 0; i < label.length() && !digit; i++) {
            digit = Character.isDigit(label.charAt(i));
        }
        return digit && Text.hasHan(label);
    }

    static Optional<TableKind> tableOf(SectionKey section) {
        return switch (section) {
            case PROACTIVE -> Optional.of(TableKind.PROACTIVE);
            case REQUESTS -> Optional.of(TableKind.REQUESTS);
            case APPEALS -> Optional.of(TableKind.APPEALS);
            default -> Optional.empty();
        };
    }
}
