package io.github.xxgk.report.internal.recognize;

import io.github.xxgk.report.internal.block.Cell;
import io.github.xxgk.report.internal.block.Row;
import io.github.xxgk.report.internal.block.Table;
import io.github.xxgk.report.model.Diagnostic;
import io.github.xxgk.report.model.DiagnosticCode;
import io.github.xxgk.report.model.LegacyRow;
import io.github.xxgk.report.model.ValueKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a pre-2019 statistics table given as a grid (an HTML or Word table, tab-separated text). The rows before the
 * first row with a number are its header; the columns left of the 计量单位 column (or, without one, left of the first
 * number) hold the indicator, every column right of it one value per row, named by its header (“2011年度”,
 * “历年累计”).
 */
final class LegacyGrid {

    private LegacyGrid() {
    }

    /** The values of the table, or empty if it holds no number. */
    static Optional<LegacyTables.Result> read(Table table) {
        List<Row> rows = table.rows();
        int first = firstDataRow(rows);
        if (first < 0) {
            return Optional.empty();
        }
        int width = rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
        List<String> headers = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            headers.add(header(rows.subList(0, first), c));
        }
        int unitColumn = -1;
        for (int c = 0; c < width && unitColumn < 0; c++) {
            unitColumn = headers.get(c).contains("单位") ? c : -1;
        }
        int firstValue = unitColumn >= 0 ? unitColumn + 1 : firstNumberColumn(rows.subList(first, rows.size()));
        int labelEnd = unitColumn >= 0 ? unitColumn : firstValue;
        List<LegacyRow> values = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Row row : rows.subList(first, rows.size())) {
            Optional<String> unit = unitColumn >= 0 && unitColumn < row.cells().size()
                    ? Optional.of(Text.cleanProse(row.cells().get(unitColumn).text())).filter(u -> !u.isEmpty())
                    : Optional.empty();
            readRow(row, joined(row.cells(), 0, labelEnd), unit, headers, firstValue, values, diagnostics);
        }
        return Optional.of(new LegacyTables.Result(values, diagnostics));
    }

    /**
     * Adds one value per number of the row. A row without a number (a group's label, a repeated header) gives
     * nothing; text where a row has its other numbers is reported.
     */
    private static void readRow(Row row, String label, Optional<String> unit, List<String> headers, int firstValue,
            List<LegacyRow> values, List<Diagnostic> diagnostics) {
        List<Cell> cells = row.cells().subList(Math.min(firstValue, row.cells().size()), row.cells().size());
        if (cells.stream().noneMatch(c -> c.origin() && CellText.classify(c.text()) == CellText.Kind.NUMBER)) {
            return;
        }
        if (label.isEmpty()) {
            diagnostics.add(Diagnostic.of(DiagnosticCode.ROW_UNRECOGNIZED, LegacyTables.location(label, row.line()),
                    "a row of a legacy table has numbers but no indicator; its numbers are not used"));
            return;
        }
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            int c = firstValue + i;
            if (!cell.origin()) {
                continue;
            }
            String column = headers.get(c).isEmpty() ? "第" + (c + 1) + "列" : headers.get(c);
            CellText.Kind kind = CellText.classify(cell.text());
            if (kind == CellText.Kind.NUMBER) {
                values.add(new LegacyRow(label, unit, column, CellText.parse(cell.text(), ValueKind.AMOUNT),
                        LegacyTables.line(row.line())));
            } else if (kind == CellText.Kind.MALFORMED || kind == CellText.Kind.TEXT) {
                diagnostics.add(Diagnostic.of(DiagnosticCode.CELL_NOT_A_NUMBER, LegacyTables.location(label,
                        row.line()), "legacy row " + label + ", column " + column + ": \"" + cell.text()
                                + "\" is not a number; the value is absent"));
            }
        }
    }

    /** The first row with a number right of its first cell, unless it names the columns (“指标名称”). */
    private static int firstDataRow(List<Row> rows) {
        for (int r = 0; r < rows.size(); r++) {
            List<Cell> cells = rows.get(r).cells();
            boolean number = cells.stream().skip(1)
                    .anyMatch(c -> CellText.classify(c.text()) == CellText.Kind.NUMBER);
            if (number && !cells.get(0).text().contains("名称")) {
                return r;
            }
        }
        return -1;
    }

    private static int firstNumberColumn(List<Row> rows) {
        int first = Integer.MAX_VALUE;
        for (Row row : rows) {
            for (int c = 1; c < row.cells().size() && c < first; c++) {
                if (CellText.classify(row.cells().get(c).text()) == CellText.Kind.NUMBER) {
                    first = c;
                }
            }
        }
        return first;
    }

    /**
     * A column's header: the distinct texts of the header rows at that position, top down. A row of one cell across
     * the table is a caption or a group's label, not a header.
     */
    private static String header(List<Row> headerRows, int column) {
        List<Cell> cells = new ArrayList<>();
        for (Row row : headerRows) {
            if (column < row.cells().size() && row.originCells().size() > 1) {
                cells.add(row.cells().get(column));
            }
        }
        return joined(cells, 0, cells.size());
    }

    /** The distinct cleaned texts of cells {@code from} to {@code to}, joined by “/”. */
    private static String joined(List<Cell> cells, int from, int to) {
        Set<String> texts = new LinkedHashSet<>();
        for (int i = from; i < Math.min(to, cells.size()); i++) {
            String text = Text.cleanProse(cells.get(i).text());
            if (!text.isEmpty()) {
                texts.add(text);
            }
        }
        return String.join("/", texts);
    }
}
