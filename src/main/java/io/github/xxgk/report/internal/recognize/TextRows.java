package io.github.xxgk.report.internal.recognize;

import io.github.xxgk.report.internal.block.Cell;
import io.github.xxgk.report.internal.block.Paragraph;
import io.github.xxgk.report.internal.block.Row;
import io.github.xxgk.report.internal.text.PageNumbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a paragraph that is really a table row, as text extracted from PDF or a flattened page prints them: a label
 * followed by values separated by white space (“行政许可 0”, “0 1 1 0 2 1 0 0 0 1 0 0 0 0 0”).
 */
final class TextRows {

    private TextRows() {
    }

    /**
     * The paragraph as a row of label and value cells, if it ends with at least one number (or is nothing but
     * value cells: placeholders, or words that decide no number such as "0/0", each still a cell of its row) and
     * what stands before the values is either nothing or text without a sentence end (。).
     */
    static Optional<Row> of(Paragraph paragraph) {
        if (PageNumbers.isPageNumber(paragraph.text())) {
            return Optional.empty();
        }
        String[] tokens = paragraph.text().trim().split("[\\s\\u00A0\\u3000]+");
        int firstValue = tokens.length;
        boolean number = false;
        while (firstValue > 0) {
            CellText.Kind kind = CellText.classify(tokens[firstValue - 1]);
            if (kind == CellText.Kind.TEXT || kind == CellText.Kind.BLANK) {
                break;
            }
            number |= kind == CellText.Kind.NUMBER;
            firstValue--;
        }
        boolean onlyValues = firstValue == 0 && tokens.length > 0 && !tokens[0].isEmpty();
        if (!number && !onlyValues) {
            return Optional.empty();
        }
        String label = String.join("", List.of(tokens).subList(0, firstValue));
        if (label.contains("。") || label.length() > 80) {
            return Optional.empty();
        }
        List<Cell> cells = new ArrayList<>();
        if (!label.isEmpty()) {
            cells.add(Cell.of(label));
        }
        for (int i = firstValue; i < tokens.length; i++) {
            cells.add(Cell.of(tokens[i]));
        }
        return Optional.of(new Row(cells, paragraph.line()));
    }
}
