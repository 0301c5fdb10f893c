package io.github.xxgk.report.internal.input;

import io.github.xxgk.report.internal.text.Whitespace;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Word style's name says about its paragraphs, for both Word formats: "heading 2" or 标题 2 is a heading of
 * that level, "Title" or 标题 a level-1 heading. Outline levels (0–8 a heading, 9 body text) are Word's too.
 */
final class HeadingStyles {

    private static final Pattern HEADING_NAME = Pattern.compile("(?:heading|标题)\\s*([1-9])");
    private static final Set<String> TITLE_NAMES = Set.of("title", "标题");
    /** Word's outline level for body text. */
    static final int BODY_TEXT = 9;
    /** How many styles along a {@code basedOn} chain are looked at (a chain can loop). */
    static final int MAX_CHAIN = 16;
    private static final int MAX_LEVEL = 6;

    private HeadingStyles() {
    }

    /** The heading level, 1–6, a style's name gives, or 0 if the name says nothing. */
    static int levelOfName(String styleName) {
        String name = styleName == null ? "" : Whitespace.collapse(styleName).toLowerCase(Locale.ROOT);
        Matcher heading = HEADING_NAME.matcher(name);
        if (heading.matches()) {
            return Math.min(MAX_LEVEL, heading.group(1).charAt(0) - '0');
        }
        return TITLE_NAMES.contains(name) ? 1 : 0;
    }

    /** The heading level, 1–6, of a Word outline level, or 0 for body text and values out of range. */
    static int levelOfOutline(int outline) {
        return outline >= 0 && outline < BODY_TEXT ? Math.min(MAX_LEVEL, outline + 1) : 0;
    }
}
