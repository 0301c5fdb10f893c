package io.github.xxgk.report.input;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Joins a table row's line with the line a narrow cell wrapped its content onto: a number too wide for its column
 * ("21" over "8" in a narrow 总计 column, which reads 218) and the end of the row's label beside it ("…申请" over
 * "数量"); or a label's first part with the line holding its end and the row's values ("行政规范" over "性文件 62 33
 * 440"). A line continues the one above when it follows at a single line's distance (a new row stands further
 * down, past its cell's padding and border), holds a number, does not start a numbered label, and each of its
 * words stands in a column (between the page's rules) where the line above has a word of the same kind — or, below
 * a label alone, its label's end stands in the label's column. Only pages with column rules are joined, so the
 * columns are known, not guessed.
 */
final class PdfWrappedValues {

    private static final Pattern DIGITS = Pattern.compile("\\d+(?:\\.\\d+)?");
    /** How much more than the usual step between lines a wrapped line may stand below its row's first line. */
    private static final double SAME_CELL_STEP = 1.2;

    private PdfWrappedValues() {
    }

    static List<PdfLine> join(List<PdfLine> lines) {
        double step = usualStep(lines);
        List<PdfLine> out = new ArrayList<>(lines.size());
        for (PdfLine line : lines) {
            Optional<PdfLine> joined = out.isEmpty() ? Optional.empty()
                    : joined(out.get(out.size() - 1), line, step);
            if (joined.isPresent()) {
                out.set(out.size() - 1, joined.get());
            } else {
                out.add(line);
            }
        }
        return out;
    }

    /** Whether the second line follows the first within one cell: a single line's step below it, in a table. */
    private static boolean sameCell(PdfLine first, PdfLine second, double step) {
        if (first.rulings() != second.rulings() || first.rulings().isEmpty() || step <= 0 || !insideTable(first)
                || !insideTable(second)) {
            return false;
        }
        double distance = second.words().get(0).middle() - first.words().get(0).middle();
        return distance > 0 && distance <= step * SAME_CELL_STEP;
    }

    /** The step between consecutive lines of a page that occurs most: a single line's height, as prose prints it. */
    private static double usualStep(List<PdfLine> lines) {
        double[] steps = new double[Math.max(0, lines.size() - 1)];
        int n = 0;
        for (int i = 1; i < lines.size(); i++) {
            PdfLine previous = lines.get(i - 1);
            PdfLine line = lines.get(i);
            if (!previous.words().isEmpty() && !line.words().isEmpty() && previous.rulings() == line.rulings()) {
                double step = line.words().get(0).middle() - previous.words().get(0).middle();
                if (step > 0) {
                    steps[n++] = step;
                }
            }
        }
        if (n == 0) {
            return 0;
        }
        double[] sorted = Arrays.copyOf(steps, n);
        Arrays.sort(sorted);
        return sorted[n / 2];
    }

    private static Optional<PdfLine> joined(PdfLine row, PdfLine next, double step) {
        if (row.words().isEmpty() || next.words().isEmpty() || !sameCell(row, next, step)) {
            return Optional.empty();
        }
        long rowNumbers = row.words().stream().filter(PdfWrappedValues::isNumber).count();
        long nextNumbers = next.words().stream().filter(PdfWrappedValues::isNumber).count();
        if (nextNumbers == 0 || PdfRowText.isLabelStart(next.text())) {
            return Optional.empty();
        }
        List<Double> rules = row.rulings().crossing(row.words().get(0).middle());
        return rowNumbers == 0 ? labelWithValues(row, next, rules)
                : nextNumbers < rowNumbers ? wrappedCells(row, next, rules) : Optional.empty();
    }

    /**
     * A label-only line and the line below it holding the label's end and the row's values ("行政规范" over "性文件 62
     * 33 440"): the label's end must stand in the label's column.
     */
    private static Optional<PdfLine> labelWithValues(PdfLine row, PdfLine next, List<Double> rules) {
        List<PdfWord> words = new ArrayList<>();
        PdfWord label = row.words().get(row.words().size() - 1);
        int labelColumn = column(rules, label.centre());
        words.addAll(row.words().subList(0, row.words().size() - 1));
        StringBuilder end = new StringBuilder(label.text());
        double right = label.right();
        boolean inLabel = true;
        for (PdfWord word : next.words()) {
            if (inLabel && !isNumber(word)) {
                if (labelColumn < 0 || column(rules, word.centre()) != labelColumn) {
                    return Optional.empty();
                }
                end.append(word.text());
                right = Math.max(right, word.right());
                continue;
            }
            if (inLabel) {
                words.add(new PdfWord(end.toString(), label.left(), right, label.middle()));
                inLabel = false;
            }
            words.add(word);
        }
        return Optional.of(line(row, words));
    }

    /** A row with values and the line its narrow cells wrapped onto: each word joins the row's word in its column. */
    private static Optional<PdfLine> wrappedCells(PdfLine row, PdfLine next, List<Double> rules) {
        List<PdfWord> words = new ArrayList<>(row.words());
        for (PdfWord word : next.words()) {
            int at = lastInColumn(words, rules, word);
            if (at < 0 || isNumber(word) != isNumber(words.get(at))) {
                return Optional.empty();
            }
            PdfWord above = words.get(at);
            words.set(at, new PdfWord(above.text() + word.text(), above.left(), Math.max(above.right(), word.right()),
                    above.middle()));
        }
        return Optional.of(line(row, words));
    }

    private static PdfLine line(PdfLine row, List<PdfWord> words) {
        return new PdfLine(String.join(" ", words.stream().map(PdfWord::text).toList()), row.number(), words,
                row.rulings());
    }

    /** Whether every word of the line stands between two of the rules crossing its height: in a table's cells. */
    private static boolean insideTable(PdfLine line) {
        List<Double> rules = line.rulings().crossing(line.words().get(0).middle());
        return rules.size() >= 2 && line.words().stream().allMatch(word -> column(rules, word.centre()) >= 0);
    }

    /** The last word of the row in the same column as the word, or -1. */
    private static int lastInColumn(List<PdfWord> words, List<Double> rules, PdfWord word) {
        int column = column(rules, word.centre());
        if (column < 0) {
            return -1;
        }
        for (int i = words.size() - 1; i >= 0; i--) {
            if (column(rules, words.get(i).centre()) == column) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the column between two rules the position falls in, or -1 outside them. */
    private static int column(List<Double> rules, double x) {
        for (int i = 1; i < rules.size(); i++) {
            if (x >= rules.get(i - 1) && x < rules.get(i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isNumber(PdfWord word) {
        return DIGITS.matcher(word.text()).matches();
    }
}
