package io.github.xxgk.report.internal.block;

import java.util.Objects;

/**
 * One grid position of a {@link Row}.
 *
 * @param text the cell's text: markup removed, line breaks between Chinese characters dropped (“本年新<br>制作数量”
 *     reads 本年新制作数量), other runs of white space made one space, trimmed; empty for a blank cell
 * @param origin true for the top-left position of a merged cell (and for every unmerged cell); false for positions a
 *     row or column span covers, which repeat the origin's text
 */
public record Cell(String text, boolean origin) {

    /** Checks the text. */
    public Cell {
        Objects.requireNonNull(text, "text");
    }

    /** An unmerged cell. */
    public static Cell of(String text) {
        return new Cell(text, true);
    }
}
