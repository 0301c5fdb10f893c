package io.github.xxgk.report.internal.input;

import io.github.xxgk.report.internal.block.Cell;
import io.github.xxgk.report.internal.text.ItemNumbers;
import io.github.xxgk.report.internal.text.Placeholders;
import io.github.xxgk.report.internal.text.Units;
import io.github.xxgk.report.internal.text.Whitespace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads one PDF text line as a table row, or not: a label followed by the row's values ("一、本年新收… 95 0 0 0 0
 * 0 95"), values alone (a row whose label sits elsewhere), or neither. The tests are deliberately strict on prose,
 * which also ends in numbers ("…公开政府常务会议 7"): a row's label has no sentence punctuation and no number of
 * its own.
 */
final class PdfRowText {

    private static final String UNITS = Units.alternation(Units.MONEY) + "|%";
    private static final Pattern NUMBER = Pattern.compile("[+\\-－]?\\d[\\d,，]*([.．]\\d+)?(" + UNITS + ")?");
    private static final Pattern UNIT = Pattern.compile(UNITS);
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000\\u00A0]+");
    private static final Pattern WIDE_GAP = Pattern.compile("\\t|[\\s\\u3000\\u00A0]{2,}");
    /** The widest label a lone trailing number may follow: longer lines ending in a number are prose. */
    private static final double MAX_SINGLE_VALUE_LABEL = 30;
    static final double MAX_LABEL = 60;
    /** A table line without values is at most this wide; wider lines are prose. */
    private static final double MAX_TABLE_TEXT = 40;

    /** What a line is. */
    enum Kind {
        /** A label followed by values. */
        DATA,
        /** Values only. */
        NUMBERS,
        /** Anything else. */
        TEXT
    }

    private PdfRowText() {
    }

    /**
     * The line's words, split at white space; a unit printed apart from its amount ("251000 元") is joined to it
     * again, as the cell held it.
     */
    static List<String> tokens(String text) {
        String trimmed = Whitespace.trim(text);
        if (trimmed.isEmpty()) {
            return List.of();
        }
        List<String> tokens = new ArrayList<>();
        for (String token : SPACES.split(trimmed)) {
            int last = tokens.size() - 1;
            if (UNIT.matcher(token).matches() && last >= 0 && isNumber(tokens.get(last) + token)
                    && isNumber(tokens.get(last))) {
                tokens.set(last, tokens.get(last) + token);
            } else {
                tokens.add(token);
            }
        }
        return tokens;
    }

    /** How many tokens at the end of the line are values (numbers or placeholders such as "—"). */
    static int trailingValues(List<String> tokens) {
        int k = 0;
        for (int i = tokens.size() - 1; i >= 0 && isValue(tokens.get(i)); i--) {
            k++;
        }
        return k;
    }

    static Kind kind(String text) {
        List<String> tokens = tokens(text);
        int values = trailingValues(tokens);
        if (values == 0 || tokens.subList(tokens.size() - values, tokens.size()).stream().noneMatch(PdfRowText::isNumber)) {
            return Kind.TEXT;
        }
        if (values == tokens.size()) {
            return Kind.NUMBERS;
        }
        List<String> label = tokens.subList(0, tokens.size() - values);
        return isLabel(label, values) ? Kind.DATA : Kind.TEXT;
    }

    private static boolean isLabel(List<String> label, int values) {
        String text = String.join(" ", label);
        if (CjkText.width(text) > MAX_LABEL || containsAny(text, "。；！？;!?") || !balanced(text)
                || label.stream().anyMatch(PdfRowText::isNumber)) {
            return false;
        }
        String unnumbered = ItemNumbers.strip(text);
        return values > 1 || CjkText.width(text) <= MAX_SINGLE_VALUE_LABEL
                && !containsAny(outsideBrackets(unnumbered), "，：,:、");
    }

    /**
     * The cells of a row line: the label split where a numbered part begins ("（四）无法提供 1.本机关不掌握…" gives two
     * cells; "4.无正当理由大量反复 申请" one, rejoined), then one cell per value.
     */
    static List<Cell> dataCells(String label, List<String> values) {
        List<Cell> cells = new ArrayList<>();
        List<String> part = new ArrayList<>();
        for (String token : tokens(label)) {
            if (!part.isEmpty() && ItemNumbers.startsWithNumber(token)) {
                cells.add(Cell.of(CjkText.join(part)));
                part.clear();
            }
            part.add(token);
        }
        if (!part.isEmpty()) {
            cells.add(Cell.of(CjkText.join(part)));
        }
        values.forEach(value -> cells.add(Cell.of(value)));
        return cells;
    }

    /**
     * The cells of a table line without values (a header or a group label): split at tabs or wide gaps if it has
     * them, else at single spaces when every piece is a word of two or more characters ("行政复议 行政诉讼"), else
     * one cell with the spaces removed between CJK characters ("总 计" → "总计").
     */
    static List<Cell> textCells(String text) {
        String trimmed = Whitespace.trim(text);
        List<String> pieces = WIDE_GAP.matcher(trimmed).find() ? Arrays.asList(WIDE_GAP.split(trimmed))
                : tokens(trimmed);
        boolean words = pieces.size() > 1 && pieces.stream().allMatch(p -> p.codePointCount(0, p.length()) >= 2);
        if (WIDE_GAP.matcher(trimmed).find() || words) {
            return pieces.stream().map(p -> Cell.of(Whitespace.trim(p))).toList();
        }
        return List.of(Cell.of(CjkText.join(pieces)));
    }

    static boolean isNumber(String token) {
        return NUMBER.matcher(token).matches();
    }

    private static boolean isValue(String token) {
        return isNumber(token) || Placeholders.isPlaceholder(token);
    }

    /** Whether opening and closing brackets balance: 0 when they do, positive when some are still open. */
    static int openBrackets(String text) {
        int open = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '（' || c == '(' || c == '《' || c == '〔' || c == '[' || c == '【') {
                open++;
            } else if (c == '）' || c == ')' || c == '》' || c == '〕' || c == ']' || c == '】') {
                open--;
            }
        }
        return open;
    }

    private static boolean balanced(String text) {
        return openBrackets(text) == 0;
    }

    private static String outsideBrackets(String text) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '（' || c == '(') {
                depth++;
            } else if (c == '）' || c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    static boolean containsAny(String text, String chars) {
        for (int i = 0; i < chars.length(); i++) {
            if (text.indexOf(chars.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether a line starts with a label's number ("（三）", "三、", "1.", "(1)"). */
    static boolean isLabelStart(String text) {
        return ItemNumbers.startsWithNumber(Whitespace.trim(text));
    }

    /** A line that may belong to a table: short, no full stop, not introducing something with a colon. */
    static boolean isTableText(String text) {
        String t = Whitespace.trim(text);
        return CjkText.width(t) <= MAX_TABLE_TEXT && !containsAny(t, "。！？") && !t.endsWith("：") && !t.endsWith(":");
    }
}
