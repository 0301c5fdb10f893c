package io.github.xxgk.report.internal.input;

import io.github.xxgk.report.ParserOptions;
import io.github.xxgk.report.ReportReadException;
import java.util.Iterator;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jsoup.parser.StreamParser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Parses a web page with jsoup within the page bounds of the {@link ParserOptions}: at most {@code maxTextChars}
 * characters, {@code maxHtmlElements} elements and {@code maxHtmlDepth} levels of nesting.
 *
 * <p>jsoup builds its tree without recursion, but its tree costs about a kilobyte per element, and it can make
 * more elements than the page has tags (it reopens up to 12 unclosed formatting elements such as {@code <b>} in
 * each new paragraph). So the tags are counted before parsing, which refuses most oversized pages at no cost; the
 * elements are counted as jsoup completes them, which stops a page that multiplies its tags early; and the depth is
 * measured, without recursion, on the finished tree, before the readers that follow it walk the tree.
 */
final class HtmlBounds {

    private static final String TYPE = "text/html";

    private HtmlBounds() {
    }

    /** The page's tree, without source positions ({@link HtmlLines} finds the lines that blocks need). */
    static Document parse(String html, String name, ParserOptions options) throws ReportReadException {
        Bounds.checkText(html, name, TYPE, options);
        if (startTags(html) > options.maxHtmlElements()) {
            throw tooManyElements(name, options);
        }
        Document page;
        try (StreamParser parser = new StreamParser(Parser.htmlParser().setTrackPosition(false))) {
            parser.parse(html, "");
            int elements = 0;
            for (Iterator<Element> completed = parser.iterator(); completed.hasNext(); completed.next()) {
                if (++elements > options.maxHtmlElements()) {
                    parser.stop();
                    throw tooManyElements(name, options);
                }
            }
            page = parser.document();
        }
        if (depth(page, options.maxHtmlDepth()) > options.maxHtmlDepth()) {
            throw Bounds.exceeded(name, TYPE, "nests elements more than " + options.maxHtmlDepth() + " deep",
                    "maxHtmlDepth", null);
        }
        return page;
    }

    /** How many start tags the page has: {@code <} followed by a letter, wherever it is (an upper bound). */
    static int startTags(String html) {
        int tags = 0;
        for (int i = html.indexOf('<'); i >= 0 && i + 1 < html.length(); i = html.indexOf('<', i + 1)) {
            char next = html.charAt(i + 1);
            if (next >= 'a' && next <= 'z' || next >= 'A' && next <= 'Z') {
                tags++;
            }
        }
        return tags;
    }

    /** The depth of the deepest element, counting the document as 0; stops looking once past {@code max}. */
    private static int depth(Document page, int max) {
        int[] deepest = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element) {
                    deepest[0] = Math.max(deepest[0], depth);
                }
                return deepest[0] > max ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, page);
        return deepest[0];
    }

    private static ReportReadException tooManyElements(String name, ParserOptions options) {
        return Bounds.exceeded(name, TYPE, "has more than " + options.maxHtmlElements() + " elements",
                "maxHtmlElements", null);
    }
}
