package io.github.xxgk.report.input;

import io.github.xxgk.report.block.Block;
import io.github.xxgk.report.block.Cell;
import io.github.xxgk.report.block.Paragraph;
import io.github.xxgk.report.block.Row;
import io.github.xxgk.report.block.Table;
import io.github.xxgk.report.input.PdfRowText.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a PDF's cleaned lines into blocks. First labels wrapped over several lines are rejoined: a numbered label
 * whose bracket is still open takes the next lines until it closes, and a line of values — alone, or beside the
 * last part of a wrapped label — takes the numbered label just above it. Then runs of lines around rows with values
 * become tables (their unnumbered lines, headers and group labels, become rows of text cells; a row's values are
 * placed under the page's column rules by {@link PdfColumns}, so blank cells stay in place) and the remaining lines
 * are prose, rejoined into paragraphs where a line runs to the full width without ending a sentence.
 */
final class PdfBlocks {

    /** How many lines a wrapped label may take besides its first (a narrow label column wraps a long label 5 times). */
    private static final int MAX_WRAPPED = 5;
    /** A group's label alone: its number and a few characters ("（三）不予公开"). */
    private static final Pattern GROUP_LABEL = Pattern.compile("[（(][一二三四五六七八九十][)）]\\s*\\S{1,4}");
    /** The widest line taken as a fragment of a label stacked under its number ("(三)", "不予", "公开"). */
    private static final double MAX_FRAGMENT = 3;
    /** The widest line of a label wrapped in a table's narrowest columns ("三、本年"). */
    private static final double NARROW_COLUMN = 5;
    /** A table line without values is at most this wide; wider lines are prose. */
    private static final double MAX_TABLE_TEXT = 40;
    /** A prose line this close to the widest runs on into the next line. */
    private static final double FULL_LINE_SLACK = 2.5;

    private PdfBlocks() {
    }

    /**
     * One logical line: its text (wrapped parts joined), its kind, the number of its first physical line, and the
     * physical lines it was joined from.
     */
    record Logical(String text, Kind kind, int number, List<PdfLine> lines) {

        static Logical of(String text, List<PdfLine> lines) {
            return new Logical(text, PdfRowText.kind(text), lines.get(0).number(), List.copyOf(lines));
        }

        boolean hasValues() {
            return kind != Kind.TEXT;
        }
    }

    static List<Block> blocks(List<PdfLine> lines) {
        List<Logical> logical = attachLabels(closeBrackets(lines));
        List<Block> blocks = new ArrayList<>();
        List<Logical> prose = new ArrayList<>();
        double fullWidth = fullWidth(logical);
        int i = 0;
        while (i < logical.size()) {
            int end = tableEnd(logical, i);
            if (end > i) {
                flushProse(prose, blocks, fullWidth);
                blocks.add(table(logical.subList(i, end)));
                i = end;
            } else {
                prose.add(logical.get(i));
                i++;
            }
        }
        flushProse(prose, blocks, fullWidth);
        return blocks;
    }

    /**
     * Joins a label line (numbered, or bracketed like the template's "（本列数据的勾稽关系为：…）") whose bracket is still
     * open to the following lines until the bracket closes, and a bare number ("(三)") to the short fragments of its
     * label stacked below it.
     */
    static List<Logical> closeBrackets(List<PdfLine> lines) {
        List<Logical> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            PdfLine line = lines.get(i);
            String text = line.text();
            int next = i + 1;
            if (isBareEnumerator(text)) {
                List<String> parts = new ArrayList<>(List.of(text));
                while (next < lines.size() && next - i <= MAX_WRAPPED && isFragment(lines.get(next).text())) {
                    parts.add(lines.get(next).text());
                    next++;
                }
                text = CjkText.join(parts);
            } else if ((isLabelStart(text) || text.startsWith("（") || text.startsWith("("))
                    && PdfRowText.kind(text) == Kind.TEXT && PdfRowText.openBrackets(text) > 0 && isTableText(text)) {
                List<String> parts = new ArrayList<>(List.of(text));
                while (next < lines.size() && next - i <= MAX_WRAPPED
                        && PdfRowText.openBrackets(String.join("", parts)) > 0
                        && isContinuation(lines.get(next).text())) {
                    parts.add(lines.get(next).text());
                    next++;
                }
                if (PdfRowText.openBrackets(String.join("", parts)) > 0) {
                    next = i + 1;
                    parts = List.of(text);
                }
                text = CjkText.join(parts);
            }
            out.add(Logical.of(text, lines.subList(i, next)));
            i = next;
        }
        return out;
    }

    /**
     * Gives a line of values the numbered label wrapped over the (up to six) text lines just above it: a line of
     * values alone, or a line whose label is the wrapped label's last part — a table exported with its values
     * centred or at the bottom of the cell prints them beside the label's last line ("2.其他法律行政" over
     * "法规禁止公开 0 0 0 0 0 0 0").
     */
    static List<Logical> attachLabels(List<Logical> lines) {
        List<Logical> out = new ArrayList<>();
        for (Logical line : lines) {
            int start = switch (line.kind()) {
                case NUMBERS -> labelStart(out);
                case DATA -> wrappedLabelStart(out, line);
                case TEXT -> -1;
            };
            if (start < 0) {
                out.add(line);
                continue;
            }
            List<String> parts = new ArrayList<>();
            List<PdfLine> physical = new ArrayList<>();
            for (Logical label : out.subList(start, out.size())) {
                parts.add(label.text());
                physical.addAll(label.lines());
            }
            physical.addAll(line.lines());
            out.subList(start, out.size()).clear();
            String label = CjkText.join(parts);
            String text = line.kind() == Kind.NUMBERS ? label + " " + line.text()
                    : CjkText.join(List.of(label, line.text()));
            out.add(new Logical(text, Kind.DATA, physical.get(0).number(), physical));
        }
        return out;
    }

    /**
     * Where a wrapped label starts among the last lines if a row line's label is its last part, or -1: the row's
     * label must not be numbered itself and be no wider than the wrapped label's first line (a wrapped line is full,
     * its last part shorter), and that first line must not be a group's label alone ("（三）不予公开", whose items follow unnumbered in some
     * copies). An unnumbered first line ("行政规范性文" over "件 62 33 440") is taken only for a label's last
     * part of one character, which no row label is.
     */
    private static int wrappedLabelStart(List<Logical> before, Logical line) {
        List<String> tokens = PdfRowText.tokens(line.text());
        String label = CjkText.join(tokens.subList(0, tokens.size() - PdfRowText.trailingValues(tokens)));
        if (before.isEmpty() || isLabelStart(label)) {
            return -1;
        }
        int start = labelStart(before);
        if (start >= 0) {
            String first = before.get(start).text();
            boolean shorter = CjkText.width(label) <= CjkText.width(first);
            return shorter && !GROUP_LABEL.matcher(Whitespace.trim(first)).matches() ? start : -1;
        }
        Logical previous = before.get(before.size() - 1);
        boolean lastPart = label.codePointCount(0, label.length()) == 1 && CjkText.isWide(label.codePointAt(0));
        return lastPart && !previous.hasValues() && isTableText(previous.text())
                && PdfRowText.textCells(previous.text()).size() == 1
                && !PdfRowText.SECTION.matcher(previous.text()).find() ? before.size() - 1 : -1;
    }

    /**
     * Where the label of a values-only line starts among the last lines, or -1 if they hold no label: the nearest
     * numbered line, if every line after it is a label fragment (not a header of several cells such as
     * "行政复议 行政诉讼") and all together are no wider than a label.
     */
    private static int labelStart(List<Logical> before) {
        double width = 0;
        for (int k = before.size() - 1; k >= 0 && k >= before.size() - 1 - MAX_WRAPPED; k--) {
            Logical candidate = before.get(k);
            boolean last = k == before.size() - 1;
            width += CjkText.width(candidate.text());
            if (candidate.hasValues() || !isTableText(candidate.text()) || width > PdfRowText.MAX_LABEL
                    || !last && isLabelStart(before.get(k + 1).text())) {
                return -1;
            }
            if (isLabelStart(candidate.text())) {
                return k;
            }
            if (PdfRowText.textCells(candidate.text()).size() > 1) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The end (exclusive) of a table starting at {@code from}, or {@code from} if no table starts there: its last row
     * of values, or of blank cells in the columns of a row of values before it.
     */
    private static int tableEnd(List<Logical> lines, int from) {
        int lastValues = -1;
        List<List<PdfColumns.Column>> valueRows = new ArrayList<>();
        int i = from;
        while (i < lines.size() && inTable(lines, i)) {
            Logical line = lines.get(i);
            if (line.hasValues() || lastValues >= 0 && PdfColumns.blanks(line.lines(), valueRows).isPresent()) {
                lastValues = i;
            }
            addValueRow(valueRows, line);
            i++;
        }
        return lastValues < 0 ? from : lastValues + 1;
    }

    /** Keeps the value columns of a row with values or of a header, where its positions tell them. */
    private static void addValueRow(List<List<PdfColumns.Column>> valueRows, Logical line) {
        List<PdfColumns.Column> columns = line.hasValues()
                ? PdfColumns.valueColumns(line.lines(), PdfRowText.trailingValues(PdfRowText.tokens(line.text())))
                : PdfColumns.headerColumns(line.lines());
        if (!columns.isEmpty()) {
            valueRows.add(columns);
        }
    }

    private static boolean inTable(List<Logical> lines, int i) {
        Logical line = lines.get(i);
        if (line.hasValues()) {
            return true;
        }
        if (!isTableText(line.text()) || outsideRules(line)) {
            return false;
        }
        if (PdfRowText.SECTION.matcher(line.text()).find()) {
            return i > 0 && lines.get(i - 1).hasValues() && (i + 1 < lines.size() && lines.get(i + 1).hasValues()
                    || wrappedInNarrowColumn(lines, i));
        }
        return true;
    }

    /** Whether the page draws tables with rules and the line stands outside them all (a table's title, a date). */
    private static boolean outsideRules(Logical line) {
        return line.lines().stream().allMatch(physical -> !physical.words().isEmpty()
                && physical.rulings().outsideTables(physical.words().get(0).middle()));
    }

    /**
     * Whether a line starts a group's label wrapped in a narrow column ("三、本年" over "度办理结" over "果"), its
     * parts short lines up to the group's first row of values.
     */
    private static boolean wrappedInNarrowColumn(List<Logical> lines, int from) {
        for (int k = from; k < lines.size() && k <= from + MAX_WRAPPED; k++) {
            Logical line = lines.get(k);
            if (line.hasValues()) {
                return k > from;
            }
            if (CjkText.width(Whitespace.trim(line.text())) > NARROW_COLUMN) {
                return false;
            }
        }
        return false;
    }

    private static Table table(List<Logical> lines) {
        List<List<PdfColumns.Column>> valueRows = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (Logical line : lines) {
            List<String> tokens = PdfRowText.tokens(line.text());
            int count = line.hasValues() ? PdfRowText.trailingValues(tokens) : 0;
            List<String> values = tokens.subList(tokens.size() - count, tokens.size());
            List<String> label = tokens.subList(0, tokens.size() - count);
            List<String> placed = PdfColumns.place(line.lines(), values).orElse(values);
            List<Cell> cells = switch (line.kind()) {
                case NUMBERS -> placed.stream().map(Cell::of).toList();
                case DATA -> PdfColumns.labelCells(line.lines(), label)
                        .map(labels -> withValues(labels.stream().map(Cell::of).toList(), placed))
                        .orElseGet(() -> PdfRowText.dataCells(String.join(" ", label), placed));
                case TEXT -> withValues(PdfRowText.textCells(line.text()),
                        PdfColumns.blanks(line.lines(), valueRows).orElse(List.of()));
            };
            rows.add(new Row(cells, line.number()));
            addValueRow(valueRows, line);
        }
        return new Table(rows, rows.get(0).line());
    }

    /** A row's label cells followed by a cell for each of its values (empty where a column printed nothing). */
    private static List<Cell> withValues(List<Cell> label, List<String> values) {
        List<Cell> cells = new ArrayList<>(label);
        values.forEach(value -> cells.add(Cell.of(value)));
        return cells;
    }

    /** Joins prose lines into paragraphs: a line runs on when it is full width and does not end a sentence. */
    private static void flushProse(List<Logical> prose, List<Block> blocks, double fullWidth) {
        List<String> parts = new ArrayList<>();
        int first = 0;
        for (int i = 0; i < prose.size(); i++) {
            Logical line = prose.get(i);
            if (parts.isEmpty()) {
                first = line.number();
            }
            parts.add(line.text());
            boolean last = i == prose.size() - 1;
            if (last || !runsOn(line.text(), prose.get(i + 1).text(), fullWidth)) {
                blocks.add(new Paragraph(CjkText.join(parts), first));
                parts.clear();
            }
        }
        prose.clear();
    }

    private static boolean runsOn(String line, String next, double fullWidth) {
        String t = Whitespace.trim(line);
        return CjkText.width(t) >= fullWidth - FULL_LINE_SLACK && !PdfRowText.containsAny(t.substring(t.length() - 1),
                "。！？；：!?;:") && !isLabelStart(next);
    }

    /** The width of a full prose line: the widest line but for the few widest (a stray long line). */
    private static double fullWidth(List<Logical> lines) {
        double[] widths = lines.stream().filter(l -> !l.hasValues()).mapToDouble(l -> CjkText.width(l.text()))
                .sorted().toArray();
        return widths.length == 0 ? 0 : widths[(int) Math.floor((widths.length - 1) * 0.95)];
    }

    private static boolean isLabelStart(String text) {
        return PdfRowText.ENUMERATOR.matcher(Whitespace.trim(text)).find();
    }

    /** A line that is only a number such as "(三)" or "1.", its label printed on the lines below. */
    private static boolean isBareEnumerator(String text) {
        String t = Whitespace.trim(text);
        var m = PdfRowText.ENUMERATOR.matcher(t);
        return m.find() && m.end() == t.length();
    }

    private static boolean isFragment(String text) {
        return CjkText.width(Whitespace.trim(text)) <= MAX_FRAGMENT && !isLabelStart(text)
                && PdfRowText.kind(text) == Kind.TEXT;
    }

    private static boolean isContinuation(String text) {
        return !isLabelStart(text) && isTableText(text);
    }

    /** A line that may belong to a table: short, no full stop, not introducing something with a colon. */
    private static boolean isTableText(String text) {
        String t = Whitespace.trim(text);
        return CjkText.width(t) <= MAX_TABLE_TEXT && !PdfRowText.containsAny(t, "。！？")
                && !t.endsWith("：") && !t.endsWith(":");
    }
}
