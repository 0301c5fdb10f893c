package io.github.xxgk.report.internal.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.report.internal.block.Block;
import io.github.xxgk.report.internal.block.Cell;
import io.github.xxgk.report.internal.block.Paragraph;
import io.github.xxgk.report.internal.block.Table;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The line heuristics of the PDF reader on small, made-up pages. */
class PdfBlocksTest {

    private static List<List<PdfLine>> pages(List<List<String>> texts) {
        List<List<PdfLine>> pages = new ArrayList<>();
        int n = 0;
        for (List<String> page : texts) {
            List<PdfLine> lines = new ArrayList<>();
            for (String text : page) {
                lines.add(new PdfLine(text, ++n));
            }
            pages.add(lines);
        }
        return pages;
    }

    private static List<Block> blocks(List<List<String>> texts) {
        return PdfBlocks.blocks(PdfPages.clean(pages(texts)));
    }

    @ParameterizedTest
    @CsvSource({"- 4 -, false", "— 4 —, false", "-4-, false", "第 4 页, false", "第4页 共12页, false", "4/12, false",
        "4, true", "Page 3 of 9, false"})
    void pageNumbersAreRecognised(String text, boolean firstOrLast) {
        assertThat(PdfPages.isPageNumber(text, firstOrLast)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"4, false", "2024 年, true", "（一）予以公开, true", "- 共 4 项 -, true"})
    void otherLinesAreNotPageNumbers(String text, boolean firstOrLast) {
        assertThat(PdfPages.isPageNumber(text, firstOrLast)).isFalse();
    }

    @Test
    void headerRepeatedOnEveryPageIsDropped() {
        List<Block> blocks = blocks(List.of(
                List.of("某某区人民政府办公室文件", "一、总体情况", "第 1 页 共 3 页"),
                List.of("某某区人民政府办公室文件", "二、主动公开政府信息情况", "第 2 页 共 3 页"),
                List.of("某某区人民政府办公室文件", "六、其他需要报告的事项", "第 3 页 共 3 页")));

        assertThat(blocks).extracting(b -> ((Paragraph) b).text())
                .containsExactly("一、总体情况", "二、主动公开政府信息情况", "六、其他需要报告的事项");
    }

    @Test
    void rowsOfValuesAtTheEdgesOfPagesAreNotTakenForRunningHeaders() {
        List<Block> blocks = blocks(List.of(
                List.of("0 0 0 0 0 0 0", "1.重复申请 0 0 0 0 0 0 0", "1 0 0 0 0 0 1"),
                List.of("0 0 0 0 0 0 0", "2.重复申请 0 0 0 0 0 0 0", "2 0 0 0 0 0 2"),
                List.of("0 0 0 0 0 0 0", "3.重复申请 0 0 0 0 0 0 0", "3 0 0 0 0 0 3")));

        assertThat(((Table) blocks.get(0)).rows()).hasSize(9);
    }

    @Test
    void valuesSplitFromTheirLabelAndLabelsSplitAtTheirNumbers() {
        Table table = (Table) blocks(List.of(List.of(
                "（三）不予公开 1.属于国家秘密 0 0 0 0 0 0 0",
                "2.其他法律行政 法规禁止公开 1 0 0 0 0 0 1",
                "行政事业性收费 96171.6"))).get(0);

        assertThat(table.rows().get(0).cells()).extracting(Cell::text)
                .containsExactly("（三）不予公开", "1.属于国家秘密", "0", "0", "0", "0", "0", "0", "0");
        assertThat(table.rows().get(1).cells()).extracting(Cell::text)
                .containsExactly("2.其他法律行政法规禁止公开", "1", "0", "0", "0", "0", "0", "1");
        assertThat(table.rows().get(2).cells()).extracting(Cell::text).containsExactly("行政事业性收费", "96171.6");
    }

    @Test
    void wideGapsSplitHeaderCells() {
        Table table = (Table) blocks(List.of(List.of(
                "信息内容    本年制发件数    本年废止件数    现行有效件数",
                "规章  0  0  0"))).get(0);

        assertThat(table.rows().get(0).cells()).extracting(Cell::text)
                .containsExactly("信息内容", "本年制发件数", "本年废止件数", "现行有效件数");
        assertThat(table.rows().get(1).cells()).extracting(Cell::text).containsExactly("规章", "0", "0", "0");
    }

    @Test
    void proseEndingInANumberStaysProse() {
        List<Block> blocks = blocks(List.of(List.of(
                "（一）主动公开情况。2024 年，我区在政府网站平台主动发布各类政府信息 2428 条，公开政府常务会议 7",
                "期，解读信息发布 7 条。",
                "地址：淮安市洪泽区洪泽湖大道 90")));

        assertThat(blocks).allMatch(Paragraph.class::isInstance);
    }

    @Test
    void labelPrintedOneCharacterPerLineIsJoined() {
        List<PdfLine> lines = PdfPages.joinStacked(pages(List.of(List.of("三", "、", "本", "年", "度", "办", "理",
                "结", "果", "（一）予以公开 50 0 0 0 0 0 50"))).get(0));

        assertThat(lines).extracting(PdfLine::text).containsExactly("三、本年度办理结果", "（一）予以公开 50 0 0 0 0 0 50");
        assertThat(lines.get(0).number()).isEqualTo(1);
    }

    @Test
    void valuesOnTheirOwnLineTakeTheWrappedLabelAbove() {
        Table table = (Table) blocks(List.of(List.of(
                "1.本机关不掌握相关政府信息 31 0 0 0 0 0 31",
                "5.要求行政机关确认或重 新出具",
                "已获取信息",
                "0 0 0 0 0 0 0"))).get(0);

        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(1).cells()).extracting(Cell::text)
                .containsExactly("5.要求行政机关确认或重新出具已获取信息", "0", "0", "0", "0", "0", "0", "0");
        assertThat(table.rows().get(1).line()).isEqualTo(2);
    }

    @Test
    void valuesUnderAStackedHeaderStayBare() {
        Table table = (Table) blocks(List.of(List.of(
                "四、政府信息公开行政复议、行政诉讼情况", "行政复议 行政诉讼", "结果", "维持", "总 计",
                "1 1 0 0 2 1 0 0 0 1 2 0 1 0 3", "五、存在的主要问题及改进情况"))).get(1);

        assertThat(table.rows()).extracting(r -> r.cells().size()).containsExactly(2, 1, 1, 1, 15);
        assertThat(table.rows().get(3).cells()).containsExactly(Cell.of("总计"));
    }

    @Test
    void sectionHeadingBetweenRowsBelongsToTheTableElsewhereIsAParagraph() {
        List<Block> blocks = blocks(List.of(List.of(
                "三、收到和处理政府信息公开申请情况",
                "二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0",
                "三、本年度办理结果",
                "（一）予以公开 50 0 0 0 0 0 50",
                "四、政府信息公开行政复议、行政诉讼情况")));

        assertThat(blocks).hasSize(3);
        assertThat(blocks.get(0)).isEqualTo(new Paragraph("三、收到和处理政府信息公开申请情况", 1));
        assertThat(((Table) blocks.get(1)).rows()).hasSize(3);
        assertThat(((Table) blocks.get(1)).rows().get(1).cells()).containsExactly(Cell.of("三、本年度办理结果"));
        assertThat(blocks.get(2)).isEqualTo(new Paragraph("四、政府信息公开行政复议、行政诉讼情况", 5));
    }

    @Test
    void fullWidthLinesRunOnAcrossPagesShortOnesEndParagraphs() {
        List<Block> blocks = blocks(List.of(
                List.of("- 1 -", "淮安市洪泽区人民政府", "二是加强对典型案例的研究、梳理和汇总。不定期更新",
                        "编制适用性广、操作性强的依申请公开政府信息答复书模板，使"),
                List.of("- 2 -", "各行政机关答复的方式、格式更加规范。", "六、其他需要报告的事项")));

        assertThat(blocks).extracting(b -> ((Paragraph) b).text()).containsExactly("淮安市洪泽区人民政府",
                "二是加强对典型案例的研究、梳理和汇总。不定期更新编制适用性广、操作性强的依申请公开政府信息答复书模板，使各行政机关答复的方式、格式更加规范。",
                "六、其他需要报告的事项");
    }

    @Test
    void groupLabelWrappedInANarrowColumnStaysInTheTable() {
        List<Block> blocks = blocks(List.of(List.of(
                "二、上年结转政府信息公开申请数量 18 0 0 0 0 0 18",
                "三、本年",
                "度办理结",
                "果",
                "（一）予以公开 258 12 0 0 1 1 272")));

        assertThat(blocks).hasSize(1);
        assertThat(((Table) blocks.get(0)).rows()).extracting(r -> r.cells().get(0).text())
                .containsExactly("二、上年结转政府信息公开申请数量", "三、本年", "度办理结", "果", "（一）予以公开");
    }

    @Test
    void unitPrintedApartFromItsAmountIsJoinedToIt() {
        Table table = (Table) blocks(List.of(List.of(
                "信息内容 采购项目数量 采购总金额",
                "政府集中采购 6 251000 元"))).get(0);

        assertThat(table.rows().get(1).cells()).extracting(Cell::text)
                .containsExactly("政府集中采购", "6", "251000元");
    }
}
