package io.github.xxgk.report.internal.recognize;

import io.github.xxgk.report.internal.block.Row;
import java.util.IdentityHashMap;
import java.util.Map;

/** The table rows of one document, each classified once ({@link ClassifiedRow}) for every stage that reads it. */
final class ClassifiedRows {

    private final Map<Row, ClassifiedRow> rows = new IdentityHashMap<>();

    ClassifiedRow of(Row row) {
        return rows.computeIfAbsent(row, ClassifiedRow::new);
    }
}
