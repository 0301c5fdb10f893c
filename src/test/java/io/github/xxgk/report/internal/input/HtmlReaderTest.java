package io.github.xxgk.report.internal.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.xxgk.report.ReportReadException;
import io.github.xxgk.report.internal.block.Block;
import io.github.xxgk.report.internal.block.Cell;
import io.github.xxgk.report.internal.block.Paragraph;
import io.github.xxgk.report.internal.block.Row;
import io.github.xxgk.report.internal.block.SourceDocument;
import io.github.xxgk.report.internal.block.Table;
import io.github.xxgk.report.model.SourceFormat;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {

    private static SourceDocument read(String html) throws ReportReadException {
        return Sources.readText(html, "test.html");
    }

    private static List<Table> tables(SourceDocument document) {
        return document.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
    }

    private static List<String> texts(Row row) {
        return row.cells().stream().map(Cell::text).toList();
    }

    private static List<Boolean> origins(Row row) {
        return row.cells().stream().map(Cell::origin).toList();
    }

    @Test
    void expandsRowAndColumnSpansWithOriginFlags() throws ReportReadException {
        Table table = tables(read("""
                <table>
                <tr><td rowspan="2">A</td><td colspan="2">B</td></tr>
                <tr><td>C</td><td>D</td></tr>
                <tr><td colspan="2" rowspan="2">E</td><td>F</td></tr>
                <tr><td>G</td></tr>
                </table>""")).get(0);

        assertThat(table.rows()).hasSize(4);
        assertThat(texts(table.rows().get(0))).containsExactly("A", "B", "B");
        assertThat(origins(table.rows().get(0))).containsExactly(true, true, false);
        assertThat(texts(table.rows().get(1))).containsExactly("A", "C", "D");
        assertThat(origins(table.rows().get(1))).containsExactly(false, true, true);
        assertThat(texts(table.rows().get(2))).containsExactly("E", "E", "F");
        assertThat(origins(table.rows().get(2))).containsExactly(true, false, true);
        assertThat(texts(table.rows().get(3))).containsExactly("E", "E", "G");
        assertThat(origins(table.rows().get(3))).containsExactly(false, false, true);
        assertThat(table.rows().get(3).originCells()).containsExactly(Cell.of("G"));
    }

    @Test
    void rowLinesAreSourceLines() throws ReportReadException {
        SourceDocument document = read("<p>标题</p>\n<table>\n<tr><td>a</td></tr>\n\n<tr><td>b</td></tr></table>");
        Table table = tables(document).get(0);

        assertThat(table.line()).isEqualTo(2);
        assertThat(table.rows()).extracting(Row::line).containsExactly(3, 5);
        assertThat(document.blocks().get(0).line()).isEqualTo(1);
    }

    @Test
    void joinsLineBreaksBetweenChineseWithoutSpace() throws ReportReadException {
        Table table = tables(read("""
                <table><tr>
                <td>本年新<br />制作数量</td>
                <td><p>社会公益</p><p>组织</p></td>
                <td>收费金额<br>(万元)</td>
                <td><p>Total</p><p>count</p></td>
                </tr></table>""")).get(0);

        assertThat(texts(table.rows().get(0)))
                .containsExactly("本年新制作数量", "社会公益组织", "收费金额 (万元)", "Total count");
    }

    @Test
    void countsNoBreakAndIdeographicSpacesAsWhiteSpace() throws ReportReadException {
        Table table = tables(read("""
                <table><tr>
                <td>&nbsp;</td>
                <td>&nbsp;&nbsp;12&nbsp;</td>
                <td>\u3000\u3000总\u3000计\u3000</td>
                <td><p>本年度办
                 &nbsp; &nbsp; &nbsp; </p><p>理结果</p></td>
                </tr></table>""")).get(0);

        assertThat(texts(table.rows().get(0))).containsExactly("", "12", "总 计", "本年度办理结果");
    }

    @Test
    void nestedInlineMarkupRunsOn() throws ReportReadException {
        Table table = tables(read("""
                <table><tr><td><p><span><span style="x">行政</span><b>许<i>可</i></b></span><o:p></o:p></p></td>
                <td><span>4</span><span>529</span></td></tr></table>""")).get(0);

        assertThat(texts(table.rows().get(0))).containsExactly("行政许可", "4529");
    }

    @Test
    void nestedTableFollowsItsOuterTableAndStaysOutOfTheCell() throws ReportReadException {
        SourceDocument document = read("""
                <p>前言</p>
                <table><tr><td>外</td><td>见下表<table><tr><td>内1</td><td>内2</td></tr></table></td></tr></table>
                <p>后记</p>""");

        List<Block> blocks = document.blocks();
        assertThat(blocks).hasSize(4);
        assertThat(((Paragraph) blocks.get(0)).text()).isEqualTo("前言");
        assertThat(texts(((Table) blocks.get(1)).rows().get(0))).containsExactly("外", "见下表");
        assertThat(texts(((Table) blocks.get(2)).rows().get(0))).containsExactly("内1", "内2");
        assertThat(((Paragraph) blocks.get(3)).text()).isEqualTo("后记");
    }

    @Test
    void layoutTableIsReadAsContentAndItsNavigationCellDropped() throws ReportReadException {
        SourceDocument document = read("""
                <table><tr><td><a href="/">首页</a></td>
                <td><p>一、总体情况</p><p>本机关认真贯彻落实政府信息公开条例，主动公开各类信息。</p>
                <table><tr><td>规章</td><td>0</td></tr></table></td></tr></table>""");

        assertThat(document.blocks()).hasSize(3);
        assertThat(((Paragraph) document.blocks().get(0)).text()).isEqualTo("一、总体情况");
        assertThat(texts(((Table) document.blocks().get(2)).rows().get(0))).containsExactly("规章", "0");
    }

    @Test
    void blockElementsBecomeParagraphsWithHeadingLevels() throws ReportReadException {
        SourceDocument document = read("""
                <h2>一、总体情况</h2>
                <div>直接文本<p>段落</p>尾文本</div>
                <ul><li>条目一</li><li>条目<a href="#">二</a></li></ul>
                <p>第一行<br>第二行</p>
                <script>var x = "不要";</script><style>p { }</style>""");

        assertThat(document.blocks()).map(b -> (Paragraph) b).extracting(Paragraph::text)
                .containsExactly("一、总体情况", "直接文本", "段落", "尾文本", "条目一", "条目二", "第一行", "第二行");
        assertThat(((Paragraph) document.blocks().get(0)).headingLevel()).isEqualTo(2);
        assertThat(((Paragraph) document.blocks().get(1)).headingLevel()).isZero();
        assertThat(document.format()).isEqualTo(SourceFormat.HTML);
    }

    @Test
    void hostileSpansAreCapped() throws ReportReadException {
        Table table = tables(read("""
                <table>
                <tr><td rowspan="99999999" colspan="99999999">A</td><td colspan="0">B</td></tr>
                <tr><td>C</td></tr>
                </table>""")).get(0);

        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(0).cells()).hasSize(HtmlGrid.MAX_COLSPAN + 1);
        assertThat(table.rows().get(0).cells().get(HtmlGrid.MAX_COLSPAN)).isEqualTo(Cell.of("B"));
        assertThat(table.rows().get(1).cells()).hasSize(HtmlGrid.MAX_COLSPAN + 1);
        assertThat(table.rows().get(1).cells().get(0)).isEqualTo(new Cell("A", false));
        assertThat(table.rows().get(1).cells().get(HtmlGrid.MAX_COLSPAN)).isEqualTo(Cell.of("C"));
    }

    @Test
    void rowZeroSpanReachesTheLastRow() throws ReportReadException {
        Table table = tables(read("""
                <table><tr><td rowspan="0">A</td><td>1</td></tr><tr><td>2</td></tr><tr><td>3</td></tr></table>""")).get(0);

        assertThat(table.rows()).extracting(r -> texts(r)).containsExactly(
                List.of("A", "1"), List.of("A", "2"), List.of("A", "3"));
    }

    @Test
    void uncoveredPositionsLeftOfACellAreEmpty() throws ReportReadException {
        Table table = tables(read("""
                <table><tr><td>a</td><td>b</td><td rowspan="2">c</td></tr><tr><td>d</td></tr>
                <tr><td>e</td></tr></table>""")).get(0);

        assertThat(texts(table.rows().get(1))).containsExactly("d", "", "c");
        assertThat(origins(table.rows().get(1))).containsExactly(true, true, false);
        assertThat(texts(table.rows().get(2))).containsExactly("e");
    }

    @Test
    void pageChromeIsDroppedAndTitleTakenFromTheHeading() throws ReportReadException {
        String prose = "本机关坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实政府信息公开条例，"
                + "全年主动公开政府信息一千余条，依申请公开工作规范有序。";
        SourceDocument document = read(String.format(Locale.ROOT, """
                <html><head><title>某某区2023年政府信息公开工作年度报告_年报_某某区人民政府</title></head><body>
                <div class="top"><ul><li><a href="/">首页</a></li><li><a href="/a">政务公开</a></li>
                <li><a href="/b">办事服务</a></li><li><a href="/c">互动交流</a></li></ul></div>
                <div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/x">年报</a></div>
                <div class="main"><h1>某某区2023年政府信息公开工作年度报告</h1>
                <div class="share"><a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
                <div class="body"><p>一、总体情况</p><p>%1$s</p><p>二、主动公开政府信息情况</p><p>%1$s</p>
                <p>六、其他需要报告的事项</p><p>无。</p></div>
                <div class="tools"><a href="#">打印本页</a> <a href="#">关闭窗口</a></div>
                <div class="files">附件下载：</div></div>
                <div class="bottom">主办单位：某某区人民政府办公室 <a href="/about">关于我们</a> <a href="/map">网站地图</a></div>
                </body></html>""", prose));

        assertThat(document.blocks()).map(b -> ((Paragraph) b).text()).containsExactly(
                "一、总体情况", prose, "二、主动公开政府信息情况", prose, "六、其他需要报告的事项", "无。");
        assertThat(document.titleHint()).contains("某某区2023年政府信息公开工作年度报告");
    }

    @Test
    void titleFallsBackToThePageTitleWithoutTheSiteName() {
        assertThat(ArticleFinder.stripSiteName("某某区2022年度政府信息公开工作年度报告-平潭综合实验区"))
                .contains("某某区2022年度政府信息公开工作年度报告");
        assertThat(ArticleFinder.stripSiteName(" 报告 | 2019-2020年度汇总 ")).contains("2019-2020年度汇总");
        assertThat(ArticleFinder.stripSiteName("")).isEmpty();
    }

    @Test
    void titleFallsBackToACentredFirstLine() throws ReportReadException {
        SourceDocument document = read("<p style='text-align: center'>某局2019年政府信息公开工作年度报告</p><p>正文</p>");

        assertThat(document.titleHint()).contains("某局2019年政府信息公开工作年度报告");
    }

    @Test
    void pageWithoutTextIsEmpty() {
        assertThatThrownBy(() -> read("<html><body><div><br></div><script>x()</script></body></html>"))
                .isInstanceOfSatisfying(ReportReadException.class,
                        e -> assertThat(e.reason()).isEqualTo(ReportReadException.Reason.EMPTY));
    }
}
