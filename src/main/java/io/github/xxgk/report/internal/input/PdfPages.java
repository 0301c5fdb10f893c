package io.github.xxgk.report.internal.input;

import io.github.xxgk.report.internal.text.PageNumbers;
import io.github.xxgk.report.internal.text.Whitespace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cleans the lines of a PDF's pages into one stream: drops page numbers ({@code - 4 -}, {@code — 4 —},
 * {@code 第 4 页}, {@code 4/5}) and headers or footers repeated at the top or bottom of most pages, and joins a label
 * printed one character per line ({@code 三}, {@code 、}, {@code 本}, {@code 年} …) back into one line.
 */
final class PdfPages {

    private static final Pattern BARE_NUMBER = Pattern.compile("\\d{1,4}");
    /** Lines this close to a page's top or bottom are where running headers and footers sit. */
    private static final int EDGE = 2;
    private static final int MIN_STACKED = 3;

    private PdfPages() {
    }

    static List<PdfLine> clean(List<List<PdfLine>> pages) {
        Map<String, Integer> edgeCounts = edgeCounts(pages);
        int repeatedOn = Math.max(2, (pages.size() + 1) / 2);
        List<PdfLine> out = new ArrayList<>();
        for (List<PdfLine> page : pages) {
            List<PdfLine> kept = new ArrayList<>();
            for (int i = 0; i < page.size(); i++) {
                PdfLine line = page.get(i);
                boolean edge = i < EDGE || i >= page.size() - EDGE;
                boolean repeated = pages.size() >= 2 && edge && isRunningText(line.text())
                        && edgeCounts.getOrDefault(shape(line.text()), 0) >= repeatedOn;
                if (!isPageNumber(line.text(), i == 0 || i == page.size() - 1) && !repeated) {
                    kept.add(line);
                }
            }
            out.addAll(kept);
        }
        return joinStacked(out);
    }

    /**
     * Whether a line of a PDF page is a page number: dashed, worded or a fraction anywhere (a table cell of "0/0"
     * shares its line with other cells), a bare number only as a page's first or last.
     */
    static boolean isPageNumber(String text, boolean firstOrLast) {
        return PageNumbers.isPageNumber(text) || PageNumbers.isFraction(text)
                || firstOrLast && BARE_NUMBER.matcher(Whitespace.collapse(text)).matches();
    }

    /** On how many pages each line shape appears near the top or bottom (once per page). */
    private static Map<String, Integer> edgeCounts(List<List<PdfLine>> pages) {
        Map<String, Integer> counts = new HashMap<>();
        for (List<PdfLine> page : pages) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < page.size(); i++) {
                if ((i < EDGE || i >= page.size() - EDGE) && isRunningText(page.get(i).text())
                        && seen.add(shape(page.get(i).text()))) {
                    counts.merge(shape(page.get(i).text()), 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    /**
     * Whether a line could be a running header or footer: words, not a table row of values, which would share its
     * digit-masked shape ("# # # # # # #") with rows at the edges of other pages.
     */
    private static boolean isRunningText(String text) {
        return PdfRowText.kind(text) == PdfRowText.Kind.TEXT
                && text.codePoints().filter(Character::isLetter).limit(2).count() == 2;
    }

    /** A line with its digits masked, so "第 3 页 共 5 页" and "第 4 页 共 5 页" share a shape. */
    private static String shape(String text) {
        return Whitespace.collapse(text).replaceAll("\\d+", "#");
    }

    /** Joins runs of at least three lines of one character each (a label typeset vertically) into one line. */
    static List<PdfLine> joinStacked(List<PdfLine> lines) {
        List<PdfLine> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int j = i;
            while (j < lines.size() && isStackedChar(lines.get(j).text())) {
                j++;
            }
            if (j - i >= MIN_STACKED) {
                StringBuilder text = new StringBuilder();
                lines.subList(i, j).forEach(line -> text.append(Whitespace.trim(line.text())));
                out.add(new PdfLine(text.toString(), lines.get(i).number()));
                i = j;
            } else {
                out.add(lines.get(i));
                i++;
            }
        }
        return out;
    }

    private static boolean isStackedChar(String text) {
        String t = Whitespace.trim(text);
        return t.codePointCount(0, t.length()) == 1 && !Character.isDigit(t.codePointAt(0));
    }
}
