package io.github.xxgk.report.internal.input;

import io.github.xxgk.report.internal.input.PdfRowText.Kind;
import io.github.xxgk.report.internal.text.ItemNumbers;
import io.github.xxgk.report.internal.text.Whitespace;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rejoins the labels a PDF wraps over several lines: a numbered label whose bracket is still open takes the next
 * lines until it closes, a bare number takes the short fragments of its label stacked below it, and a line of values
 * — alone, or beside the last part of a wrapped label — takes the numbered label just above it.
 */
final class PdfLabels {

    /** How many lines a wrapped label may take besides its first (a narrow label column wraps a long label 5 times). */
    static final int MAX_WRAPPED = 5;
    /**
     * How many lines a label may take above a line of values alone (on A5 paper a narrow label column wraps （六）'s
     * long labels 7 times, their values beside the middle but printed after the last).
     */
    private static final int MAX_WRAPPED_ABOVE_VALUES = 8;
    /** A group's label alone: its number and a few characters ("（三）不予公开"). */
    private static final Pattern GROUP_LABEL = Pattern.compile("[（(][一二三四五六七八九十][)）]\\s*\\S{1,4}");
    /** The widest line taken as a fragment of a label stacked under its number ("(三)", "不予", "公开"). */
    private static final double MAX_FRAGMENT = 3;

    private PdfLabels() {
    }

    /** The logical lines of a PDF's cleaned lines, wrapped labels joined. */
    static List<PdfLogicalLine> join(List<PdfLine> lines) {
        return attachLabels(closeBrackets(lines));
    }

    /**
     * Joins a label line (numbered, or bracketed like the template's "（本列数据的勾稽关系为：…）") whose bracket is still
     * open to the following lines until the bracket closes, and a bare number ("(三)") to the short fragments of its
     * label stacked below it.
     */
    private static List<PdfLogicalLine> closeBrackets(List<PdfLine> lines) {
        List<PdfLogicalLine> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            PdfLine line = lines.get(i);
            String text = line.text();
            int next = i + 1;
            if (isBareEnumerator(text)) {
                List<String> parts = new ArrayList<>(List.of(text));
                while (next < lines.size() && next - i <= MAX_WRAPPED && isFragment(lines.get(next).text())) {
                    parts.add(lines.get(next).text());
                    next++;
                }
                text = CjkText.join(parts);
            } else if ((PdfRowText.isLabelStart(text) || text.startsWith("（") || text.startsWith("("))
                    && PdfRowText.kind(text) == Kind.TEXT && PdfRowText.openBrackets(text) > 0
                    && PdfRowText.isTableText(text)) {
                List<String> parts = new ArrayList<>(List.of(text));
                while (next < lines.size() && next - i <= MAX_WRAPPED
                        && PdfRowText.openBrackets(String.join("", parts)) > 0
                        && isContinuation(lines.get(next).text())) {
                    parts.add(lines.get(next).text());
                    next++;
                }
                if (PdfRowText.openBrackets(String.join("", parts)) > 0) {
                    next = i + 1;
                    parts = List.of(text);
                }
                text = CjkText.join(parts);
            }
            out.add(PdfLogicalLine.of(text, lines.subList(i, next)));
            i = next;
        }
        return out;
    }

    /**
     * Gives a line of values the numbered label wrapped over the (up to six) text lines just above it: a line of
     * values alone, or a line whose label is the wrapped label's last part — a table exported with its values
     * centred or at the bottom of the cell prints them beside the label's last line ("2.其他法律行政" over
     * "法规禁止公开 0 0 0 0 0 0 0").
     */
    private static List<PdfLogicalLine> attachLabels(List<PdfLogicalLine> lines) {
        List<PdfLogicalLine> out = new ArrayList<>();
        for (PdfLogicalLine line : lines) {
            int start = switch (line.kind()) {
                case NUMBERS -> labelStart(out, MAX_WRAPPED_ABOVE_VALUES);
                case DATA -> wrappedLabelStart(out, line);
                case TEXT -> -1;
            };
            if (start < 0) {
                out.add(line);
                continue;
            }
            List<String> parts = new ArrayList<>();
            List<PdfLine> physical = new ArrayList<>();
            for (PdfLogicalLine label : out.subList(start, out.size())) {
                parts.add(label.text());
                physical.addAll(label.lines());
            }
            physical.addAll(line.lines());
            out.subList(start, out.size()).clear();
            String label = CjkText.join(parts);
            String text = line.kind() == Kind.NUMBERS ? label + " " + line.text()
                    : CjkText.join(List.of(label, line.text()));
            out.add(new PdfLogicalLine(text, Kind.DATA, physical.get(0).number(), physical));
        }
        return out;
    }

    /**
     * Where a wrapped label starts among the last lines if a row line's label is its last part, or -1: the row's
     * label must not be numbered itself and be no wider than the wrapped label's first line (a wrapped line is full,
     * its last part shorter), and that first line must not be a group's label alone ("（三）不予公开", whose items
     * follow unnumbered in some copies). An unnumbered first line ("行政规范性文" over "件 62 33 440") is taken only
     * for a label's last part of one character, which no row label is.
     */
    private static int wrappedLabelStart(List<PdfLogicalLine> before, PdfLogicalLine line) {
        List<String> tokens = PdfRowText.tokens(line.text());
        String label = CjkText.join(tokens.subList(0, tokens.size() - PdfRowText.trailingValues(tokens)));
        if (before.isEmpty() || PdfRowText.isLabelStart(label)) {
            return -1;
        }
        int start = labelStart(before, MAX_WRAPPED);
        if (start >= 0) {
            String first = before.get(start).text();
            boolean shorter = CjkText.width(label) <= CjkText.width(first);
            return shorter && !GROUP_LABEL.matcher(Whitespace.trim(first)).matches() ? start : -1;
        }
        PdfLogicalLine previous = before.get(before.size() - 1);
        boolean lastPart = label.codePointCount(0, label.length()) == 1 && CjkText.isWide(label.codePointAt(0));
        return lastPart && !previous.hasValues() && PdfRowText.isTableText(previous.text())
                && PdfRowText.textCells(previous.text()).size() == 1
                && !ItemNumbers.startsWithSectionNumber(previous.text()) ? before.size() - 1 : -1;
    }

    /**
     * Where the label of a values-only line starts among the last lines, or -1 if they hold no label: the nearest
     * numbered line, if every line after it is a label fragment (not a header of several cells such as
     * "行政复议 行政诉讼") and all together are no wider than a label.
     */
    private static int labelStart(List<PdfLogicalLine> before, int maxWrapped) {
        double width = 0;
        for (int k = before.size() - 1; k >= 0 && k >= before.size() - 1 - maxWrapped; k--) {
            PdfLogicalLine candidate = before.get(k);
            boolean last = k == before.size() - 1;
            width += CjkText.width(candidate.text());
            if (candidate.hasValues() || !PdfRowText.isTableText(candidate.text()) || width > PdfRowText.MAX_LABEL
                    || !last && PdfRowText.isLabelStart(before.get(k + 1).text())) {
                return -1;
            }
            if (PdfRowText.isLabelStart(candidate.text())) {
                return k;
            }
            if (PdfRowText.textCells(candidate.text()).size() > 1) {
                return -1;
            }
        }
        return -1;
    }

    /** A line that is only a number such as "(三)" or "1.", its label printed on the lines below. */
    private static boolean isBareEnumerator(String text) {
        return ItemNumbers.isNumberOnly(Whitespace.trim(text));
    }

    private static boolean isFragment(String text) {
        return CjkText.width(Whitespace.trim(text)) <= MAX_FRAGMENT && !PdfRowText.isLabelStart(text)
                && PdfRowText.kind(text) == Kind.TEXT;
    }

    private static boolean isContinuation(String text) {
        return !PdfRowText.isLabelStart(text) && PdfRowText.isTableText(text);
    }
}
