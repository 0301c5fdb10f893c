package io.github.xxgk.report.internal.input;

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
    /** How far past a label's first and last word its continuation's words may stand, in points. */
    private static final double EDGE = 3;
    /** Words of one cell that the extraction split stand closer than this, in points. */
    private static final double TOUCHING = 0.5;

    private PdfWrappedValues() {
    }

    static List<PdfLine> join(List<PdfLine> lines) {
        double step = usualStep(lines);
        List<PdfLine> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            PdfLine line = cellWords(lines.get(i));
            PdfLine last = out.isEmpty() ? null : out.get(out.size() - 1);
            boolean afterRow = out.size() >= 2 && out.get(out.size() - 2).words().stream()
                    .anyMatch(PdfWrappedValues::isNumber);
            Optional<PdfLine> around = !afterRow || i + 1 >= lines.size() ? Optional.empty()
                    : aroundValues(last, line, cellWords(lines.get(i + 1)), step);
            if (around.isPresent()) {
                out.set(out.size() - 1, around.get());
                i++;
                continue;
            }
            Optional<PdfLine> joined = last == null ? Optional.empty()
                    : joined(last, line, step).or(() -> continuedOverPage(last, line));
            if (joined.isPresent()) {
                out.set(out.size() - 1, joined.get());
            } else {
                out.add(line);
            }
        }
        return out;
    }

    /**
     * An unnumbered label wrapped over two lines with its row's values printed between them ("其他对外管理服", then
     * "10 0 153" half a line lower, then "务事项"), in either order the page gives the last two: one row. The label
     * must start a row (the line before it is a row of values), not go on a label wrapped over more lines.
     */
    private static Optional<PdfLine> aroundValues(PdfLine label, PdfLine second, PdfLine third, double step) {
        boolean valuesFirst = !second.words().isEmpty() && second.words().stream().allMatch(PdfWrappedValues::isNumber);
        PdfLine values = valuesFirst ? second : third;
        PdfLine end = valuesFirst ? third : second;
        if (!isLabelPart(label) || !isLabelPart(end) || values.words().isEmpty()
                || !values.words().stream().allMatch(PdfWrappedValues::isNumber)
                || label.rulings() != values.rulings() || label.rulings() != end.rulings() || label.rulings().isEmpty()
                || !insideTable(label) || !insideTable(values) || !insideTable(end)) {
            return Optional.empty();
        }
        double top = label.words().get(0).middle();
        double middle = values.words().get(0).middle();
        double bottom = end.words().get(0).middle();
        if (!(top < middle && middle < bottom && bottom - top <= 2 * step * SAME_CELL_STEP)) {
            return Optional.empty();
        }
        List<Double> rules = label.rulings().crossing(top);
        PdfWord start = label.words().get(0);
        PdfWord rest = end.words().get(0);
        int column = column(rules, start.centre());
        if (column < 0 || column(rules, rest.centre()) != column
                || values.words().stream().anyMatch(word -> column(rules, word.centre()) <= column)) {
            return Optional.empty();
        }
        List<PdfWord> words = new ArrayList<>();
        words.add(new PdfWord(start.text() + rest.text(), start.left(), Math.max(start.right(), rest.right()),
                start.middle()));
        words.addAll(values.words());
        return Optional.of(line(label, words));
    }

    /**
     * The line with its words made the words of its cells: words of one cell that the extraction split where
     * nothing stands between them ("政机" and "关确" touching) made one again, so a wrapped label's part reads as one
     * cell; digits of two cells that it put in one word across the rule between them ("00" over the rule between 社会
     * 公益组织 and 法律服务机构) split at the rule.
     */
    private static PdfLine cellWords(PdfLine line) {
        if (line.words().isEmpty() || line.rulings().isEmpty() || !insideTable(line)) {
            return line;
        }
        List<Double> rules = line.rulings().crossing(line.words().get(0).middle());
        List<PdfWord> split = new ArrayList<>();
        line.words().forEach(word -> split.addAll(splitAtRule(word, rules)));
        List<PdfWord> words = new ArrayList<>();
        for (PdfWord word : split) {
            PdfWord previous = words.isEmpty() ? null : words.get(words.size() - 1);
            if (previous != null && !isNumber(previous) && !isNumber(word)
                    && Math.abs(word.left() - previous.right()) < TOUCHING) {
                words.set(words.size() - 1, new PdfWord(previous.text() + word.text(), previous.left(), word.right(),
                        previous.middle()));
            } else {
                words.add(word);
            }
        }
        return words.equals(line.words()) ? line : line(line, words);
    }

    /** A word of digits across a column rule as one word per column, its characters by where their middles stand. */
    private static List<PdfWord> splitAtRule(PdfWord word, List<Double> rules) {
        String text = word.text();
        if (text.length() < 2 || !text.chars().allMatch(c -> c >= '0' && c <= '9')
                || rules.stream().noneMatch(x -> x > word.left() && x < word.right())) {
            return List.of(word);
        }
        double width = (word.right() - word.left()) / text.length();
        List<PdfWord> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        double start = word.left();
        int column = column(rules, word.left() + width / 2);
        for (int i = 0; i < text.length(); i++) {
            double left = word.left() + i * width;
            int at = column(rules, left + width / 2);
            if (at != column && part.length() > 0) {
                parts.add(new PdfWord(part.toString(), start, left, word.middle()));
                part.setLength(0);
                start = left;
                column = at;
            }
            part.append(text.charAt(i));
        }
        parts.add(new PdfWord(part.toString(), start, word.right(), word.middle()));
        return parts;
    }

    /** A line of one word that is part of an unnumbered label: no number, no label start. */
    private static boolean isLabelPart(PdfLine line) {
        return line.words().size() == 1 && !isNumber(line.words().get(0)) && !PdfRowText.isLabelStart(line.text());
    }

    /**
     * A numbered row at the foot of a page whose label goes on at the head of the next ("2. 没有现 0 0 0 0 0 0 0",
     * then "成信息需", "要另行制", "作" over the page): the label's end joins it when it stands within the label's
     * columns and is no label of its own.
     */
    private static Optional<PdfLine> continuedOverPage(PdfLine row, PdfLine next) {
        if (row.words().isEmpty() || next.words().isEmpty() || row.rulings() == next.rulings()
                || next.rulings().isEmpty() || !PdfRowText.isLabelStart(row.text())
                || PdfRowText.isLabelStart(next.text()) || next.words().stream().anyMatch(PdfWrappedValues::isNumber)) {
            return Optional.empty();
        }
        List<PdfWord> label = row.words().stream().filter(word -> !isNumber(word)).toList();
        if (label.isEmpty() || label.size() == row.words().size()) {
            return Optional.empty();
        }
        double left = label.get(0).left() - EDGE;
        double right = label.get(label.size() - 1).right() + EDGE;
        if (!next.words().stream().allMatch(word -> word.left() >= left && word.right() <= right)) {
            return Optional.empty();
        }
        List<PdfWord> words = new ArrayList<>(row.words());
        int at = words.indexOf(label.get(label.size() - 1));
        PdfWord end = words.get(at);
        String more = String.join("", next.words().stream().map(PdfWord::text).toList());
        words.set(at, new PdfWord(end.text() + more, end.left(), end.right(), end.middle()));
        return Optional.of(line(row, words));
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
