package io.github.xxgk.report.internal.input;

import io.github.xxgk.report.internal.block.Block;
import io.github.xxgk.report.internal.block.Cell;
import io.github.xxgk.report.internal.block.Paragraph;
import io.github.xxgk.report.internal.block.Row;
import io.github.xxgk.report.internal.block.SourceDocument;
import io.github.xxgk.report.internal.block.Table;
import io.github.xxgk.report.internal.text.ItemNumbers;
import io.github.xxgk.report.internal.text.Whitespace;
import io.github.xxgk.report.model.SourceFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads plain text: each line holding a tab or a {@code |} is a table row, consecutive rows form one table, every
 * other non-blank line is a paragraph. A tab separates cells; a {@code |} ends the cell before it, as text extractors
 * and browser copies print table cells ("规章 | 0 | 0 | 0 |", a cell per line as "0 |", a bare "|" for a blank
 * cell). Cells are not merged, so every cell is an origin.
 */
final class PlainTextReader {

    /**
     * The longest text read as one cell of a {@code |} row (labels with their guidance run long); a longer piece is
     * prose run into the row.
     */
    private static final int MAX_CELL = 200;
    /** The longest text after prose that is taken for the row's first cell. */
    private static final int MAX_LABEL = 60;

    private PlainTextReader() {
    }

    static SourceDocument read(String text, String name) {
        List<Block> blocks = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        List<String> lines = Lines.split(text);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int number = i + 1;
            if (line.indexOf('\t') >= 0) {
                rows.add(new Row(cells(line.split("\t", -1)), number));
                continue;
            }
            if (line.indexOf('|') >= 0) {
                pipeLine(line, number, rows, blocks);
                continue;
            }
            flush(rows, blocks);
            String trimmed = Whitespace.trim(line);
            if (!trimmed.isEmpty()) {
                blocks.add(new Paragraph(trimmed, number));
            }
        }
        flush(rows, blocks);
        return new SourceDocument(name, SourceFormat.TEXT, Optional.empty(), blocks, List.of(), openEnd(text));
    }

    /**
     * A line with {@code |} cells: a table row, with prose run into it before its first cell or after its last
     * ("…。 二、主动公开政府信息情况 第二十条第(一)项 | 信息内容 | …", "… | 三、收到和处理…") kept as paragraphs.
     */
    private static void pipeLine(String line, int number, List<Row> rows, List<Block> blocks) {
        List<String> cells = new ArrayList<>(List.of(pipeCells(line)));
        String first = Whitespace.trim(cells.get(0));
        if (isProse(first)) {
            int space = lastSpace(first);
            String tail = space < 0 ? "" : Whitespace.trim(first.substring(space));
            boolean cellAtEnd = !tail.isEmpty() && tail.length() <= MAX_LABEL && !isProse(tail);
            flush(rows, blocks);
            blocks.add(new Paragraph(cellAtEnd ? Whitespace.trim(first.substring(0, space)) : first, number));
            if (cellAtEnd) {
                cells.set(0, tail);
            } else {
                cells.remove(0);
            }
        }
        String last = cells.isEmpty() ? "" : Whitespace.trim(cells.get(cells.size() - 1));
        boolean trailingProse = cells.size() > 1 && !line.stripTrailing().endsWith("|")
                && (isProse(last) || ItemNumbers.startsWithSectionNumber(last));
        if (trailingProse) {
            cells.remove(cells.size() - 1);
        }
        if (!cells.isEmpty()) {
            rows.add(new Row(cells(cells.toArray(String[]::new)), number));
        }
        if (trailingProse) {
            flush(rows, blocks);
            blocks.add(new Paragraph(last, number));
        }
    }

    /** Whether a piece of a line is prose rather than a cell: a sentence, or longer than any cell label. */
    private static boolean isProse(String text) {
        return text.indexOf('。') >= 0 || text.length() > MAX_CELL;
    }

    private static int lastSpace(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            if (Whitespace.isSpace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The cells of a line whose cells each end in {@code |}; text after the last {@code |} is a cell of its own. */
    static String[] pipeCells(String line) {
        String[] pieces = line.split("\\|", -1);
        int count = Whitespace.trim(pieces[pieces.length - 1]).isEmpty() ? pieces.length - 1 : pieces.length;
        String[] cells = new String[count];
        System.arraycopy(pieces, 0, cells, 0, count);
        return cells;
    }

    /** Whether the text ends without a line break or a closing {@code |} after its last visible character. */
    static boolean openEnd(String text) {
        int end = text.length();
        while (end > 0 && Whitespace.isSpace(text.charAt(end - 1)) && text.charAt(end - 1) != '\n'
                && text.charAt(end - 1) != '\r') {
            end--;
        }
        if (end == 0) {
            return false;
        }
        char last = text.charAt(end - 1);
        return last != '\n' && last != '\r' && last != '|';
    }

    static List<Cell> cells(String[] texts) {
        List<Cell> cells = new ArrayList<>(texts.length);
        for (String text : texts) {
            cells.add(Cell.of(Whitespace.trim(text)));
        }
        return cells;
    }

    static void flush(List<Row> rows, List<Block> blocks) {
        if (!rows.isEmpty()) {
            blocks.add(new Table(rows, rows.get(0).line()));
            rows.clear();
        }
    }
}
