package io.github.xxgk.report;

import io.github.xxgk.report.SeedPage.Site;
import io.github.xxgk.report.model.AnnualReport;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Writes the renderings in {@code testdata/renderings/} that are made from text rather than by LibreOffice: the
 * seed as a GB18030 web page, as Markdown and as GB18030 text with CRLF line ends; each real page's article as
 * Markdown and as GB18030 text with CRLF line ends (a browser's copy); and, into {@code target/renderings/}, each
 * real page's article as a bare HTML page for LibreOffice to convert to DOCX (then PDF); and each report of
 * {@link #MODELS} written back from its parsed model ({@link ModelPage}) as a GB18030 page of its site, as Markdown,
 * as GB18030 text and, into {@code target/renderings/}, as a bare page for LibreOffice. Run it deliberately (see the
 * README there); tests only read its output.
 */
final class RenderingsGenerator {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Path OUT = TestData.ROOT.resolve("renderings");
    private static final Path FOR_LIBREOFFICE = Path.of("target", "renderings");
    /** The real pages rendered to other formats, by their name in {@code testdata/reports/}. */
    static final List<String> PAGES = List.of("pingtan-2019", "pingtan-2021", "pingtan-2024",
            "shanghai-gov-office-2019-fragment", "pingtan-county-2011-legacy");
    /**
     * The renderings made by Word or from Word-exported pages that are also laid out on A5 paper for LibreOffice's
     * PDF export: their tables scaled to the narrower page, so that labels wrap over two or three lines, merged label
     * cells print a character or two per line and tables 三 and 四 break over pages.
     */
    static final List<String> ON_A5 = List.of("wuzhong-civil-affairs-2021", "pingtan-2019", "pingtan-2021",
            "pingtan-2024");
    private static final int A5_WIDTH = 8391;
    private static final int A5_HEIGHT = 11906;
    private static final int A5_MARGIN = 567;
    private static final Pattern PAGE_SIZE = Pattern.compile("<w:pgSz w:w=\"(\\d+)\" w:h=\"(\\d+)\"");
    private static final Pattern PAGE_MARGIN = Pattern.compile("<w:pgMar ([^>]*)/>");
    private static final Pattern MARGIN = Pattern.compile("w:(left|right)=\"(\\d+)\"");
    private static final Pattern TABLE_WIDTH = Pattern.compile(
            "(<w:(?:gridCol|tblW|tcW) w:w=\")(\\d+)(\"(?: w:type=\"dxa\")?/>)");

    /** The originals rendered from their parsed model, each as a page of its site. */
    static final List<FromModel> MODELS = List.of(
            new FromModel("hongze-district-2024.pdf", "2025-01-20 16:05", "淮安市洪泽区人民政府办公室",
                    new Site("淮安市洪泽区人民政府", "洪泽", "2025年1月20日 星期一", List.of(
                            related("202501/t20250117_1", "淮安市洪泽区发展和改革委员会2024年政府信息公开工作年度报告",
                                    "2025-01-17"),
                            related("202501/t20250116_2", "淮安市洪泽区教育体育局2024年政府信息公开工作年度报告",
                                    "2025-01-16"),
                            related("202401/t20240119_3", "淮安市洪泽区人民政府2023年政府信息公开工作年度报告",
                                    "2024-01-19")),
                            "淮安市洪泽区人民政府办公室", "苏ICP备05012345号-1", "苏公网安备 32082902000123号",
                            "3208290001", "2025")),
            new FromModel("shanghai-gov-office-2025.md", "2026-01-30 10:00", "上海市人民政府办公厅",
                    shanghai(LocalDate.of(2026, 1, 30))),
            pingtan("pingtan-2016-legacy-runtogether.txt", "2017-01-18 15:57"),
            pingtan("pingtan-2018-legacy-runtogether.txt", "2019-01-10 16:13"),
            pingtan("pingtan-2019-runtogether.txt", "2020-01-20 15:22"),
            pingtan("pingtan-2021-runtogether.txt", "2022-02-08 16:34"),
            pingtan("pingtan-2022-runtogether.txt", "2023-02-20 15:07"),
            pingtan("pingtan-2024-runtogether.txt", "2025-03-10 15:35"));

    /**
     * An original rendered from its model: its file in {@code testdata/reports/}, when and by whom its page was
     * published, and the site it is published on.
     */
    record FromModel(String original, String published, String source, Site site) {

        /** The renderings' name: the original's without extension. */
        String name() {
            return original.substring(0, original.lastIndexOf('.'));
        }
    }

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
        for (FromModel model : MODELS) {
            fromModel(model);
        }
        fragmentPage();
        for (String name : ON_A5) {
            onA5(OUT.resolve(name + ".docx"), FOR_LIBREOFFICE.resolve(name + ".a5.docx"));
        }
    }

    /** Copies a DOCX with its page made A5 (narrow margins) and every table width scaled to the new text width. */
    static void onA5(Path docx, Path out) throws IOException {
        try (ZipFile zip = new ZipFile(docx.toFile());
                ZipOutputStream copy = new ZipOutputStream(Files.newOutputStream(out))) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                byte[] bytes = zip.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("word/document.xml")) {
                    bytes = onA5(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                copy.putNextEntry(new ZipEntry(entry.getName()));
                copy.write(bytes);
                copy.closeEntry();
            }
        }
    }

    private static String onA5(String document) {
        Matcher size = PAGE_SIZE.matcher(document);
        Matcher margins = PAGE_MARGIN.matcher(document);
        if (!size.find() || !margins.find()) {
            throw new IllegalArgumentException("no page size or margins in the document");
        }
        int textWidth = Integer.parseInt(size.group(1));
        Matcher margin = MARGIN.matcher(margins.group(1));
        while (margin.find()) {
            textWidth -= Integer.parseInt(margin.group(2));
        }
        double scale = (A5_WIDTH - 2.0 * A5_MARGIN) / textWidth;
        String scaled = TABLE_WIDTH.matcher(document).replaceAll(m -> m.group(1)
                + Math.round(Integer.parseInt(m.group(2)) * scale) + m.group(3));
        return PAGE_MARGIN.matcher(PAGE_SIZE.matcher(scaled).replaceAll(
                "<w:pgSz w:w=\"" + A5_WIDTH + "\" w:h=\"" + A5_HEIGHT + "\""))
                .replaceAll(m -> "<w:pgMar " + MARGIN.matcher(m.group(1)).replaceAll(
                        r -> "w:" + r.group(1) + "=\"" + A5_MARGIN + "\"") + "/>");
    }

    /**
     * The Shanghai 2019 fragment, which is a page's article without the page, as a GB18030 page of its site around
     * it: the fragment's own markup (its title and date in centred paragraphs, its real merges, its blank cells) is
     * the article, and its title the page's.
     */
    private static void fragmentPage() throws IOException {
        String name = "shanghai-gov-office-2019-fragment";
        Document fragment = Jsoup.parse(TestData.REPORTS.resolve(name + ".html").toFile(),
                StandardCharsets.UTF_8.name());
        String title = fragment.body().selectFirst("p").text();
        String article = "<div class=\"article-content\">\n" + fragment.body().html() + "\n</div>\n";
        Files.write(OUT.resolve(name + ".html"), SeedPage.page(title, article, shanghai(LocalDate.of(2020, 1, 31)))
                .getBytes(GB18030));
    }

    /**
     * Writes a report from its parsed model: as a GB18030 page of its site here, its article as Markdown and as
     * GB18030 text here, and as a bare page in {@code target/renderings/} for LibreOffice.
     */
    private static void fromModel(FromModel model) throws IOException {
        AnnualReport report;
        try {
            report = XxgkReport.parse(TestData.REPORTS.resolve(model.original()));
        } catch (ReportReadException e) {
            throw new IOException(e);
        }
        String title = report.metadata().title().orElseThrow();
        String article = ModelPage.article(report, model.published(), model.source());
        Files.write(OUT.resolve(model.name() + ".html"), SeedPage.page(title, article, model.site())
                .getBytes(GB18030));
        Document bare = Document.createShell("");
        bare.head().appendElement("meta").attr("charset", "utf-8");
        bare.title(title);
        bare.body().append(article);
        bare.body().select("div.article-info").remove();
        write(FOR_LIBREOFFICE.resolve(model.name() + ".html"), bare.outerHtml());
        write(OUT.resolve(model.name() + ".md"), ArticleRendering.markdown(bare.body()));
        writeGb18030(OUT.resolve(model.name() + ".gb18030.txt"), ArticleRendering.text(bare.body()));
    }

    /**
     * A copy of a page of the Pingtan site, published at {@code published} (as its copy's header says), rendered
     * again as a page of that site.
     */
    private static FromModel pingtan(String original, String published) {
        LocalDate date = LocalDate.parse(published.substring(0, 10));
        LocalDate before = date.minusDays(1);
        LocalDate yearBefore = date.minusYears(1);
        int year = date.getYear() - 1;
        return new FromModel(original, published, "平潭综合实验区管委会办公室",
                new Site("平潭综合实验区党工委管委会", "平潭", today(date), List.of(
                        related(path(before, 1), "平潭综合实验区财政金融局" + year + "年度政府信息公开工作年度报告",
                                before.toString()),
                        related(path(before, 2), "平潭综合实验区社会事业局" + year + "年度政府信息公开工作年度报告",
                                before.toString()),
                        related(path(yearBefore, 3), "平潭综合实验区" + (year - 1) + "年度政府信息公开工作年度报告",
                                yearBefore.toString())),
                        "福建省平潭综合实验区管理委员会办公室", "闽ICP备09032658号", "闽公网安备 35012802000123号",
                        "3590000001", String.valueOf(date.getYear())));
    }

    /**
     * The Shanghai government's site on {@code date}, publishing day of a report of the year before: its 相关信息
     * list two bureaus' reports of the days before and the office's own of the year before.
     */
    private static Site shanghai(LocalDate date) {
        int year = date.getYear() - 1;
        LocalDate dayBefore = date.minusDays(1);
        LocalDate twoDaysBefore = date.minusDays(2);
        LocalDate yearBefore = date.minusYears(1);
        return new Site("上海市人民政府", "上海", today(date), List.of(
                related(path(dayBefore, 1), year + "年上海市发展和改革委员会政府信息公开工作年度报告", dayBefore.toString()),
                related(path(twoDaysBefore, 2), year + "年上海市教育委员会政府信息公开工作年度报告",
                        twoDaysBefore.toString()),
                related(path(yearBefore, 3), (year - 1) + "年上海市人民政府办公厅政府信息公开工作年度报告",
                        yearBefore.toString())),
                "上海市人民政府办公厅", "沪ICP备05012345号-1", "沪公网安备 31010102000123号", "3100000001",
                String.valueOf(date.getYear()));
    }

    /** A site's top-bar date: 2020年1月31日 星期五. */
    private static String today(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日 星期"
                + "一二三四五六日".charAt(date.getDayOfWeek().getValue() - 1);
    }

    /** The path of an article published on {@code date}, {@code 202001/t20200119_1}. */
    private static String path(LocalDate date, int number) {
        String day = date.toString().replace("-", "");
        return day.substring(0, 6) + "/t" + day + "_" + number;
    }

    private static String related(String path, String title, String date) {
        return "<li><a href=\"/zwgk/xxgk/ndbg/" + path + ".html\">" + title + "</a><span>" + date + "</span></li>";
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
