package io.github.xxgk.report.internal.input;

import io.github.xxgk.report.internal.text.Whitespace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The source lines of a page's text and tables, found without jsoup's position tracking, which doubles the cost of
 * a parse (it looks up a line and a column for both ends of every node and attribute).
 *
 * <p>The tree's text nodes and elements come in the order of the source, so one pass over the tree with a cursor
 * in the source finds each: a text node where the start of its visible text next stands in the source outside tags
 * and comments; a {@code <table>} or {@code <tr>} where its start tag next stands, after the one before it, before the text
 * it holds (an element the parser implied, with no tag of its own, where that text starts); a {@code <script>} or
 * {@code <style>} is stepped over, so that its code is never taken for text. Text whose first visible character
 * may be written as a character reference ({@code &amp;}, {@code &nbsp;}) is placed at the cursor. The tests
 * compare every position with jsoup's tracked positions on the pages of the test data.
 */
final class HtmlLines {

    /** The most characters of a text searched for: enough to tell it from other text. */
    private static final int PROBE = 12;

    /** How many times the source's length failed searches may scan in all. */
    private static final int MISS_BUDGET_FACTOR = 4;

    private final String html;
    private final Map<Node, Integer> offsets = new IdentityHashMap<>();
    private int[] lineStarts;
    private long missBudget;

    private HtmlLines(String html) {
        this.html = html;
        this.missBudget = MISS_BUDGET_FACTOR * (long) html.length();
    }

    /** Finds the positions of the text nodes and tables of a page parsed from {@code html}. */
    static HtmlLines of(String html, Node root) {
        HtmlLines lines = new HtmlLines(html);
        lines.place(root);
        return lines;
    }

    /** The 1-based line of the character at {@code index} of the text node's text; 0 if it is not placed. */
    int line(TextNode node, int index) {
        Integer offset = offsets.get(node);
        if (offset == null) {
            return 0;
        }
        int line = lineAt(offset);
        String text = node.getWholeText();
        for (int i = firstVisible(text); i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The 1-based line where a {@code <table>} or {@code <tr>} starts; 0 if it is not placed. */
    int line(Element element) {
        Integer offset = offsets.get(element);
        return offset == null ? 0 : lineAt(offset);
    }

    private void place(Node root) {
        List<Element> elements = new ArrayList<>();
        List<Integer> elementStarts = new ArrayList<>();
        List<Integer> textsBefore = new ArrayList<>();
        List<Integer> textOffsets = new ArrayList<>();
        int[] cursor = {0};
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    placeText(text, cursor, textOffsets);
                } else if (node instanceof Element element) {
                    String tag = element.normalName();
                    if (tag.equals("table") || tag.equals("tr")) {
                        elements.add(element);
                        elementStarts.add(cursor[0]);
                        textsBefore.add(textOffsets.size());
                    } else if (tag.equals("script") || tag.equals("style")) {
                        cursor[0] = after(tag, cursor[0]);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                // Only the start of a node has a position.
            }
        });
        int previousTag = -1;
        for (int i = 0; i < elements.size(); i++) {
            int next = textsBefore.get(i);
            int bound = next < textOffsets.size() ? textOffsets.get(next) : html.length();
            String tag = elements.get(i).normalName();
            int start = startTag(tag, Math.max(elementStarts.get(i), previousTag + 1), bound);
            if (start >= 0) {
                previousTag = start;
            }
            offsets.put(elements.get(i), start >= 0 ? start : bound);
        }
    }

    private void placeText(TextNode node, int[] cursor, List<Integer> textOffsets) {
        String text = node.getWholeText();
        int first = firstVisible(text);
        if (first < 0) {
            return;
        }
        int end = first;
        while (end < text.length() && end - first < PROBE && isWrittenAsIs(text.charAt(end))) {
            end++;
        }
        int at = end > first ? find(text.substring(first, end), cursor[0]) : -1;
        int offset = at >= 0 ? at : cursor[0];
        offsets.put(node, offset);
        textOffsets.add(offset);
        if (at >= 0) {
            int tag = html.indexOf('<', at);
            cursor[0] = tag >= 0 ? tag : html.length();
        }
    }

    /**
     * Where the probe next stands in the source outside tags and comments, from {@code from} (the start of the
     * source or of a tag); -1 if nowhere. Searches that fail share a budget of a few times the source's length,
     * so that a page whose text is all character references is not searched to its end for every text.
     */
    private int find(String probe, int from) {
        int at = from;
        while (at < html.length() && missBudget > 0) {
            if (html.charAt(at) == '<') {
                at = endOfMarkup(at);
                continue;
            }
            int tag = html.indexOf('<', at);
            int textEnd = tag >= 0 ? tag : html.length();
            int found = indexIn(probe, at, textEnd);
            if (found >= 0) {
                return found;
            }
            at = textEnd;
        }
        missBudget -= at - from;
        return -1;
    }

    /** Where the probe stands in {@code [from, to)} of the source; -1 if not there. */
    private int indexIn(String probe, int from, int to) {
        char first = probe.charAt(0);
        for (int at = from, last = to - probe.length(); at <= last; at++) {
            if (html.charAt(at) == first && html.startsWith(probe, at)) {
                return at;
            }
        }
        return -1;
    }

    /** The offset after a tag or comment that starts at {@code start}. */
    private int endOfMarkup(int start) {
        if (html.startsWith("<!--", start)) {
            int end = html.indexOf("-->", start + 4);
            return end >= 0 ? end + 3 : html.length();
        }
        int end = html.indexOf('>', start);
        return end >= 0 ? end + 1 : html.length();
    }

    /** The offset of the element's start tag in {@code [from, bound)}, matched ignoring case; -1 if none. */
    private int startTag(String tag, int from, int bound) {
        for (int at = html.indexOf('<', from); at >= 0 && at < bound; at = html.indexOf('<', at + 1)) {
            int end = at + 1 + tag.length();
            if (html.regionMatches(true, at + 1, tag, 0, tag.length())
                    && (end == html.length() || isTagNameEnd(html.charAt(end)))) {
                return at;
            }
        }
        return -1;
    }

    /** The offset after the end tag of a raw-text element whose start tag is next from {@code from}. */
    private int after(String tag, int from) {
        int start = startTag(tag, from, html.length());
        if (start < 0) {
            return from;
        }
        String endTag = "</" + tag;
        for (int at = html.indexOf("</", start); at >= 0; at = html.indexOf("</", at + 2)) {
            if (html.regionMatches(true, at, endTag, 0, endTag.length())) {
                return at;
            }
        }
        return html.length();
    }

    private int lineAt(int offset) {
        if (lineStarts == null) {
            lineStarts = lineStarts(html);
        }
        int found = Arrays.binarySearch(lineStarts, offset);
        return found >= 0 ? found + 1 : -found - 1;
    }

    /** The offsets where the source's lines start, as jsoup counts them: after each {@code \n}. */
    private static int[] lineStarts(String html) {
        int count = 1;
        for (int i = html.indexOf('\n'); i >= 0; i = html.indexOf('\n', i + 1)) {
            count++;
        }
        int[] starts = new int[count];
        int line = 1;
        for (int i = html.indexOf('\n'); i >= 0; i = html.indexOf('\n', i + 1)) {
            starts[line++] = i + 1;
        }
        return starts;
    }

    private static boolean isTagNameEnd(char c) {
        return c == '>' || c == '/' || Character.isWhitespace(c);
    }

    /** Whether a character stands in the source as it reads in the text: not one markup escapes or names. */
    private static boolean isWrittenAsIs(char c) {
        return c != '&' && c != '<' && c != '>' && c != '"' && c != '\'' && c != '\u00A0' && c != '\r'
                && !Whitespace.isSpace(c) && !Character.isSurrogate(c);
    }

    private static int firstVisible(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Whitespace.isSpace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
