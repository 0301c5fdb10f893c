package io.github.xxgk.report.internal.input;

import io.github.xxgk.report.internal.block.Block;
import io.github.xxgk.report.internal.block.Paragraph;
import io.github.xxgk.report.internal.text.Whitespace;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Reduces a whole web page to its article: the report's paragraphs and tables without the site's navigation,
 * breadcrumbs, share buttons, side lists and footer. It works from the content, not from any site's ids or classes.
 *
 * <p>Each block has a score ({@link HtmlWalker.Piece#score()}): its text's weight, less its link text and a cost
 * per block, so long runs of prose and tables score high and menus, link lists and short labels low. The run of
 * consecutive blocks with the highest total is the core of the article; the article is everything inside the
 * smallest element that holds the containers of the run's first and last blocks — so a short last paragraph such
 * as {@code 无。} stays, while chrome outside that element goes. A page with no run of positive score (a short
 * fragment) is kept whole.
 *
 * <p>The title hint is the nearest heading ({@code <h1>}/{@code <h2>}, or an element whose class or id says
 * "title") shortly before the article; else the page's {@code <title>} without the site's name after a
 * {@code _}, {@code |} or {@code -}; else the article's first block if it is a heading or a centred line.
 */
final class ArticleFinder {

    /** How many blocks before the article are searched for its heading. */
    private static final int TITLE_LOOKBACK = 15;
    private static final int MIN_TITLE = 6;
    private static final int MAX_TITLE = 100;
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s*(?:[_|｜]|(?<!\\d)[-–—]|[-–—](?!\\d))\\s*");
    private static final Set<String> TITLE_TAGS = Set.of("h1", "h2");

    /**
     * The article of a page.
     *
     * @param blocks its blocks in reading order
     * @param titleHint its title, if one was found
     */
    record Article(List<Block> blocks, Optional<String> titleHint) {
    }

    private ArticleFinder() {
    }

    static Article find(List<HtmlWalker.Piece> pieces, String pageTitle) {
        List<Block> blocks = new ArrayList<>();
        int[] kept = keep(pieces, blocks);
        int first = kept[0];
        int last = kept[1];
        Optional<String> title = headingBefore(pieces, first)
                .or(() -> stripSiteName(pageTitle))
                .or(() -> leadingTitle(pieces, first, last));
        return new Article(blocks, title);
    }

    /** Adds the article's blocks to {@code blocks}; returns the index of its first and last piece. */
    private static int[] keep(List<HtmlWalker.Piece> pieces, List<Block> blocks) {
        int[] run = bestRun(pieces);
        if (run.length == 0) {
            pieces.forEach(piece -> blocks.add(piece.block()));
            return new int[] {0, pieces.size() - 1};
        }
        Element root = commonAncestor(container(pieces.get(run[0])), container(pieces.get(run[1])));
        Map<Element, Boolean> inside = new IdentityHashMap<>();
        int first = -1;
        int last = -1;
        for (int i = 0; i < pieces.size(); i++) {
            if (isInside(pieces.get(i).anchor(), root, inside)) {
                blocks.add(pieces.get(i).block());
                first = first < 0 ? i : first;
                last = i;
            }
        }
        return new int[] {first, last};
    }

    /** The first and last index of the run of blocks with the highest positive total score, or none. */
    private static int[] bestRun(List<HtmlWalker.Piece> pieces) {
        long best = 0;
        long sum = 0;
        int start = 0;
        int[] run = {};
        for (int i = 0; i < pieces.size(); i++) {
            if (sum <= 0) {
                sum = 0;
                start = i;
            }
            sum += pieces.get(i).score();
            if (sum > best) {
                best = sum;
                run = new int[] {start, i};
            }
        }
        return run;
    }

    private static Element container(HtmlWalker.Piece piece) {
        Element parent = piece.anchor().parent();
        return parent != null ? parent : piece.anchor();
    }

    private static Element commonAncestor(Element a, Element b) {
        Map<Element, Boolean> ancestors = new IdentityHashMap<>();
        for (Element e = a; e != null; e = e.parent()) {
            ancestors.put(e, Boolean.TRUE);
        }
        for (Element e = b; e != null; e = e.parent()) {
            if (ancestors.containsKey(e)) {
                return e;
            }
        }
        return a;
    }

    /** Whether the element is the root or inside it; memoised so that each element is looked at once. */
    private static boolean isInside(Element element, Element root, Map<Element, Boolean> known) {
        List<Element> path = new ArrayList<>();
        boolean result = false;
        for (Element e = element; e != null; e = e.parent()) {
            Boolean seen = e == root ? Boolean.TRUE : known.get(e);
            if (seen != null) {
                result = seen;
                break;
            }
            path.add(e);
        }
        for (Element e : path) {
            known.put(e, result);
        }
        return result;
    }

    private static Optional<String> headingBefore(List<HtmlWalker.Piece> pieces, int first) {
        for (int i = first - 1; i >= 0 && i >= first - TITLE_LOOKBACK; i--) {
            HtmlWalker.Piece piece = pieces.get(i);
            if (piece.block() instanceof Paragraph paragraph && isTitleLike(paragraph.text())
                    && (paragraph.headingLevel() == 1 || paragraph.headingLevel() == 2
                    || isTitleElement(piece.anchor()) || isTitleElement(piece.anchor().parent()))) {
                return Optional.of(paragraph.text());
            }
        }
        return Optional.empty();
    }

    private static boolean isTitleElement(Element element) {
        if (element == null) {
            return false;
        }
        if (TITLE_TAGS.contains(element.normalName())) {
            return true;
        }
        String names = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
        return names.contains("title");
    }

    /** The page title's first part, before the site's name. */
    static Optional<String> stripSiteName(String pageTitle) {
        for (String part : TITLE_SEPARATOR.split(Whitespace.collapse(pageTitle))) {
            if (isTitleLike(part)) {
                return Optional.of(part);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> leadingTitle(List<HtmlWalker.Piece> pieces, int first, int last) {
        if (first < 0 || first > last) {
            return Optional.empty();
        }
        HtmlWalker.Piece piece = pieces.get(first);
        if (piece.block() instanceof Paragraph paragraph && isTitleLike(paragraph.text())
                && (paragraph.headingLevel() > 0 || isCentred(piece.anchor()))) {
            return Optional.of(paragraph.text());
        }
        return Optional.empty();
    }

    private static boolean isCentred(Element element) {
        String style = element.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        return style.contains("text-align:center") || element.attr("align").equalsIgnoreCase("center")
                || element.normalName().equals("center");
    }

    /** Long enough to name a report, short enough not to be prose, and with Chinese in it. */
    private static boolean isTitleLike(String text) {
        return text.length() >= MIN_TITLE && text.length() <= MAX_TITLE
                && text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
