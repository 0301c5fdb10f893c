package io.github.xxgk.report.internal.input;

import io.github.xxgk.report.internal.block.Block;
import io.github.xxgk.report.internal.block.Paragraph;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Walks a page's body once, in document order, and cuts it into blocks: each block-level element ({@code p},
 * {@code div}, {@code li}, {@code h1}–{@code h6}, …) and each {@code <br>} ends a paragraph, so the text directly
 * inside a {@code div} between its child blocks becomes paragraphs of its own; each data table becomes a table.
 *
 * <p>A table nested in a cell follows its outer table as a table of its own (and so on down, to
 * {@value #MAX_TABLE_DEPTH} levels; deeper tables join their cell's text). A table used for page layout is walked
 * like any other content.
 *
 * <p>Every block is kept with the element it came from and a score for {@link ArticleFinder}.
 */
final class HtmlWalker implements NodeFilter {

    static final int MAX_TABLE_DEPTH = 8;

    /** What a block costs before its text counts: short blocks are more often page chrome than article. */
    private static final int BLOCK_COST = 10 * HtmlText.HAN_WEIGHT;

    /** How much more link text weighs against a block than plain text weighs for it. */
    private static final int LINK_PENALTY = 2;

    /**
     * A block with where it came from.
     *
     * @param block the paragraph or table
     * @param anchor the element it came from: the innermost enclosing block-level element, or the table
     * @param score how much it looks like article text: its text's weight, less link text and a cost per block
     */
    record Piece(Block block, Element anchor, int score) {
    }

    private final List<Piece> pieces = new ArrayList<>();
    private final HtmlLines lines;
    private final HtmlText buffer;
    private final Deque<Element> open = new ArrayDeque<>();
    private final HtmlGrid.Budget budget = new HtmlGrid.Budget();
    private Element bufferAnchor;
    private int linkDepth;
    private int headingDepth;
    private int headingLevel;
    private int articleDepth;
    private int tableDepth;

    private HtmlWalker(HtmlLines lines) {
        this.lines = lines;
        this.buffer = new HtmlText(lines);
    }

    /** The blocks of the element's content, in reading order. */
    static List<Piece> walk(Element root, HtmlLines lines) {
        HtmlWalker walker = new HtmlWalker(lines);
        NodeTraversor.filter(walker, root);
        walker.flush();
        return walker.pieces;
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode text) {
            if (buffer.isBlank()) {
                bufferAnchor = open.peek();
            }
            buffer.append(text, linkDepth > 0);
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element element)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        String tag = element.normalName();
        if (HtmlTags.isDropped(tag) || (HtmlTags.isHeaderOrFooter(tag) && articleDepth == 0)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        if (tag.equals("table") && readTable(element)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        if (tag.equals("br")) {
            flush();
        } else if (tag.equals("a")) {
            linkDepth++;
        } else if (HtmlTags.isBlock(tag)) {
            enter(element, tag);
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
                exit(tag);
            }
        }
        return FilterResult.CONTINUE;
    }

    private void enter(Element element, String tag) {
        flush();
        open.push(element);
        int level = HtmlTags.headingLevel(tag);
        if (level > 0 && headingDepth++ == 0) {
            headingLevel = level;
        }
        if (tag.equals("article")) {
            articleDepth++;
        }
    }

    private void exit(String tag) {
        flush();
        open.pop();
        if (HtmlTags.headingLevel(tag) > 0 && --headingDepth == 0) {
            headingLevel = 0;
        }
        if (tag.equals("article")) {
            articleDepth--;
        }
    }

    /** Reads a data table and the tables nested in it; false if it is layout, to be walked as content. */
    private boolean readTable(Element table) {
        Optional<HtmlGrid.Grid> read = HtmlGrid.read(table, budget, lines, tableDepth < MAX_TABLE_DEPTH);
        if (read.isEmpty()) {
            return false;
        }
        flush();
        HtmlGrid.Grid grid = read.get();
        if (!grid.caption().isEmpty()) {
            Paragraph caption = new Paragraph(grid.caption(), grid.table().line(), headingLevel);
            pieces.add(new Piece(caption, table, score(HtmlText.weight(grid.caption()), 0)));
        }
        if (!grid.table().rows().isEmpty()) {
            pieces.add(new Piece(grid.table(), table, score(grid.weight(), grid.linkWeight())));
        }
        tableDepth++;
        for (Element nested : grid.nested()) {
            NodeTraversor.filter(this, nested);
            flush();
        }
        tableDepth--;
        return true;
    }

    private void flush() {
        if (buffer.isBlank()) {
            buffer.clear();
            return;
        }
        String text = buffer.text();
        if (!text.isEmpty()) {
            Element anchor = bufferAnchor != null ? bufferAnchor : open.peek();
            pieces.add(new Piece(new Paragraph(text, buffer.line(), headingLevel), anchor,
                    score(buffer.weight(), buffer.linkWeight())));
        }
        buffer.clear();
    }

    private static int score(int weight, int linkWeight) {
        return weight - LINK_PENALTY * linkWeight - BLOCK_COST;
    }
}
