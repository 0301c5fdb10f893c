package io.github.xxgk.report.cli.summary;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * The page's building blocks, made with jsoup's element API: every text and attribute goes through jsoup, which
 * escapes it, so a file or agency name holding {@code <} or {@code &} stays text.
 */
final class Html {

    /** A column of a table: its Chinese and English heading, and whether it holds numbers. */
    record Column(String zh, String en, boolean numeric) {

        static Column text(String zh, String en) {
            return new Column(zh, en, false);
        }

        static Column number(String zh, String en) {
            return new Column(zh, en, true);
        }
    }

    private Html() {
    }

    /** A section of the page with its heading, in both languages. */
    static Element section(Element body, String id, String zh, String en) {
        Element section = body.appendElement("section").id(id);
        heading(section, "h2", zh, en);
        return section;
    }

    /** A heading in both languages: the Chinese, then the English in a lighter span. */
    static Element heading(Element parent, String tag, String zh, String en) {
        Element heading = parent.appendElement(tag);
        bilingual(heading, zh, en);
        return heading;
    }

    /** Chinese text followed by its English in a span of class {@code en}. */
    static void bilingual(Element parent, String zh, String en) {
        parent.appendText(zh + " ");
        parent.appendElement("span").addClass("en").text(en);
    }

    /** A paragraph of explanation. */
    static Element note(Element parent, String zh, String en) {
        Element note = parent.appendElement("p").addClass("note");
        bilingual(note, zh, en);
        return note;
    }

    /** A part of the page shown when its summary line is clicked, for long tables. */
    static Element details(Element parent, String zh, String en) {
        Element details = parent.appendElement("details");
        bilingual(details.appendElement("summary"), zh, en);
        return details;
    }

    /** A row of headline numbers. */
    static Element figures(Element parent) {
        return parent.appendElement("div").addClass("figures");
    }

    /** One headline number with its label; {@code data-key} names it for scripts and tests. */
    static void figure(Element figures, String key, long value, String zh, String en) {
        Element figure = figures.appendElement("div").addClass("figure").attr("data-key", key);
        figure.appendElement("span").addClass("n").text(count(value));
        bilingual(figure.appendElement("span").addClass("label"), zh, en);
    }

    /** A table with these columns; sortable ones get a click-to-sort header. Its body is {@link #body(Element)}. */
    static Element table(Element parent, String id, boolean sortable, List<Column> columns) {
        Element wrap = parent.appendElement("div").addClass("table-wrap");
        Element table = wrap.appendElement("table").id(id);
        if (sortable) {
            table.addClass("sortable");
        }
        Element header = table.appendElement("thead").appendElement("tr");
        for (Column column : columns) {
            Element th = header.appendElement("th");
            if (column.numeric()) {
                th.addClass("n");
            }
            bilingual(th, column.zh(), column.en());
        }
        table.appendElement("tbody");
        return table;
    }

    /** The body of a table made by {@link #table}. */
    static Element body(Element table) {
        return table.selectFirst("tbody");
    }

    /** A new row in a table's body, named by {@code data-key} if the key is not empty. */
    static Element row(Element table, String key) {
        Element row = body(table).appendElement("tr");
        if (!key.isEmpty()) {
            row.attr("data-key", key);
        }
        return row;
    }

    /** A cell of text. */
    static Element text(Element row, String text) {
        return row.appendElement("td").text(text);
    }

    /** A cell of text in a code font. */
    static Element code(Element row, String text) {
        Element cell = row.appendElement("td");
        cell.appendElement("code").text(text);
        return cell;
    }

    /** A cell holding a count, right-aligned, its value in {@code data-value} for sorting. */
    static Element number(Element row, long value) {
        return row.appendElement("td").addClass("n").attr("data-value", Long.toString(value)).text(count(value));
    }

    /** A cell holding a year, or a dash for none; sorted as a number. */
    static Element year(Element row, String year) {
        Element cell = row.appendElement("td").addClass("n").text(year);
        if (year.chars().allMatch(Character::isDigit) && !year.isEmpty()) {
            cell.attr("data-value", year);
        }
        return cell;
    }

    /** A cell holding a number that may have decimals, or empty ({@code NaN}). */
    static Element decimal(Element row, double value) {
        Element cell = row.appendElement("td").addClass("n");
        if (!Double.isNaN(value)) {
            cell.attr("data-value", plain(value)).text(decimal(value));
        }
        return cell;
    }

    /** A cell holding a share of a whole, as a percentage with one decimal. */
    static Element percent(Element row, long part, long whole) {
        Element cell = row.appendElement("td").addClass("n");
        if (whole > 0) {
            double share = 100.0 * part / whole;
            cell.attr("data-value", plain(share)).text(String.format(Locale.ROOT, "%.1f%%", share));
        }
        return cell;
    }

    /** A cell linking to a place on the page. */
    static Element link(Element row, String anchor, String text) {
        Element cell = row.appendElement("td");
        cell.appendElement("a").attr("href", "#" + anchor).text(text);
        return cell;
    }

    /** A count with thousands separators. */
    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** A number as it reads best: whole numbers without decimals, others with at most two. */
    static String decimal(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return count((long) value);
        }
        return String.format(Locale.ROOT, "%,.2f", value);
    }

    /** A number for a machine: no separators, no needless decimals. */
    static String plain(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
