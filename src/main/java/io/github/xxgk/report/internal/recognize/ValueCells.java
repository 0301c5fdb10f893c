package io.github.xxgk.report.internal.recognize;

import io.github.xxgk.report.internal.block.Cell;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Lines a row's printed value cells up with the template's cells. Numbers are reliable in order; positions are not,
 * because collapsed merges leave stray blank cells before and after the values.
 */
final class ValueCells {

    private ValueCells() {
    }

    /**
     * The value cells, one per template cell, or empty when the row cannot be lined up. Tried in turn: the cells as
     * they are; without leading blanks; without leading and trailing blanks (blanks inside stay, as absent values);
     * only the non-blank cells.
     */
    static Optional<List<Cell>> align(List<Cell> printed, int expected) {
        if (printed.size() == expected) {
            return Optional.of(printed);
        }
        int start = 0;
        while (start < printed.size() && isBlank(printed.get(start))) {
            start++;
        }
        List<Cell> withoutLeading = printed.subList(start, printed.size());
        if (withoutLeading.size() == expected) {
            return Optional.of(withoutLeading);
        }
        List<Cell> trimmed = trimBlanks(printed);
        if (trimmed.size() == expected) {
            return Optional.of(trimmed);
        }
        List<Cell> nonBlank = printed.stream().filter(c -> !isBlank(c)).toList();
        return nonBlank.size() == expected ? Optional.of(nonBlank) : Optional.empty();
    }

    /** The cells without leading and trailing blank cells. */
    static List<Cell> trimBlanks(List<Cell> cells) {
        int start = 0;
        int end = cells.size();
        while (start < end && isBlank(cells.get(start))) {
            start++;
        }
        while (end > start && isBlank(cells.get(end - 1))) {
            end--;
        }
        return cells.subList(start, end);
    }

    static int countNonBlank(List<Cell> cells) {
        return (int) cells.stream().filter(c -> !isBlank(c)).count();
    }

    /** The cells' texts for a message, blanks shown as “”. */
    static String describe(List<Cell> cells) {
        return trimBlanks(cells).stream().map(c -> isBlank(c) ? "“”" : c.text()).collect(Collectors.joining(" | "));
    }

    private static boolean isBlank(Cell cell) {
        return CellText.classify(cell.text()) == CellText.Kind.BLANK;
    }
}
