package io.github.xxgk.report;

import io.github.xxgk.report.SeedTables.SeedRow;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The seed report as a government web page: an article written from the seed's own text (title, paragraphs,
 * headings, {@code **bold**} as {@code <strong>}, the three tables with the 2021 template's merged cells from
 * {@link SeedTables}) inside invented but typical site chrome — navigation, 当前位置 breadcrumbs, a side list of
 * links, 微信/微博 share links, a list of other agencies' reports and a 版权所有/ICP备案 footer.
 */
final class SeedPage {

    private static final Pattern SECTION = Pattern.compile("[一二三四五六七八九十]+、\\S{2,30}");
    private static final Pattern SUBSECTION = Pattern.compile("（[一二三四五六七八九十]+）[^。]{2,30}");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
    private static final String SENTENCE_END = "。！？；：”）";
    /** A line longer than this that does not end a sentence was broken across a page: it goes on in the next. */
    private static final int BROKEN_LINE = 40;

    private SeedPage() {
    }

    /** The title the seed prints on its first two lines, as one line: 吴忠市民政局2021年政府信息公开工作年度报告. */
    static String title(String seed) {
        List<String> lines = seed.lines().map(String::strip).filter(line -> !line.isEmpty()).limit(2).toList();
        return (lines.get(0) + lines.get(1)).replace(" ", "");
    }

    /** The article: the title as {@code <h1>} and the report's body in a content {@code <div>}. */
    static String article(String seed) {
        StringBuilder html = new StringBuilder();
        html.append("<h1 class=\"article-title\">").append(escape(title(seed))).append("</h1>\n");
        html.append("<div class=\"article-info\"><span>发布时间：2022-01-24 09:30</span>"
                + "<span>来源：吴忠市民政局</span><span>字号：<a href=\"javascript:;\">大</a> "
                + "<a href=\"javascript:;\">中</a> <a href=\"javascript:;\">小</a></span>"
                + "<span>浏览次数：<span id=\"hits\">386</span></span></div>\n");
        html.append("<div class=\"article-content TRS_Editor\">\n");
        List<List<String>> blocks = blocks(seed);
        int tables = 0;
        for (List<String> block : blocks.subList(2, blocks.size())) {
            if (block.get(0).contains("\t")) {
                List<SeedRow> rows = block.stream().map(SeedRow::of).toList();
                html.append(switch (tables++) {
                    case 0 -> SeedTables.proactive(rows);
                    case 1 -> SeedTables.requests(rows);
                    default -> SeedTables.appeals(rows);
                });
            } else {
                html.append(paragraph(String.join("", block)));
            }
        }
        return html.append("</div>\n").toString();
    }

    /** The seed's blocks: runs of table rows, and paragraphs (a paragraph broken across a page joined again). */
    private static List<List<String>> blocks(String seed) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : seed.split("\r?\n", -1)) {
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    blocks.add(current);
                    current = new ArrayList<>();
                }
            } else if (line.contains("\t") || current.isEmpty()) {
                current.add(line);
            } else {
                current.set(current.size() - 1, current.get(current.size() - 1) + line.strip());
            }
        }
        if (!current.isEmpty()) {
            blocks.add(current);
        }
        List<List<String>> joined = new ArrayList<>();
        for (List<String> block : blocks) {
            List<String> previous = joined.isEmpty() ? List.of() : joined.get(joined.size() - 1);
            if (!block.get(0).contains("\t") && previous.size() == 1 && brokenOff(previous.get(0))) {
                joined.set(joined.size() - 1, List.of(previous.get(0).strip() + block.get(0).strip()));
            } else {
                joined.add(block);
            }
        }
        return joined;
    }

    private static boolean brokenOff(String line) {
        String text = line.strip();
        return text.length() > BROKEN_LINE && !text.contains("\t")
                && SENTENCE_END.indexOf(text.charAt(text.length() - 1)) < 0;
    }

    private static String paragraph(String line) {
        String text = line.strip();
        if (SECTION.matcher(text).matches()) {
            return "<h3>" + escape(text) + "</h3>\n";
        }
        if (SUBSECTION.matcher(text).matches()) {
            return "<h4>" + escape(text) + "</h4>\n";
        }
        String html = BOLD.matcher(escape(text)).replaceAll("<strong>$1</strong>");
        return "<p style=\"text-indent:2em\">" + html + "</p>\n";
    }

    /** The whole page around the article. */
    static String page(String seed) {
        return page(title(seed), article(seed), WUZHONG);
    }

    /** A page of {@code site} around an article, whose title names the page. */
    static String page(String title, String article, Site site) {
        return CHROME.replace("{title}", escape(title)).replace("{site}", site.name())
                .replace("{place}", site.place()).replace("{today}", site.today())
                .replace("{related}", String.join("\n", site.related()))
                .replace("{host}", site.host()).replace("{icp}", site.icp()).replace("{police}", site.police())
                .replace("{code}", site.code()).replace("{year}", site.year()).replace("{article}", article);
    }

    /**
     * What a page says about its site: its name, the place it serves (走进…), the date in its top bar, the
     * {@code <li>} items of its 相关信息 list, who runs it, its ICP and 公网安备 numbers and 网站标识码, the year of its
     * copyright line.
     */
    record Site(String name, String place, String today, List<String> related, String host, String icp,
            String police, String code, String year) {
    }

    private static final Site WUZHONG = new Site("吴忠市人民政府", "吴忠", "2022年1月24日 星期一", List.of(
            "<li><a href=\"/zwgk/xxgk/ndbg/202201/t20220121_1.html\">吴忠市财政局2021年政府信息公开工作年度报告</a>"
                    + "<span>2022-01-21</span></li>",
            "<li><a href=\"/zwgk/xxgk/ndbg/202201/t20220120_2.html\">吴忠市教育局2021年政府信息公开工作年度报告</a>"
                    + "<span>2022-01-20</span></li>",
            "<li><a href=\"/zwgk/xxgk/ndbg/202101/t20210125_3.html\">吴忠市民政局2020年政府信息公开工作年度报告</a>"
                    + "<span>2021-01-25</span></li>"),
            "吴忠市人民政府办公室", "宁ICP备05001588号-1", "宁公网安备 64030202000101号", "6403000001", "2022");

    /** Escapes text for HTML element content and attribute values. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static final String CHROME = """
            <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" \
            "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
            <html xmlns="http://www.w3.org/1999/xhtml">
            <head>
            <meta http-equiv="X-UA-Compatible" content="IE=edge" />
            <meta charset="gb2312" />
            <title>{title}_政府信息公开年报_{site}</title>
            <meta name="SiteName" content="{site}" />
            <meta name="ColumnName" content="政府信息公开年报" />
            <meta name="ArticleTitle" content="{title}" />
            <link rel="stylesheet" type="text/css" href="/images/common.css" />
            <style type="text/css">.article-title{font-size:24px;text-align:center}.share a{margin:0 4px}</style>
            <script type="text/javascript" src="/js/jquery.min.js"></script>
            <script type="text/javascript">var _hmt = _hmt || []; /* 统计代码 */</script>
            </head>
            <body>
            <div class="top-bar"><span>今天是：{today}</span><a href="/">无障碍浏览</a><a href="/">长者模式</a>\
            <a href="/">繁體</a><a href="/">English</a></div>
            <div class="header"><div class="logo"><a href="/"><img src="/images/logo.png" alt="{site}" /></a></div>
            <div class="search"><form action="/search"><input type="text" name="q" value="请输入关键字" />\
            <input type="submit" value="搜索" /></form></div></div>
            <div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li>\
            <li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjwz/">走进{place}</a></li>\
            <li><a href="/ztzl/">专题专栏</a></li></ul></div>
            <div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; \
            <a href="/zwgk/xxgk/">政府信息公开</a> &gt; <a href="/zwgk/xxgk/ndbg/">政府信息公开年报</a></div>
            <div class="main">
            <div class="side">
            <h3>政府信息公开</h3>
            <ul>
            <li><a href="/zwgk/xxgk/zn/">政府信息公开指南</a></li>
            <li><a href="/zwgk/xxgk/zd/">政府信息公开制度</a></li>
            <li><a href="/zwgk/xxgk/fdzdgknr/">法定主动公开内容</a></li>
            <li><a href="/zwgk/xxgk/ndbg/">政府信息公开年报</a></li>
            <li><a href="/zwgk/xxgk/ysqgk/">依申请公开</a></li>
            <li><a href="/zwgk/xxgk/jgzn/">机构职能</a></li>
            </ul>
            </div>
            <div class="content">
            <div class="article">
            {article}\
            <div class="share">分享到：<a href="javascript:;" class="wx" title="分享到微信">微信</a>\
            <a href="javascript:;" class="wb" title="分享到新浪微博">微博</a>\
            <a href="javascript:;" class="qq" title="分享到QQ空间">QQ空间</a></div>
            <div class="tools"><a href="javascript:window.print();">【打印本页】</a>\
            <a href="javascript:window.close();">【关闭窗口】</a></div>
            </div>
            <div class="related">
            <h3>相关信息</h3>
            <ul>
            {related}
            </ul>
            </div>
            </div>
            </div>
            <div class="footer">
            <p><a href="/">网站地图</a> | <a href="/">联系我们</a> | <a href="/">网站声明</a></p>
            <p>主办单位：{host}　版权所有：{site}　© {year}</p>
            <p><a href="https://beian.miit.gov.cn/">{icp}</a>　{police}　网站标识码：{code}</p>
            <p>建议使用1366×768分辨率浏览</p>
            </div>
            </body>
            </html>
            """;
}
