package io.github.xxgk.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The seed's three tables written as HTML with the 2021 template's real merged cells. The seed's tab-separated rows
 * give every label and number; where the seed collapsed a merge (an empty cell, or a label in the wrong column) the
 * template's span is put back: caption rows and single-value blocks of table 二 span the table, table 三's header
 * takes three rows, 三、本年度办理结果 spans its 22 rows and each of （三）–（六） its items, table 四's header takes
 * three levels. {@link ModelTables} builds the same rows from a parsed model, with the template's own labels (2021
 * or 2019) and an empty number for each absent cell, which prints blank.
 */
final class SeedTables {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern TOP_ROW = Pattern.compile("[一二三四]、.*");
    private static final Pattern GROUP = Pattern.compile("[(（](\\S)[)）].*");
    private static final String TABLE = "<table border=\"1\" cellspacing=\"0\" cellpadding=\"0\" width=\"100%\""
            + " style=\"border-collapse:collapse;font-size:12px\">";

    private SeedTables() {
    }

    /** One row of the seed: its labels (non-numeric, non-empty cells) and its numbers, in order. */
    record SeedRow(List<String> labels, List<String> numbers) {

        static SeedRow of(String line) {
            List<String> labels = new ArrayList<>();
            List<String> numbers = new ArrayList<>();
            for (String cell : line.split("\t", -1)) {
                String text = cell.strip();
                if (NUMBER.matcher(text).matches()) {
                    numbers.add(text);
                } else if (!text.isEmpty()) {
                    labels.add(text);
                }
            }
            return new SeedRow(List.copyOf(labels), List.copyOf(numbers));
        }
    }

    /**
     * Table 二: a caption row spanning the four columns, then header and value rows; one value spans three (2021
     * template), and of two values the second spans two (the 2019 template's 第二十条第（八）项 and （九）项).
     */
    static String proactive(List<SeedRow> rows) {
        StringBuilder html = new StringBuilder(TABLE).append("<tbody>\n");
        for (SeedRow row : rows) {
            List<String> cells = new ArrayList<>(row.labels());
            cells.addAll(row.numbers());
            html.append("<tr>");
            switch (cells.size()) {
                case 1 -> td(html, cells.get(0), 1, 4);
                case 2 -> {
                    td(html, cells.get(0), 1, 1);
                    td(html, cells.get(1), 1, 3);
                }
                case 3 -> {
                    td(html, cells.get(0), 1, 1);
                    td(html, cells.get(1), 1, 1);
                    td(html, cells.get(2), 1, 2);
                }
                case 4 -> cells.forEach(cell -> td(html, cell, 1, 1));
                default -> throw new IllegalArgumentException("table 二 row of " + cells.size() + " cells: " + cells);
            }
            html.append("</tr>\n");
        }
        return html.append("</tbody></table>\n").toString();
    }

    /** Table 三: three header rows, then one row per outcome with the template's row and column spans. */
    static String requests(List<SeedRow> rows) {
        StringBuilder html = new StringBuilder(TABLE).append("<tbody>\n");
        List<String> top = rows.get(0).labels();
        List<String> middle = rows.get(1).labels();
        html.append("<tr>");
        td(html, top.get(0), 3, 3);
        td(html, top.get(1), 1, 7);
        html.append("</tr>\n<tr>");
        td(html, middle.get(0), 2, 1);
        td(html, middle.get(1), 1, 5);
        td(html, top.get(2), 2, 1);
        html.append("</tr>\n<tr>");
        rows.get(2).labels().forEach(label -> td(html, label, 1, 1));
        html.append("</tr>\n");
        List<SeedRow> body = rows.subList(3, rows.size());
        for (int i = 0; i < body.size(); i++) {
            SeedRow row = body.get(i);
            List<String> labels = row.labels();
            html.append("<tr>");
            if (labels.size() == 2 && labels.get(0).startsWith("三、")) {
                td(html, labels.get(0), resultsRows(body, i), 1);
                td(html, labels.get(1), 1, 2);
            } else if (labels.size() == 2) {
                td(html, labels.get(0), groupRows(body, i), 1);
                td(html, labels.get(1), 1, 1);
            } else if (TOP_ROW.matcher(labels.get(0)).matches()) {
                td(html, labels.get(0), 1, 3);
            } else if (GROUP.matcher(labels.get(0)).matches()) {
                td(html, labels.get(0), 1, 2);
            } else {
                td(html, labels.get(0), 1, 1);
            }
            row.numbers().forEach(number -> td(html, number, 1, 1));
            html.append("</tr>\n");
        }
        return html.append("</tbody></table>\n").toString();
    }

    /** 三、本年度办理结果 covers its own row through （七）总计. */
    private static int resultsRows(List<SeedRow> body, int start) {
        for (int i = start; i < body.size(); i++) {
            if (body.get(i).labels().get(0).matches("[(（]七[)）].*")) {
                return i - start + 1;
            }
        }
        throw new IllegalArgumentException("no (七) 总计 row");
    }

    /** A group label covers its items: the rows up to the next group or top-level row. */
    private static int groupRows(List<SeedRow> body, int start) {
        int i = start + 1;
        while (i < body.size() && body.get(i).labels().size() == 1
                && !GROUP.matcher(body.get(i).labels().get(0)).matches()
                && !TOP_ROW.matcher(body.get(i).labels().get(0)).matches()) {
            i++;
        }
        return i - start;
    }

    /** Table 四: 行政复议 and 行政诉讼, the two kinds of suit, the five outcomes of each, one row of 15 values. */
    static String appeals(List<SeedRow> rows) {
        StringBuilder html = new StringBuilder(TABLE).append("<tbody>\n<tr>");
        List<String> kinds = rows.get(0).labels();
        td(html, kinds.get(0), 1, 5);
        td(html, kinds.get(1), 1, 10);
        html.append("</tr>\n<tr>");
        List<String> second = rows.get(1).labels();
        second.subList(0, 5).forEach(outcome -> td(html, outcome, 2, 1));
        second.subList(5, 7).forEach(suit -> td(html, suit, 1, 5));
        html.append("</tr>\n<tr>");
        rows.get(2).labels().forEach(outcome -> td(html, outcome, 1, 1));
        html.append("</tr>\n<tr>");
        rows.get(3).numbers().forEach(number -> td(html, number, 1, 1));
        return html.append("</tr>\n</tbody></table>\n").toString();
    }

    /** A table without merges: each row's cells as they are given, an empty one blank. */
    static String plain(List<List<String>> rows) {
        StringBuilder html = new StringBuilder(TABLE).append("<tbody>\n");
        for (List<String> row : rows) {
            html.append("<tr>");
            row.forEach(cell -> td(html, cell, 1, 1));
            html.append("</tr>\n");
        }
        return html.append("</tbody></table>\n").toString();
    }

    /**
     * A cell as Word exports it: a centred paragraph; a label wrapped at a space (结果 维持) gets a line break, an
     * empty cell a no-break space.
     */
    static void td(StringBuilder html, String text, int rowspan, int colspan) {
        html.append("<td");
        if (rowspan > 1) {
            html.append(" rowspan=\"").append(rowspan).append('"');
        }
        if (colspan > 1) {
            html.append(" colspan=\"").append(colspan).append('"');
        }
        String shown = text.isEmpty() ? "&nbsp;" : text.matches("\\S{2} \\S{2}")
                ? String.join("<br>", Arrays.stream(text.split(" ")).map(SeedPage::escape).toList())
                : SeedPage.escape(text);
        html.append("><p style=\"text-align:center\">").append(shown).append("</p></td>");
    }
}
