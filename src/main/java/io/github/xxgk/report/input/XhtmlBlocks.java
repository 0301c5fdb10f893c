package io.github.xxgk.report.input;

import io.github.xxgk.report.block.Block;
import io.github.xxgk.report.block.Cell;
import io.github.xxgk.report.block.Paragraph;
import io.github.xxgk.report.block.Row;
import io.github.xxgk.report.block.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns the XHTML that Tika writes for a document into blocks: {@code <p>} and {@code <li>} become paragraphs,
 * {@code <h1>}–{@code <h6>} headings, {@code <table>} tables. Tika writes one {@code <td>} per physical cell and no
 * spans, so every cell is an origin; a vertically merged cell's continuations arrive as empty cells. Line numbers
 * are the ordinal of the paragraph or table row in the body.
 */
final class XhtmlBlocks {

    private static final Set<String> SKIPPED = Set.of("head", "script", "style", "img", "object");

    private final List<Block> blocks = new ArrayList<>();
    private int ordinal;

    private XhtmlBlocks() {
    }

    /** Parses the XHTML. */
    static Document parse(String xhtml) {
        return Jsoup.parse(xhtml);
    }

    /** The blocks of a body (or any element), in document order. */
    static List<Block> blocks(Element body) {
        XhtmlBlocks converter = new XhtmlBlocks();
        converter.walk(body);
        return converter.blocks;
    }

    private void walk(Element element) {
        StringBuilder loose = new StringBuilder();
        for (Node node : element.childNodes()) {
            if (node instanceof TextNode text) {
                loose.append(text.getWholeText());
                continue;
            }
            if (!(node instanceof Element child)) {
                continue;
            }
            String tag = child.normalName();
            if (tag.equals("br")) {
                loose.append('\n');
                continue;
            }
            if (isInline(child)) {
                loose.append(child.wholeText());
                continue;
            }
            flushLoose(loose);
            if (SKIPPED.contains(tag)) {
                continue;
            }
            if (tag.equals("table")) {
                table(child);
            } else if (tag.equals("p") || tag.equals("li") || isHeading(tag)) {
                ordinal++;
                String text = Whitespace.collapse(child.text());
                if (!text.isEmpty()) {
                    blocks.add(new Paragraph(text, ordinal, isHeading(tag) ? tag.charAt(1) - '0' : 0));
                }
            } else {
                walk(child);
            }
        }
        flushLoose(loose);
    }

    private void flushLoose(StringBuilder loose) {
        String text = Whitespace.collapse(loose.toString());
        loose.setLength(0);
        if (!text.isEmpty()) {
            ordinal++;
            blocks.add(new Paragraph(text, ordinal));
        }
    }

    private void table(Element table) {
        List<Row> rows = new ArrayList<>();
        for (Element tr : rows(table)) {
            ordinal++;
            List<Cell> cells = new ArrayList<>();
            for (Element td : tr.children()) {
                if (td.normalName().equals("td") || td.normalName().equals("th")) {
                    cells.add(Cell.of(cellText(td)));
                }
            }
            rows.add(new Row(cells, ordinal));
        }
        if (!rows.isEmpty()) {
            blocks.add(new Table(rows, rows.get(0).line()));
        }
    }

    private static List<Element> rows(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            switch (child.normalName()) {
                case "tr" -> rows.add(child);
                case "thead", "tbody", "tfoot" -> child.children().stream()
                        .filter(e -> e.normalName().equals("tr")).forEach(rows::add);
                default -> {
                }
            }
        }
        return rows;
    }

    /** A cell's paragraphs (or its text, if it has none) joined as printed: no space between CJK characters. */
    private static String cellText(Element td) {
        List<String> pieces = new ArrayList<>();
        for (Element block : td.select("p, li, h1, h2, h3, h4, h5, h6")) {
            pieces.add(Whitespace.collapse(block.text()));
        }
        return pieces.isEmpty() ? Whitespace.collapse(td.text()) : CjkText.join(pieces);
    }

    private static boolean isHeading(String tag) {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }

    private static boolean isInline(Element element) {
        return !element.isBlock() && element.select("p, table, div, li, h1, h2, h3, h4, h5, h6").isEmpty();
    }
}
