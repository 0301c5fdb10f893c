package io.github.xxgk.report.internal.input;

import java.util.Set;

/** The kinds of HTML elements the page reader tells apart. */
final class HtmlTags {

    /** Elements whose content is never report text: scripts, embedded objects, forms' controls, site chrome. */
    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "iframe", "frame", "frameset",
            "object", "embed", "template", "svg", "canvas", "select", "textarea", "button", "input", "nav", "head",
            "title", "meta", "link");

    /** Elements that start and end a paragraph (a table cell's line) rather than run on with the text around. */
    private static final Set<String> BLOCK = Set.of("address", "article", "aside", "blockquote", "body", "caption",
            "center", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
            "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer", "hgroup", "hr", "html", "legend", "li",
            "main", "menu", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead",
            "tr", "ul");

    private HtmlTags() {
    }

    /**
     * Whether the element and its content are skipped. Headers and footers are page chrome too, but only the page
     * walk knows whether one sits inside an {@code <article>}, where a header holds the article's own heading.
     */
    static boolean isDropped(String tag) {
        return DROPPED.contains(tag);
    }

    static boolean isHeaderOrFooter(String tag) {
        return tag.equals("header") || tag.equals("footer");
    }

    static boolean isBlock(String tag) {
        return BLOCK.contains(tag);
    }

    /** The level of a heading element {@code h1}–{@code h6}, or 0. */
    static int headingLevel(String tag) {
        if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
            return tag.charAt(1) - '0';
        }
        return 0;
    }
}
