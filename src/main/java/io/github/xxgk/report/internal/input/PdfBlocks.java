package io.github.xxgk.report.internal.input;

import io.github.xxgk.report.internal.block.Block;
import io.github.xxgk.report.internal.block.Cell;
import io.github.xxgk.report.internal.block.Paragraph;
import io.github.xxgk.report.internal.block.Row;
import io.github.xxgk.report.internal.block.Table;
import io.github.xxgk.report.internal.text.ItemNumbers;
import io.github.xxgk.report.internal.text.Whitespace;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a PDF's cleaned lines into blocks. First what a narrow cell wrapped onto the next line is joined to its row
 * ({@link PdfWrappedValues}: "21" over "8" is 218), and labels wrapped over several lines are rejoined
 * ({@link PdfLabels}).
 * Then runs of lines around rows with values become tables (their unnumbered lines, headers and group labels, become
 * rows of text cells; a row's values are placed under the page's column rules by {@link PdfColumns}, so blank cells
 * stay in place) and the remaining lines are prose, rejoined into paragraphs where a line runs to the full width
 * without ending a sentence.
 */
final class PdfBlocks {

    /** The widest line of a label wrapped in a table's narrowest columns ("三、本年"). */
    private static final double NARROW_COLUMN = 5;
    /** A prose line this close to the widest runs on into the next line. */
    private static final double FULL_LINE_SLACK = 2.5;

    private PdfBlocks() {
    }

    static List<Block> blocks(List<PdfLine> lines) {
        List<PdfLogicalLine> logical = PdfLabels.join(PdfWrappedValues.join(lines));
        List<Block> blocks = new ArrayList<>();
        List<PdfLogicalLine> prose = new ArrayList<>();
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
     * The end (exclusive) of a table starting at {@code from}, or {@code from} if no table starts there: its last row
     * of values, or of blank cells in the columns of a row of values before it.
     */
    private static int tableEnd(List<PdfLogicalLine> lines, int from) {
        int lastValues = -1;
        List<List<PdfColumns.Column>> valueRows = new ArrayList<>();
        int i = from;
        while (i < lines.size() && inTable(lines, i)) {
            PdfLogicalLine line = lines.get(i);
            if (line.hasValues() || lastValues >= 0 && PdfColumns.blanks(line.lines(), valueRows).isPresent()) {
                lastValues = i;
            }
            addValueRow(valueRows, line);
            i++;
        }
        return lastValues < 0 ? from : lastValues + 1;
    }

    /** Keeps the value columns of a row with values or of a header, where its positions tell them. */
    private static void addValueRow(List<List<PdfColumns.Column>> valueRows, PdfLogicalLine line) {
        List<PdfColumns.Column> columns = line.hasValues()
                ? PdfColumns.valueColumns(line.lines(), PdfRowText.trailingValues(PdfRowText.tokens(line.text())))
                : PdfColumns.headerColumns(line.lines());
        if (!columns.isEmpty()) {
            valueRows.add(columns);
        }
    }

    private static boolean inTable(List<PdfLogicalLine> lines, int i) {
        PdfLogicalLine line = lines.get(i);
        if (line.hasValues()) {
            return true;
        }
        if (!PdfRowText.isTableText(line.text()) || outsideRules(line)) {
            return false;
        }
        if (ItemNumbers.startsWithSectionNumber(line.text())) {
            return i > 0 && lines.get(i - 1).hasValues() && (i + 1 < lines.size() && lines.get(i + 1).hasValues()
                    || wrappedInNarrowColumn(lines, i));
        }
        return true;
    }

    /** Whether the page draws tables with rules and the line stands outside them all (a table's title, a date). */
    private static boolean outsideRules(PdfLogicalLine line) {
        return line.lines().stream().allMatch(physical -> !physical.words().isEmpty()
                && physical.rulings().outsideTables(physical.words().get(0).middle()));
    }

    /**
     * Whether a line starts a group's label wrapped in a narrow column ("三、本年" over "度办理结" over "果"), its
     * parts short lines up to the group's first row of values.
     */
    private static boolean wrappedInNarrowColumn(List<PdfLogicalLine> lines, int from) {
        for (int k = from; k < lines.size() && k <= from + PdfLabels.MAX_WRAPPED; k++) {
            PdfLogicalLine line = lines.get(k);
            if (line.hasValues()) {
                return k > from;
            }
            if (CjkText.width(Whitespace.trim(line.text())) > NARROW_COLUMN) {
                return false;
            }
        }
        return false;
    }

    private static Table table(List<PdfLogicalLine> lines) {
        List<List<PdfColumns.Column>> valueRows = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (PdfLogicalLine line : lines) {
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
    private static void flushProse(List<PdfLogicalLine> prose, List<Block> blocks, double fullWidth) {
        List<String> parts = new ArrayList<>();
        int first = 0;
        for (int i = 0; i < prose.size(); i++) {
            PdfLogicalLine line = prose.get(i);
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
                "。！？；：!?;:") && !PdfRowText.isLabelStart(next);
    }

    /** The width of a full prose line: the widest line but for the few widest (a stray long line). */
    private static double fullWidth(List<PdfLogicalLine> lines) {
        double[] widths = lines.stream().filter(l -> !l.hasValues()).mapToDouble(l -> CjkText.width(l.text()))
                .sorted().toArray();
        return widths.length == 0 ? 0 : widths[(int) Math.floor((widths.length - 1) * 0.95)];
    }
}
