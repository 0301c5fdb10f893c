package io.github.xxgk.report.internal.input;

import io.github.xxgk.report.internal.block.Cell;
import io.github.xxgk.report.internal.block.Row;
import io.github.xxgk.report.internal.block.Table;
import io.github.xxgk.report.internal.text.Whitespace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Lays an HTML {@code <table>} out as a grid: row and column spans expanded so that every position a merged cell
 * covers holds a copy of its text ({@link Cell#origin()} false), as a browser would draw it.
 *
 * <p>Spans are bounded so that a hostile page cannot make the grid explode: a row span reaches at most the last row
 * ({@code rowspan="0"} means exactly that), a column span at most {@value #MAX_COLSPAN} columns, a row at most
 * {@value #MAX_COLUMNS} columns, and once a page's spans have covered {@value #MAX_SPAN_POSITIONS} positions,
 * further spans are ignored. Where a span overlaps a cell placed before it, the earlier cell keeps the position.
 * A position no cell covers, left of a row's last cell, is an empty cell.
 *
 * <p>A table inside a cell is not part of the cell's text; it is returned for the caller to read as a table of its
 * own. A table whose cells hold such nested tables next to running text (a page laid out with a table) is not a
 * data table: {@link #read} then returns empty, and the caller reads its cells as ordinary content.
 */
final class HtmlGrid {

    static final int MAX_COLSPAN = 100;
    static final int MAX_COLUMNS = 1000;
    static final int MAX_SPAN_POSITIONS = 1_000_000;

    /** The text, beside a nested table in the same cell, from which on the table is page layout. */
    private static final int LAYOUT_TEXT = 20;

    /** The positions spans may still cover on one page; shared by all its tables. */
    static final class Budget {
        private int remaining = MAX_SPAN_POSITIONS;
    }

    /**
     * A table read as a grid.
     *
     * @param table the grid
     * @param caption the text of its {@code <caption>}, empty if none
     * @param nested the tables found inside its cells, in document order
     * @param weight the weight ({@link HtmlText#weight}) of its cells' text outside links
     * @param linkWeight the weight of its cells' text inside links
     */
    record Grid(Table table, String caption, List<Element> nested, int weight, int linkWeight) {
    }

    private record SourceCell(Element element, String text) {
    }

    private record SourceRow(Element element, List<SourceCell> cells) {
    }

    private HtmlGrid() {
    }

    /**
     * Reads a table, or returns empty if it is page layout.
     *
     * @param separateNested whether nested tables are returned apart; if false their text joins the cell's
     */
    static Optional<Grid> read(Element table, Budget budget, HtmlLines lines, boolean separateNested) {
        if (table.attr("role").equalsIgnoreCase("presentation")) {
            return Optional.empty();
        }
        List<Element> nested = new ArrayList<>();
        List<SourceRow> rows = new ArrayList<>();
        String caption = "";
        int weight = 0;
        int linkWeight = 0;
        for (Element child : table.children()) {
            String tag = child.normalName();
            if (tag.equals("caption")) {
                caption = collect(child, table, lines, separateNested, nested).text();
            } else if (tag.equals("tr")) {
                rows.add(new SourceRow(child, new ArrayList<>()));
            } else if (tag.equals("thead") || tag.equals("tbody") || tag.equals("tfoot")) {
                for (Element tr : child.children()) {
                    if (tr.normalName().equals("tr")) {
                        rows.add(new SourceRow(tr, new ArrayList<>()));
                    }
                }
            }
        }
        for (SourceRow row : rows) {
            for (Element cell : row.element().children()) {
                if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
                    continue;
                }
                int nestedBefore = nested.size();
                HtmlText text = collect(cell, table, lines, separateNested, nested);
                String normalized = text.text();
                if (nested.size() > nestedBefore && visibleLength(normalized) >= LAYOUT_TEXT) {
                    return Optional.empty();
                }
                weight += text.weight();
                linkWeight += text.linkWeight();
                row.cells().add(new SourceCell(cell, normalized));
            }
        }
        return Optional.of(new Grid(new Table(layout(rows, budget, lines), lines.line(table)), caption, nested, weight,
                linkWeight));
    }

    private static List<Row> layout(List<SourceRow> rows, Budget budget, HtmlLines lines) {
        List<List<Cell>> grid = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            grid.add(new ArrayList<>());
        }
        for (int r = 0; r < rows.size(); r++) {
            List<Cell> positions = grid.get(r);
            int col = 0;
            for (SourceCell cell : rows.get(r).cells()) {
                while (col < positions.size() && positions.get(col) != null) {
                    col++;
                }
                if (col >= MAX_COLUMNS) {
                    break;
                }
                int rowspan = span(cell.element().attr("rowspan"), rows.size() - r, rows.size() - r);
                int colspan = span(cell.element().attr("colspan"), 1, Math.min(MAX_COLSPAN, MAX_COLUMNS - col));
                long area = (long) rowspan * colspan;
                if (area > 1 && area > budget.remaining) {
                    rowspan = 1;
                    colspan = 1;
                }
                budget.remaining -= rowspan * colspan;
                for (int dr = 0; dr < rowspan; dr++) {
                    for (int dc = 0; dc < colspan; dc++) {
                        place(grid.get(r + dr), col + dc, new Cell(cell.text(), dr == 0 && dc == 0));
                    }
                }
                col += colspan;
            }
        }
        List<Row> result = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            List<Cell> positions = grid.get(r);
            if (positions.isEmpty()) {
                continue;
            }
            positions.replaceAll(c -> c == null ? Cell.of("") : c);
            result.add(new Row(positions, lines.line(rows.get(r).element())));
        }
        return result;
    }

    private static void place(List<Cell> positions, int col, Cell cell) {
        while (positions.size() <= col) {
            positions.add(null);
        }
        if (positions.get(col) == null) {
            positions.set(col, cell);
        }
    }

    /**
     * A span attribute's value: its leading digits, 1 if it has none; {@code zero} for 0 (HTML's "to the end" for
     * rows); at most {@code max}.
     */
    private static int span(String attribute, int zero, int max) {
        String value = attribute.strip();
        int digits = 0;
        while (digits < value.length() && digits < 6 && Character.isDigit(value.charAt(digits))) {
            digits++;
        }
        if (digits == 0) {
            return 1;
        }
        int span = Integer.parseInt(value.substring(0, digits));
        if (span == 0) {
            span = zero;
        }
        return Math.max(1, Math.min(span, max));
    }

    private static int visibleLength(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!Whitespace.isSpace(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** Collects a cell's text: paragraphs and {@code <br>} as line breaks, nested tables set aside or joined. */
    private static HtmlText collect(Element cell, Element table, HtmlLines lines, boolean separateNested,
            List<Element> nested) {
        CellText visitor = new CellText(table, lines, separateNested, nested);
        NodeTraversor.filter(visitor, cell);
        return visitor.text;
    }

    private static final class CellText implements NodeFilter {
        private final HtmlText text;
        private final Element table;
        private final boolean separateNested;
        private final List<Element> nested;
        private int linkDepth;

        CellText(Element table, HtmlLines lines, boolean separateNested, List<Element> nested) {
            this.text = new HtmlText(lines);
            this.table = table;
            this.separateNested = separateNested;
            this.nested = nested;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                text.append(textNode, linkDepth > 0);
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element element)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            String tag = element.normalName();
            if (HtmlTags.isDropped(tag)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (separateNested && tag.equals("table") && element != table) {
                nested.add(element);
                text.lineBreak();
                return FilterResult.SKIP_ENTIRELY;
            }
            if (tag.equals("a")) {
                linkDepth++;
            } else if (tag.equals("br") || HtmlTags.isBlock(tag)) {
                text.lineBreak();
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("a")) {
                    linkDepth--;
                } else if (HtmlTags.isBlock(tag)) {
                    text.lineBreak();
                }
            }
            return FilterResult.CONTINUE;
        }
    }
}
