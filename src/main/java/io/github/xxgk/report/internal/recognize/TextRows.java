package io.github.xxgk.report.internal.recognize;

import io.github.xxgk.report.internal.block.Cell;
import io.github.xxgk.report.internal.block.Paragraph;
import io.github.xxgk.report.internal.block.Row;
import io.github.xxgk.report.internal.text.PageNumbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a paragraph that is really a table row, as text extracted from PDF or a flattened page prints them: a label
 * followed by values separated by white space (“行政许可 0”, “0 1 1 0 2 1 0 0 0 1 0 0 0 0 0”).
 */
final class TextRows {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0\\u3000]+");

    private TextRows() {
    }

    /**
     * The paragraph as a row of label and value cells, if it ends with at least one number (or is nothing but
     * value cells: placeholders, or words that decide no number such as "0/0", each still a cell of its row) and
     * what stands before the values is either nothing or text without a sentence end (。).
     */
    static Optional<Row> of(Paragraph paragraph) {
        String text = paragraph.text().trim();
        if (PageNumbers.isPageNumber(paragraph.text()) || !endsWithValue(text)) {
            return Optional.empty();
        }
        String[] tokens = SEPARATORS.split(text);
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

    /**
     * Whether the text's last token, where the values of a row would be, is a value cell: prose, which ends with a
     * word, is told without cutting it into tokens.
     */
    static boolean endsWithValue(String text) {
        int end = text.length();
        while (end > 0 && isSeparator(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && !isSeparator(text.charAt(start - 1))) {
            start--;
        }
        if (start == end) {
            return false;
        }
        CellText.Kind kind = CellText.classify(text.substring(start, end));
        return kind != CellText.Kind.TEXT && kind != CellText.Kind.BLANK;
    }

    /** A character the tokens are split at, as {@link #SEPARATORS} matches them. */
    private static boolean isSeparator(char c) {
        return c == ' ' || c >= '\t' && c <= '\r' || c == '\u00A0' || c == '\u3000';
    }
}
