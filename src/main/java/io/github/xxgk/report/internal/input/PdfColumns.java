package io.github.xxgk.report.internal.input;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Reads a table row's cells from the columns the page's rules draw: its values placed under their columns, so that a
 * cell that prints nothing becomes an empty cell in its place instead of letting the values after it slide left; the
 * empty value cells of a row that prints only its label; and label words in different columns kept apart. The
 * row's value columns are the columns right of its label (of every word of the label, over all its lines) that the
 * rules crossing its line of values bound; each value must stand inside one of them, no two in the same. Where the
 * page has no rules there, or the values do not sit one to a column, the row is left as read.
 */
final class PdfColumns {

    /** Narrower gaps between rules are a border drawn twice, not a column. */
    private static final double MIN_COLUMN = 3;
    /** Rules of two rows this close are the same rule. */
    private static final double SAME_RULE = 2;

    private PdfColumns() {
    }

    /** The space between two neighbouring rules. */
    record Column(double left, double right) {

        boolean holds(double x) {
            return left < x && x < right;
        }

        /** Whether the other column has the same rules, give or take a border's width. */
        boolean sameAs(Column other) {
            return Math.abs(left - other.left) <= SAME_RULE && Math.abs(right - other.right) <= SAME_RULE;
        }
    }

    /**
     * The row's value cells, one per column, empty where a column has no value; or nothing if they cannot be placed
     * or every column has its value.
     *
     * @param lines the physical lines the row was read from, the values at the end of the last
     * @param values the row's values, as read from the end of its text
     */
    static Optional<List<String>> place(List<PdfLine> lines, List<String> values) {
        List<PdfWord> valueWords = valueWords(lines, values.size());
        if (values.isEmpty() || !texts(valueWords).equals(values)) {
            return Optional.empty();
        }
        List<Column> columns = valueColumns(lines, valueWords);
        if (columns.size() <= values.size()) {
            return Optional.empty();
        }
        String[] cells = new String[columns.size()];
        Arrays.fill(cells, "");
        for (PdfWord word : valueWords) {
            int column = columnOf(columns, word.centre());
            if (column < 0 || !cells[column].isEmpty()) {
                return Optional.empty();
            }
            cells[column] = word.text();
        }
        return Optional.of(List.of(cells));
    }

    /**
     * An empty cell for each value column of a row that prints only its label, or nothing: its value columns are the
     * columns right of its label, and only if a row of values or a header above it in the table has the very same
     * columns ("行政规范性文件" under "规章 0 0 0", "2.其他法律行政法规禁止公开" under "1.属于国家秘密 0 …", "规章" under
     * "信息内容 本年制发件数 本年废止件数 现行有效件数"). A group's label ("（三）不予公开") has its items' label column
     * right of it, and a heading above the table's first header or row of values has nothing above it, so neither
     * gets any.
     *
     * @param valueRows the value columns of the table's rows with values ({@link #valueColumns}) and headers
     *        ({@link #headerColumns}) above the row
     */
    static Optional<List<String>> blanks(List<PdfLine> lines, List<List<Column>> valueRows) {
        List<Column> columns = valueColumns(lines, 0);
        boolean sibling = !columns.isEmpty() && valueRows.stream().anyMatch(row -> same(row, columns));
        return sibling ? Optional.of(Collections.nCopies(columns.size(), "")) : Optional.empty();
    }

    /**
     * The value columns a one-line header names, one word in each ("信息内容 本年制发件数 本年废止件数 现行有效件数"):
     * the columns right of its first word, if each of its other words stands in one of them, in order, and none is
     * left without; otherwise none.
     */
    static List<Column> headerColumns(List<PdfLine> lines) {
        List<PdfWord> words = lines.get(lines.size() - 1).words();
        if (lines.size() != 1 || words.size() < 2) {
            return List.of();
        }
        List<Column> columns = valueColumns(lines, words.size() - 1);
        if (columns.size() != words.size() - 1) {
            return List.of();
        }
        for (int i = 0; i < columns.size(); i++) {
            if (!columns.get(i).holds(words.get(i + 1).centre())) {
                return List.of();
            }
        }
        return columns;
    }

    private static boolean same(List<Column> a, List<Column> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).sameAs(b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The label cells of a one-line row whose label words stand in more than one rule-bounded column (an indicator
     * and its unit, "主动公开信息数 | 条"), each column's words joined; or nothing if the label is in one column or
     * its positions cannot tell.
     */
    static Optional<List<String>> labelCells(List<PdfLine> lines, List<String> label) {
        if (lines.size() != 1 || label.isEmpty() || lines.get(0).words().size() < label.size()) {
            return Optional.empty();
        }
        PdfLine line = lines.get(0);
        List<PdfWord> words = line.words().subList(0, label.size());
        if (!texts(words).equals(label)) {
            return Optional.empty();
        }
        List<Double> rules = line.rulings().crossing(words.get(0).middle());
        List<String> cells = new ArrayList<>();
        List<String> cell = new ArrayList<>();
        int column = -1;
        for (PdfWord word : words) {
            int wordColumn = (int) rules.stream().filter(x -> x < word.centre()).count();
            if (!cell.isEmpty() && wordColumn != column) {
                cells.add(CjkText.join(cell));
                cell.clear();
            }
            column = wordColumn;
            cell.add(word.text());
        }
        cells.add(CjkText.join(cell));
        return cells.size() > 1 ? Optional.of(cells) : Optional.empty();
    }

    /** The words of a row's last {@code count} values, or none if the row's lines carry no positions for them. */
    static List<PdfWord> valueWords(List<PdfLine> lines, int count) {
        List<PdfWord> words = lines.get(lines.size() - 1).words();
        return words.size() < count ? List.of() : words.subList(words.size() - count, words.size());
    }

    /**
     * The columns right of a row's label that the rules crossing its last line bound, the row's last {@code values}
     * words being its values; none where its lines carry no positions or no rules cross it.
     */
    static List<Column> valueColumns(List<PdfLine> lines, int values) {
        List<PdfWord> valueWords = valueWords(lines, values);
        return valueWords.size() == values ? valueColumns(lines, valueWords) : List.of();
    }

    private static List<Column> valueColumns(List<PdfLine> lines, List<PdfWord> valueWords) {
        PdfLine last = lines.get(lines.size() - 1);
        List<PdfWord> words = last.words();
        if (words.isEmpty()) {
            return List.of();
        }
        double labelRight = Double.NEGATIVE_INFINITY;
        for (PdfLine line : lines) {
            List<PdfWord> label = line == last ? words.subList(0, words.size() - valueWords.size()) : line.words();
            for (PdfWord word : label) {
                labelRight = Math.max(labelRight, word.right());
            }
        }
        double middle = (valueWords.isEmpty() ? words.get(words.size() - 1) : valueWords.get(0)).middle();
        return columns(last.rulings().crossing(middle), labelRight);
    }

    /** The columns between consecutive rules that lie wholly right of the label. */
    private static List<Column> columns(List<Double> rules, double labelRight) {
        List<Column> columns = new ArrayList<>();
        for (int i = 1; i < rules.size(); i++) {
            double left = rules.get(i - 1);
            double right = rules.get(i);
            if (right - left >= MIN_COLUMN && left >= labelRight) {
                columns.add(new Column(left, right));
            }
        }
        return columns;
    }

    private static List<String> texts(List<PdfWord> words) {
        return words.stream().map(PdfWord::text).toList();
    }

    private static int columnOf(List<Column> columns, double x) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).holds(x)) {
                return i;
            }
        }
        return -1;
    }
}
