package io.github.xxgk.report.input;

import io.github.xxgk.report.block.Block;
import io.github.xxgk.report.block.Cell;
import io.github.xxgk.report.block.Paragraph;
import io.github.xxgk.report.block.Row;
import io.github.xxgk.report.block.SourceDocument;
import io.github.xxgk.report.block.Table;
import io.github.xxgk.report.model.SourceFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads plain text: each line holding a tab is a table row, consecutive rows form one table, every other non-blank
 * line is a paragraph. Cells are not merged, so every cell is an origin.
 */
final class PlainTextReader {

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
            flush(rows, blocks);
            String trimmed = Whitespace.trim(line);
            if (!trimmed.isEmpty()) {
                blocks.add(new Paragraph(trimmed, number));
            }
        }
        flush(rows, blocks);
        return new SourceDocument(name, SourceFormat.TEXT, blocks);
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
