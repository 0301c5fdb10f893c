package io.github.xxgk.report.internal.input;

import io.github.xxgk.report.internal.block.Cell;
import io.github.xxgk.report.internal.block.Row;
import io.github.xxgk.report.internal.block.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Expands a Word table into a full grid: a cell spanning n grid columns ({@code gridSpan}) fills n positions, a
 * vertically merged cell ({@code vMerge}) repeats in every row it covers, and WPS's horizontal merge ({@code hMerge})
 * repeats its first cell to the right. Covered positions have {@code origin=false} and the origin's text. Columns a
 * row skips ({@code gridBefore}) are empty cells.
 */
final class DocxTables {

    private DocxTables() {
    }

    /**
     * The table as a grid.
     *
     * @param firstLine the body ordinal of its first row
     * @param cellText the printed text of a cell (its paragraphs joined, numbers applied), called in document order
     */
    static Table grid(XWPFTable table, int firstLine, Function<XWPFTableCell, String> cellText) {
        List<Row> rows = new ArrayList<>();
        List<Cell> above = List.of();
        int line = firstLine;
        for (XWPFTableRow row : table.getRows()) {
            List<Cell> cells = new ArrayList<>();
            cells.addAll(Collections.nCopies(gridBefore(row), Cell.of("")));
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr pr = cell.getCTTc().getTcPr();
                int span = span(pr);
                int column = cells.size();
                if (pr != null && pr.isSetVMerge() && continues(pr.getVMerge().getVal())) {
                    for (int i = 0; i < span; i++) {
                        String text = column + i < above.size() ? above.get(column + i).text() : "";
                        cells.add(new Cell(text, false));
                    }
                    cellText.apply(cell);
                } else if (pr != null && pr.isSetHMerge() && continues(pr.getHMerge().getVal())) {
                    String text = column > 0 ? cells.get(column - 1).text() : "";
                    cells.addAll(Collections.nCopies(span, new Cell(text, false)));
                    cellText.apply(cell);
                } else {
                    String text = cellText.apply(cell);
                    cells.add(Cell.of(text));
                    cells.addAll(Collections.nCopies(span - 1, new Cell(text, false)));
                }
            }
            rows.add(new Row(cells, line++));
            above = cells;
        }
        return new Table(rows, firstLine);
    }

    /** Whether a present merge mark continues a merge: any value but {@code restart}; no value means continue. */
    private static boolean continues(STMerge.Enum merge) {
        return merge != STMerge.RESTART;
    }

    private static int span(CTTcPr pr) {
        if (pr == null || !pr.isSetGridSpan() || pr.getGridSpan().getVal() == null) {
            return 1;
        }
        return Math.max(1, Math.min(pr.getGridSpan().getVal().intValue(), 64));
    }

    private static int gridBefore(XWPFTableRow row) {
        CTTrPr pr = row.getCtRow().getTrPr();
        if (pr == null || pr.getGridBeforeList().isEmpty()) {
            return 0;
        }
        CTDecimalNumber before = pr.getGridBeforeList().get(0);
        return before.getVal() == null ? 0 : Math.max(0, Math.min(before.getVal().intValue(), 64));
    }
}
