package io.github.xxgk.report;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Writes the renderings in {@code testdata/renderings/} that are made from text rather than by LibreOffice: the
 * seed as a GB18030 web page, as Markdown and as GB18030 text with CRLF line ends; each real page's article as
 * Markdown and as GB18030 text with CRLF line ends (a browser's copy); and, into {@code target/renderings/}, each
 * real page's article as a bare HTML page for LibreOffice to convert to DOCX (then PDF). Run it deliberately (see
 * the README there); tests only read its output.
 */
final class RenderingsGenerator {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Path OUT = TestData.ROOT.resolve("renderings");
    private static final Path FOR_LIBREOFFICE = Path.of("target", "renderings");
    /** The real pages rendered to other formats, by their name in {@code testdata/reports/}. */
    static final List<String> PAGES = List.of("pingtan-2019", "pingtan-2021", "pingtan-2024",
            "shanghai-gov-office-2019-fragment", "pingtan-county-2011-legacy");

    private RenderingsGenerator() {
    }

    /** Writes every rendering. */
    public static void main(String[] args) throws IOException {
        String seed = TestData.seedText();
        String page = SeedPage.page(seed);
        Files.write(OUT.resolve("wuzhong-civil-affairs-2021.html"), page.getBytes(GB18030));
        Document parsed = Jsoup.parse(page);
        Element report = new Element("div");
        report.appendChild(parsed.selectFirst("h1.article-title").clone());
        report.appendChild(parsed.selectFirst("div.article-content").clone());
        write(OUT.resolve("wuzhong-civil-affairs-2021.md"), ArticleRendering.markdown(report));
        writeGb18030(OUT.resolve("wuzhong-civil-affairs-2021.gb18030.txt"), seed);

        Files.createDirectories(FOR_LIBREOFFICE);
        for (String name : PAGES) {
            Document article = article(TestData.REPORTS.resolve(name + ".html"));
            write(FOR_LIBREOFFICE.resolve(name + ".html"), article.outerHtml());
            write(OUT.resolve(name + ".md"), ArticleRendering.markdown(article.body()));
            writeGb18030(OUT.resolve(name + ".gb18030.txt"), ArticleRendering.text(article.body()));
        }
    }

    /**
     * A bare page holding only the article, under its title: the content of the site's {@code article_content}
     * element and the title of its {@code ArticleTitle} meta tag (which the site's script shows above it), or the
     * whole body of a fragment, which has neither.
     */
    private static Document article(Path original) throws IOException {
        Document document = Jsoup.parse(original.toFile(), StandardCharsets.UTF_8.name());
        Element content = document.selectFirst("div.article_content");
        Element meta = document.selectFirst("meta[name=ArticleTitle]");
        Document page = Document.createShell("");
        page.head().appendElement("meta").attr("charset", "utf-8");
        if (meta != null) {
            page.title(meta.attr("content"));
            page.body().appendElement("h1").text(meta.attr("content"));
        }
        for (Node child : (content == null ? document.body() : content).childNodes()) {
            page.body().appendChild(child.clone());
        }
        letCellsWrap(page);
        return page;
    }

    /**
     * Lets the cells of a page's tables wrap their text: the Shanghai fragment marks every cell {@code nowrap}, so
     * LibreOffice lays its request table out wider than A4 and its last three columns fall off the page (a PDF holds
     * no text outside its pages).
     */
    private static void letCellsWrap(Document page) {
        page.select("td[nowrap], th[nowrap]").removeAttr("nowrap");
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Writes text in GB18030 with CRLF line ends, as a Windows editor in a Chinese locale saves it. */
    private static void writeGb18030(Path file, String text) throws IOException {
        Files.write(file, text.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(GB18030));
    }
}
