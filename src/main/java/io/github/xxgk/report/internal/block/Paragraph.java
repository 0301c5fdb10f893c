package io.github.xxgk.report.internal.block;

import java.util.Objects;

/**
 * A paragraph of text: one line of a text file, one {@code <p>} or heading of a page, one Word paragraph.
 *
 * @param text the text with markup removed and leading and trailing white space trimmed; never empty
 * @param line the 1-based source line, or 0 if unknown
 * @param headingLevel 1–6 when the source marks it as a heading ({@code <h2>}, a Word heading style, {@code ##}),
 *     0 for body text
 */
public record Paragraph(String text, int line, int headingLevel) implements Block {

    /** Checks the text. */
    public Paragraph {
        Objects.requireNonNull(text, "text");
        if (headingLevel < 0 || headingLevel > 6) {
            throw new IllegalArgumentException("heading level must be 0 to 6: " + headingLevel);
        }
    }

    /** A body paragraph. */
    public Paragraph(String text, int line) {
        this(text, line, 0);
    }
}
