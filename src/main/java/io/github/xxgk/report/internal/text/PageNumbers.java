package io.github.xxgk.report.internal.text;

import java.util.regex.Pattern;

/**
 * Page numbers as extracted text puts them between a document's lines: dashed ("- 4 -", "— 5 —", "~6~") or worded
 * ("第 3 页", "第3页 共5页", "Page 2 of 9"). The PDF reader drops them from pages, and recognition passes over them
 * between a table's rows in text copied from PDF. A page fraction ("4/5") and a bare number are page numbers only
 * where the layout says so: in a table's text they are values ("0/0").
 */
public final class PageNumbers {

    private static final Pattern DASHED = Pattern.compile("[-—–－―~]+\\s*\\d{1,4}\\s*[-—–－―~]+");
    private static final Pattern WORDED = Pattern.compile(
            "第\\s*\\d{1,4}\\s*页(\\s*[，,/]?\\s*共\\s*\\d{1,4}\\s*页)?|(?i:page)\\s*\\d{1,4}(\\s*(?i:of)\\s*\\d{1,4})?");
    private static final Pattern FRACTION = Pattern.compile("\\d{1,4}\\s*/\\s*\\d{1,4}");

    private PageNumbers() {
    }

    /**
     * Whether the whole text is a dashed or worded page number. A bare number or a fraction is not: it may be a
     * value.
     */
    public static boolean isPageNumber(String text) {
        String t = Whitespace.collapse(text);
        return DASHED.matcher(t).matches() || WORDED.matcher(t).matches();
    }

    /** Whether the whole text is a page fraction ("4/12"), which a reader that knows the layout may drop. */
    public static boolean isFraction(String text) {
        return FRACTION.matcher(Whitespace.collapse(text)).matches();
    }
}
