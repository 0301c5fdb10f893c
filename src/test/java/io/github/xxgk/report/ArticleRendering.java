package io.github.xxgk.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Writes an HTML article as Markdown or as plain text.
 *
 * <p>Markdown the way a careful copy would: {@code <h1>}–{@code <h6>} as {@code #} headings (ranked among the
 * heading levels the article uses), other blocks as paragraphs, {@code <strong>}/{@code <b>} as {@code **bold**},
 * and each table as a pipe table of its grid. Pipe tables cannot merge cells: a {@code rowspan} cell's text is
 * repeated in every row it covers, the columns a {@code colspan} cell covers after its first are left empty. The
 * grid is computed here, independently of the reader under test.
 *
 * <p>Plain text the way a browser copies the page: one line per block, blank lines between, and each table row as
 * its own cells separated by tabs — a merged cell once, in the first row it covers, with no placeholder for the
 * rows and columns it spans.
 */
final class ArticleRendering {

    private static final Set<String> BLOCKS = Set.of("p", "div", "table", "h1", "h2", "h3", "h4", "h5", "h6", "ul",
            "ol", "li", "section", "article", "center", "blockquote", "tbody", "thead", "tr", "td", "th", "pre");
    private static final int MAX_SPAN = 1000;

    private final List<String> out = new ArrayList<>();
    private final List<Integer> headingLevels;
    private final boolean markdown;

    private ArticleRendering(Element root, boolean markdown) {
        this.markdown = markdown;
        Set<Integer> levels = new TreeSet<>();
        for (Element heading : root.select("h1, h2, h3, h4, h5, h6")) {
            levels.add(heading.tagName().charAt(1) - '0');
        }
        headingLevels = List.copyOf(levels);
    }

    /** The Markdown of everything inside {@code root}, blocks separated by blank lines, ending with a newline. */
    static String markdown(Element root) {
        return render(root, true);
    }

    /** The plain text of everything inside {@code root}, blocks separated by blank lines, ending with a newline. */
    static String text(Element root) {
        return render(root, false);
    }

    private static String render(Element root, boolean markdown) {
        ArticleRendering rendering = new ArticleRendering(root, markdown);
        rendering.blocks(root);
        return String.join("\n\n", rendering.out) + "\n";
    }

    private void blocks(Element element) {
        StringBuilder inline = new StringBuilder();
        for (Node child : element.childNodes()) {
            if (child instanceof Element e && BLOCKS.contains(e.tagName())) {
                paragraph(inline);
                block(e);
            } else {
                inline(child, inline, markdown);
            }
        }
        paragraph(inline);
    }

    private void block(Element e) {
        String tag = e.tagName();
        if (tag.equals("table")) {
            if (markdown) {
                pipeTable(e);
            } else {
                tabRows(e);
            }
        } else if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
            String text = clean(inlineText(e, markdown));
            if (!text.isEmpty()) {
                int rank = headingLevels.indexOf(tag.charAt(1) - '0') + 1;
                out.add(markdown ? "#".repeat(rank) + " " + text : text);
            }
        } else {
            blocks(e);
        }
    }

    private void paragraph(StringBuilder inline) {
        for (String line : inline.toString().split("\n")) {
            String text = clean(line);
            if (!text.isEmpty() && !text.equals("****")) {
                out.add(text);
            }
        }
        inline.setLength(0);
    }

    private static String inlineText(Element e, boolean markdown) {
        StringBuilder text = new StringBuilder();
        for (Node child : e.childNodes()) {
            inline(child, text, markdown);
        }
        return text.toString();
    }

    private static void inline(Node node, StringBuilder text, boolean markdown) {
        if (node instanceof TextNode t) {
            text.append(t.getWholeText().replace('\n', ' '));
        } else if (node instanceof Element e) {
            switch (e.tagName()) {
                case "br" -> text.append('\n');
                case "script", "style" -> { }
                case "strong", "b" -> {
                    String inner = inlineText(e, markdown);
                    if (!markdown || clean(inner).isEmpty()) {
                        text.append(inner);
                    } else {
                        text.append("**").append(clean(inner)).append("**");
                    }
                }
                default -> {
                    for (Node child : e.childNodes()) {
                        inline(child, text, markdown);
                    }
                }
            }
        }
    }

    /** Collapses white space (no-break spaces included) to single spaces and trims. */
    private static String clean(String text) {
        return text.replace('\u00a0', ' ').replaceAll("[ \\t\\r\\n]+", " ").strip();
    }

    private void tabRows(Element table) {
        List<String> lines = new ArrayList<>();
        for (Element tr : rows(table)) {
            List<String> cells = new ArrayList<>();
            for (Element cell : tr.children()) {
                if (cell.tagName().equals("td") || cell.tagName().equals("th")) {
                    cells.add(cellText(cell, false));
                }
            }
            lines.add(String.join("\t", cells));
        }
        if (!lines.isEmpty()) {
            out.add(String.join("\n", lines));
        }
    }

    private void pipeTable(Element table) {
        List<List<String>> grid = grid(table);
        if (grid.isEmpty()) {
            return;
        }
        int width = grid.stream().mapToInt(List::size).max().orElse(0);
        List<String> lines = new ArrayList<>();
        for (int r = 0; r < grid.size(); r++) {
            List<String> row = new ArrayList<>(grid.get(r));
            while (row.size() < width) {
                row.add("");
            }
            lines.add("| " + String.join(" | ", row) + " |");
            if (r == 0) {
                lines.add("|" + "---|".repeat(width));
            }
        }
        out.add(String.join("\n", lines));
    }

    /** The table's own rows, not those of tables nested in it. */
    private static List<Element> rows(Element table) {
        return table.select("tr").stream().filter(tr -> tr.closest("table") == table).toList();
    }

    /** The table's rows of cell texts with spans expanded. */
    private static List<List<String>> grid(Element table) {
        List<Element> rows = rows(table);
        List<List<String>> grid = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            while (grid.size() <= r) {
                grid.add(new ArrayList<>());
            }
            int column = 0;
            for (Element cell : rows.get(r).children()) {
                if (!cell.tagName().equals("td") && !cell.tagName().equals("th")) {
                    continue;
                }
                while (column < grid.get(r).size() && grid.get(r).get(column) != null) {
                    column++;
                }
                int rowspan = span(cell.attr("rowspan"), rows.size() - r);
                int colspan = span(cell.attr("colspan"), MAX_SPAN);
                String text = cellText(cell, true);
                for (int dr = 0; dr < rowspan; dr++) {
                    while (grid.size() <= r + dr) {
                        grid.add(new ArrayList<>());
                    }
                    for (int dc = 0; dc < colspan; dc++) {
                        put(grid.get(r + dr), column + dc, dc == 0 ? text : "");
                    }
                }
                column += colspan;
            }
        }
        List<List<String>> filled = new ArrayList<>();
        for (List<String> row : grid) {
            List<String> copy = new ArrayList<>();
            for (String text : row) {
                copy.add(text == null ? "" : text);
            }
            filled.add(copy);
        }
        return filled;
    }

    private static void put(List<String> row, int column, String text) {
        while (row.size() <= column) {
            row.add(null);
        }
        row.set(column, text);
    }

    private static int span(String value, int max) {
        try {
            int span = Integer.parseInt(value.strip());
            return span < 1 ? 1 : Math.min(span, max);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String cellText(Element cell, boolean markdown) {
        StringBuilder text = new StringBuilder();
        for (Node child : cell.childNodes()) {
            inline(child, text, markdown);
            if (child instanceof Element e && BLOCKS.contains(e.tagName())) {
                text.append(' ');
            }
        }
        String clean = clean(text.toString().replace('\n', ' '));
        return markdown ? clean.replace("|", "\\|") : clean;
    }
}
