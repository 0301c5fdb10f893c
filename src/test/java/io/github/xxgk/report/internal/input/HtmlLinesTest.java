package io.github.xxgk.report.internal.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.report.internal.text.Whitespace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link HtmlLines} against jsoup's own tracked positions on every page of the test data. */
class HtmlLinesTest {

    static Stream<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("testdata"))) {
            List<Path> pages = files.filter(f -> f.toString().matches(".*\\.html?$")).sorted().toList();
            assertThat(pages).hasSizeGreaterThanOrEqualTo(20);
            return pages.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("pages")
    void findsTheLinesJsoupTracks(Path page) throws IOException {
        String html = HtmlCharset.decode(Files.readAllBytes(page));
        Document tracked = Parser.htmlParser().setTrackPosition(true).parseInput(html, "");
        HtmlLines lines = HtmlLines.of(html, tracked);

        List<String> expected = new ArrayList<>();
        List<String> found = new ArrayList<>();
        for (Node node : tracked.body().selectXpath("//node()", Node.class)) {
            if (node instanceof TextNode text && !inRawText(text)) {
                int first = firstVisible(text.getWholeText());
                if (first >= 0) {
                    String label = "text '" + text.text().strip() + "'";
                    expected.add(label + " @" + trackedLine(text, first));
                    found.add(label + " @" + lines.line(text, first));
                }
            } else if (node instanceof Element element
                    && (element.normalName().equals("table") || element.normalName().equals("tr"))) {
                String label = element.normalName() + " '" + abbreviate(element.text()) + "'";
                expected.add(label + " @" + Math.max(0, element.sourceRange().start().lineNumber()));
                found.add(label + " @" + lines.line(element));
            }
        }
        assertThat(found).isNotEmpty().containsExactlyElementsOf(expected);
    }

    private static boolean inRawText(TextNode text) {
        for (Element e = text.parentElement(); e != null; e = e.parent()) {
            if (e.normalName().equals("script") || e.normalName().equals("style")) {
                return true;
            }
        }
        return false;
    }

    private static int trackedLine(TextNode node, int first) {
        int line = node.sourceRange().start().lineNumber();
        if (line < 1) {
            return 0;
        }
        String text = node.getWholeText();
        for (int i = 0; i < first; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int firstVisible(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Whitespace.isSpace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String abbreviate(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20);
    }
}
