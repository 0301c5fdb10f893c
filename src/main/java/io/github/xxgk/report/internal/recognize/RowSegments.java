package io.github.xxgk.report.internal.recognize;

import io.github.xxgk.report.internal.block.Cell;
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

    static List<RowParts> of(ClassifiedRow row, Template template) {
        List<Cell> cells = row.row().cells();
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        boolean afterValue = false;
        for (int i = 0; i < cells.size(); i++) {
            boolean text = row.kind(i) == CellText.Kind.TEXT;
            if (text && afterValue) {
                starts.add(i);
                afterValue = false;
            }
            afterValue |= !text && cells.get(i).origin();
        }
        if (starts.size() == 1) {
            return List.of(RowParts.of(row, 0, cells.size()));
        }
        starts.add(cells.size());
        List<RowParts> parts = new ArrayList<>(starts.size() - 1);
        for (int i = 0; i + 1 < starts.size(); i++) {
            parts.add(RowParts.of(row, starts.get(i), starts.get(i + 1)));
        }
        if (parts.stream().filter(p -> namesTemplateRow(p, template)).count() >= 2) {
            return parts;
        }
        return List.of(RowParts.of(row, 0, cells.size()));
    }

    private static boolean namesTemplateRow(RowParts parts, Template template) {
        return parts.candidateLabels().stream()
                .map(label -> LabelMatcher.match(label, Optional.empty()))
                .flatMap(Optional::stream)
                .anyMatch(m -> !TableColumns.cellsOf(m.row(), template).isEmpty());
    }
}
