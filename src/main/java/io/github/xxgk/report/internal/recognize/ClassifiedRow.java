package io.github.xxgk.report.internal.recognize;

import io.github.xxgk.report.internal.block.Cell;
import io.github.xxgk.report.internal.block.Row;
import io.github.xxgk.report.model.Template;
import java.util.List;

/**
 * A table row with each cell's kind decided once, and its template segments (label and value parts) computed when
 * first asked and kept, so template detection and table recognition, and a second reading of the tables, share one
 * reading of the row.
 */
final class ClassifiedRow {

    private final Row row;
    private final CellText.Kind[] kinds;
    private Template segmentsTemplate;
    private List<RowParts> segments;

    ClassifiedRow(Row row) {
        this.row = row;
        List<Cell> cells = row.cells();
        this.kinds = new CellText.Kind[cells.size()];
        for (int i = 0; i < kinds.length; i++) {
            kinds[i] = CellText.classify(cells.get(i).text());
        }
    }

    Row row() {
        return row;
    }

    /** The kind of the cell at a position of {@link Row#cells()}. */
    CellText.Kind kind(int cell) {
        return kinds[cell];
    }

    /** The row's template rows, one part each ({@link RowSegments}). */
    List<RowParts> segments(Template template) {
        if (segments == null || segmentsTemplate != template) {
            segments = RowSegments.of(this, template);
            segmentsTemplate = template;
        }
        return segments;
    }
}
