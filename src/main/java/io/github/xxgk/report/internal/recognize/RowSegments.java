package io.github.xxgk.report.internal.recognize;

import io.github.xxgk.report.internal.block.Cell;
import io.github.xxgk.report.internal.block.Row;
import io.github.xxgk.report.model.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits a row that holds several template rows one after another, as a copy that put a whole table on one line
 * prints it ("信息内容 | 本年制发件数 | … | 规章 | | | | 行政规范性文件 | 0 | 0 | 5 | …"), into one part per
 * template row: a new part starts at each label cell that follows a value or blank cell. A row is split only when at
 * least two of its parts are labelled with template rows, so an ordinary row with a note after its values stays
 * whole.
 */
final class RowSegments {

    private RowSegments() {
    }

    static List<RowParts> of(Row row, Template template) {
        List<List<Cell>> pieces = new ArrayList<>();
        List<Cell> current = new ArrayList<>();
        boolean afterValue = false;
        for (Cell cell : row.cells()) {
            boolean text = CellText.classify(cell.text()) == CellText.Kind.TEXT;
            if (text && afterValue) {
                pieces.add(current);
                current = new ArrayList<>();
                afterValue = false;
            }
            afterValue |= !text && cell.origin();
            current.add(cell);
        }
        pieces.add(current);
        if (pieces.size() == 1) {
            return List.of(RowParts.of(row));
        }
        List<RowParts> parts = new ArrayList<>(pieces.size());
        for (List<Cell> piece : pieces) {
            parts.add(RowParts.of(new Row(piece, row.line())));
        }
        if (parts.stream().filter(p -> namesTemplateRow(p, template)).count() >= 2) {
            return parts;
        }
        return List.of(RowParts.of(row));
    }

    private static boolean namesTemplateRow(RowParts parts, Template template) {
        return parts.candidateLabels().stream()
                .map(label -> LabelMatcher.match(label, Optional.empty()))
                .flatMap(Optional::stream)
                .anyMatch(m -> !TableColumns.cellsOf(m.row(), template).isEmpty());
    }
}
