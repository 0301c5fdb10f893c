package io.github.xxgk.report.internal.recognize;

import io.github.xxgk.report.internal.text.Units;
import io.github.xxgk.report.internal.text.Whitespace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pre-2019 statistics table whose cell boundaries were lost, as crawled copies print it: the header run together
 * (“指标名称计量单位2018年度历年累计”), then each row as its label, its unit and the digits of all its values with
 * nothing between them (“主动公开文件数条206912106”), the next row's item number stuck to those digits
 * (“…2069121062.政府公报公开数条00”).
 *
 * @param columns the value columns' headers, e.g. 2018年度 and 历年累计
 * @param hasUnits whether the header has a 计量单位 column, so that every label ends in a unit
 * @param rows the rows in order
 * @param line the source line of the header
 * @param end where the table ends in its source text: just after its last row
 */
record LegacyFlatTable(List<String> columns, boolean hasUnits, List<Row> rows, int line, int end) {

    /**
     * One row as read.
     *
     * @param label the indicator as printed, item number and 其中 included
     * @param unit the unit, if the table has a unit column
     * @param digits the value text: every value's digits run together, or space-separated values
     * @param child whether the row is an item under the row before its group (“其中：1、…”, “2、…”, “（3）…”)
     * @param numberingUnclear whether the next row's item number could not be told from this row's digits
     * @param line the source line
     */
    record Row(String label, Optional<String> unit, String digits, boolean child, boolean numberingUnclear,
            int line) {
    }

    /**
     * Paragraphs joined by line breaks, from the one where a table's header is, and the line each character came
     * from.
     */
    record Source(String text, int[] lineAt) {
    }

    private static final Pattern HEADER = Pattern.compile("指标名称((?:计量)?单位)?");
    private static final Pattern COLUMN = Pattern.compile("\\d{4}年度?|本年度|本年|上年度|上年|历年累计|累计");
    private static final Pattern ITEM = Pattern.compile(
            "(其中[：:]?)?(?:(\\d{1,2})[、.．](?=[^\\d\\s])|[（(](\\d{1,2})[)）])?");
    private static final Pattern VALUES = Pattern.compile("\\d+(?:[ .,]\\d+)*");

    /** Where the header of a run-together statistics table starts in the text, or -1. */
    static int headerAt(String text) {
        Matcher m = HEADER.matcher(text);
        while (m.find()) {
            Matcher column = COLUMN.matcher(text).region(m.end(), text.length());
            if (column.lookingAt()) {
                return m.start();
            }
        }
        return -1;
    }

    /** Reads the table whose header starts at {@code start}, up to the first text that is not a row. */
    static LegacyFlatTable read(Source source, int start) {
        String text = source.text();
        Matcher header = HEADER.matcher(text).region(start, text.length());
        header.lookingAt();
        boolean hasUnits = header.group(1) != null;
        List<String> columns = new ArrayList<>();
        int at = header.end();
        Matcher column = COLUMN.matcher(text);
        while (column.region(at, text.length()).lookingAt()) {
            columns.add(column.group());
            at = column.end();
        }
        List<Row> rows = new ArrayList<>();
        int end = at;
        while (true) {
            while (at < text.length() && Whitespace.isSpace(text.charAt(at))) {
                at++;
            }
            Matcher item = ITEM.matcher(text).region(at, text.length());
            item.lookingAt();
            int labelEnd = item.end();
            while (labelEnd < text.length() && !Character.isDigit(text.charAt(labelEnd))) {
                labelEnd++;
            }
            Matcher values = VALUES.matcher(text).region(labelEnd, text.length());
            if (labelEnd >= text.length() || !values.lookingAt()) {
                break;
            }
            String printed = text.substring(at, labelEnd).strip();
            Optional<String> unit = hasUnits ? unitOf(printed) : Optional.empty();
            if (!Text.hasHan(printed) || hasUnits && unit.isEmpty() || printed.contains("\n")
                    || printed.contains("。") || !hasUnits && countedInProse(text, values.end())) {
                break;
            }
            String label = Text.cleanProse(unit.map(u -> printed.substring(0, printed.length() - u.length()))
                    .orElse(printed));
            String numeral = item.group(2) != null ? item.group(2) : item.group(3);
            int number = numeral != null ? Integer.parseInt(numeral) : 0;
            boolean child = item.group(1) != null || numeral != null;
            String digits = values.group();
            int next = values.end();
            boolean unclear = false;
            if (startsItem(text, next)) {
                String expected = String.valueOf(number + 1);
                int cut = digits.endsWith(expected) && digits.length() > expected.length() ? expected.length() : 1;
                unclear = cut == 1 && !digits.endsWith(expected);
                digits = digits.substring(0, digits.length() - cut);
                next -= cut;
            }
            rows.add(new Row(label, unit, digits.strip(), child, unclear, source.lineAt()[at]));
            at = next;
            end = next;
        }
        return new LegacyFlatTable(columns, hasUnits, rows, source.lineAt()[start], end);
    }

    /** Whether an item number's mark (“、” or “.” then no digit) stands at {@code at}, after some digits. */
    private static boolean startsItem(String text, int at) {
        return at + 1 < text.length() && "、.．".indexOf(text.charAt(at)) >= 0
                && !Character.isDigit(text.charAt(at + 1)) && !Whitespace.isSpace(text.charAt(at + 1));
    }

    /**
     * Whether a unit follows the digits (“附件2份”, “2013年”): prose after a table without a unit column, whose
     * labels would otherwise run on into it.
     */
    private static boolean countedInProse(String text, int at) {
        String rest = text.substring(at);
        return Units.ALL.stream().anyMatch(rest::startsWith) || !rest.isEmpty() && "年月日%％".indexOf(rest.charAt(0)) >= 0;
    }

    private static Optional<String> unitOf(String label) {
        for (String unit : Units.ALL) {
            if (label.endsWith(unit) && label.length() > unit.length()) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }
}
