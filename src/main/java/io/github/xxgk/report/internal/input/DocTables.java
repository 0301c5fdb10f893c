package io.github.xxgk.report.internal.input;

import io.github.xxgk.report.internal.block.Cell;
import io.github.xxgk.report.internal.block.Row;
import io.github.xxgk.report.internal.block.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;

/**
 * Expands a Word 97 table into a full grid. The binary format keeps no grid: each row lists its cells with their
 * left edges and widths, and a cell merged across columns is simply wider. The grid's columns are the distinct cell
 * edges of the whole table, so a cell spanning n of them fills n positions, and a vertically merged cell repeats in
 * every row it covers. Covered positions have {@code origin=false} and the origin's text. A table whose edges give
 * more columns than {@link #MAX_COLUMNS} keeps one position per cell, as stored.
 */
final class DocTables {

    /** Edges closer than this (in twips, 1/1440 inch: about half a millimetre) are one column boundary. */
    private static final int EDGE_TOLERANCE = 30;
    /** More columns than any report table has: a table beyond it is not laid out on a grid. */
    private static final int MAX_COLUMNS = 128;

    private DocTables() {
    }

    /** The table's grid; rows are numbered from {@code firstLine}, cells' text given by {@code cellText}. */
    static Table grid(org.apache.poi.hwpf.usermodel.Table table, int firstLine, Function<TableCell, String> cellText) {
        List<Integer> edges = edges(table);
        boolean onGrid = edges.size() - 1 <= MAX_COLUMNS;
        List<Row> rows = new ArrayList<>();
        List<Cell> above = List.of();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                int from = onGrid ? column(edges, cell.getLeftEdge()) : cells.size();
                int to = onGrid ? Math.max(from + 1, column(edges, cell.getLeftEdge() + cell.getWidth())) : from + 1;
                if (from > cells.size()) {
                    cells.addAll(Collections.nCopies(from - cells.size(), Cell.of("")));
                }
                boolean continued = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged()
                        && cells.size() < above.size();
                String text = continued ? above.get(cells.size()).text() : cellText.apply(cell);
                cells.add(new Cell(text, !continued));
                cells.addAll(Collections.nCopies(to - from - 1, new Cell(text, false)));
            }
            rows.add(new Row(cells, firstLine + r));
            above = cells;
        }
        return new Table(rows, firstLine);
    }

    /** The table's column boundaries: every cell's left and right edge, near ones taken as one, in order. */
    private static List<Integer> edges(org.apache.poi.hwpf.usermodel.Table table) {
        TreeSet<Integer> all = new TreeSet<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                all.add(cell.getLeftEdge());
                all.add(cell.getLeftEdge() + cell.getWidth());
            }
        }
        List<Integer> edges = new ArrayList<>();
        for (int edge : all) {
            if (edges.isEmpty() || edge - edges.get(edges.size() - 1) > EDGE_TOLERANCE) {
                edges.add(edge);
            }
        }
        return edges;
    }

    /** The index of the boundary nearest to an edge. */
    private static int column(List<Integer> edges, int edge) {
        int best = 0;
        for (int i = 1; i < edges.size(); i++) {
            if (Math.abs(edges.get(i) - edge) < Math.abs(edges.get(best) - edge)) {
                best = i;
            }
        }
        return best;
    }
}
