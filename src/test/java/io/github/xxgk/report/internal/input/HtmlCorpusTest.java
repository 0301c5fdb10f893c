package io.github.xxgk.report.internal.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.report.internal.block.Block;
import io.github.xxgk.report.internal.block.Cell;
import io.github.xxgk.report.internal.block.Paragraph;
import io.github.xxgk.report.internal.block.Row;
import io.github.xxgk.report.internal.block.SourceDocument;
import io.github.xxgk.report.internal.block.Table;
import io.github.xxgk.report.model.SourceFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Real report pages from the corpus (see testdata/html/README.md), read into blocks. */
class HtmlCorpusTest {

    private static final String BALANCE_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

    /** Text of the site around the article that must not appear in any block. */
    private static final List<String> CHROME = List.of("当前位置", "QQ空间", "附件下载", "打印本页", "关闭窗口",
            "扫一扫", "文字解读", "图片解读", "H5解读", "文件下载", "版权所有", "主办单位", "网站标识码", "友情链接",
            "来源：");

    /** Short chrome labels that report prose may contain ("全真版上传") but no block may be. */
    private static final List<String> CHROME_LABELS = List.of("首页", "微信", "微博", "全真版", "文字版", "打印",
            "关闭", "政务公开", "相关链接：");

    private static SourceDocument read(String file) throws IOException {
        return Sources.read(Files.readAllBytes(io.github.xxgk.report.TestData.REPORTS.resolve(file)), file);
    }

    private static Stream<String> texts(Block block) {
        if (block instanceof Paragraph paragraph) {
            return Stream.of(paragraph.text());
        }
        return ((Table) block).rows().stream().flatMap(row -> row.cells().stream()).map(Cell::text);
    }

    private static List<String> paragraphs(SourceDocument document) {
        return document.blocks().stream().filter(Paragraph.class::isInstance)
                .map(b -> ((Paragraph) b).text()).toList();
    }

    private static List<Table> tables(SourceDocument document) {
        return document.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
    }

    /** The first row, in any table, whose first cell starts with the label. */
    private static Row row(SourceDocument document, String label) {
        return tables(document).stream().flatMap(t -> t.rows().stream())
                .filter(r -> r.cells().get(0).text().startsWith(label)).findFirst().orElseThrow();
    }

    private static List<String> lastOrigins(Row row, int n) {
        List<String> origins = row.originCells().stream().map(Cell::text).toList();
        return origins.subList(origins.size() - n, origins.size());
    }

    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("pingtan-2019.html", "平潭综合实验区2019年度政府信息公开工作年度报告", 3, "一、总体情况"),
                Arguments.of("pingtan-2021.html", "平潭综合实验区2021年度政府信息公开工作年度报告", 3, "一、总体情况"),
                Arguments.of("pingtan-2024.html", "平潭综合实验区2024年度政府信息公开工作年度报告", 3, "一、总体情况"),
                Arguments.of("pingtan-county-2011-legacy.html", "平潭县人民政府2011年政府信息公开工作年度报告", 1,
                        "一、 概述"),
                Arguments.of("shanghai-gov-office-2019-fragment.html", "2019年上海市人民政府办公厅政府信息公开工作年度报告",
                        3, "一、总体情况"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void readsTheArticleWithItsHeadingsTablesAndTitle(String file, String title, int tableCount, String first)
            throws IOException {
        SourceDocument document = read(file);

        assertThat(document.format()).isEqualTo(SourceFormat.HTML);
        assertThat(document.name()).isEqualTo(file);
        assertThat(document.titleHint()).contains(title);
        assertThat(paragraphs(document)).contains(first, "二、主动公开政府信息情况");
        assertThat(tables(document)).hasSize(tableCount);
        assertThat(document.blocks()).allSatisfy(block -> assertThat(block.line()).isPositive());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void noPageChromeReachesTheBlocks(String file) throws IOException {
        SourceDocument document = read(file);

        List<String> texts = document.blocks().stream().flatMap(HtmlCorpusTest::texts).toList();
        for (String chrome : CHROME) {
            assertThat(texts).as(chrome).noneMatch(text -> text.contains(chrome));
        }
        assertThat(texts).doesNotContainAnyElementsOf(CHROME_LABELS);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"pingtan-2019.html", "pingtan-2021.html", "pingtan-2024.html",
            "shanghai-gov-office-2019-fragment.html"})
    void sectionsAreInReadingOrderAroundTheirTables(String file) throws IOException {
        List<Block> blocks = read(file).blocks();

        List<String> order = blocks.stream()
                .map(b -> b instanceof Paragraph p ? p.text() : "TABLE")
                .filter(t -> t.equals("TABLE") || t.matches("^[二三四五六]、.*"))
                .toList();
        assertThat(order).containsSubsequence("二、主动公开政府信息情况", "TABLE", "三、收到和处理政府信息公开申请情况",
                "TABLE", "TABLE");
        assertThat(order.get(order.size() - 1)).startsWith("六、");
    }

    @Test
    void pingtan2024RequestTable() throws IOException {
        SourceDocument document = read("pingtan-2024.html");

        assertThat(lastOrigins(row(document, "一、本年新收"), 7)).containsExactly("217", "1", "0", "0", "0", "0", "218");
        assertThat(lastOrigins(row(document, "四、结转下年度继续办理"), 7))
                .containsExactly("0", "0", "0", "0", "0", "0", "0");
        Row partial = tables(document).get(1).rows().stream()
                .filter(r -> r.cells().get(1).text().startsWith("（二）部分公开")).findFirst().orElseThrow();
        assertThat(partial.cells().get(0)).isEqualTo(new Cell("三、本年度办理结果", false));
        assertThat(partial.cells()).hasSize(10);
        assertThat(lastOrigins(partial, 7)).containsExactly("29", "0", "0", "0", "0", "0", "29");
        Row header = tables(document).get(1).rows().get(2);
        assertThat(header.cells().get(0)).isEqualTo(new Cell(BALANCE_NOTE, false));
        assertThat(header.originCells()).extracting(Cell::text)
                .containsExactly("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他");
        Table appeals = tables(document).get(2);
        assertThat(appeals.rows().get(3).cells()).extracting(Cell::text)
                .containsExactly("2", "1", "3", "1", "7", "0", "0", "0", "0", "0", "13", "2", "4", "0", "19");
        assertThat(appeals.rows().get(0).cells()).hasSize(15);
    }

    @Test
    void pingtan2024ProactiveTableRepeatsSpannedValues() throws IOException {
        SourceDocument document = read("pingtan-2024.html");

        assertThat(row(document, "行政许可").cells()).containsExactly(
                Cell.of("行政许可"), Cell.of("4529"), new Cell("4529", false), new Cell("4529", false));
        assertThat(row(document, "行政规范性文件").cells()).extracting(Cell::text)
                .containsExactly("行政规范性文件", "62", "33", "440");
        assertThat(row(document, "行政事业性收费").originCells()).extracting(Cell::text)
                .containsExactly("行政事业性收费", "18651.06");
    }

    @Test
    void pingtan2021MisalignedHeaderKeepsRegularDataRows() throws IOException {
        SourceDocument document = read("pingtan-2021.html");

        assertThat(lastOrigins(row(document, "一、本年新收"), 7)).containsExactly("64", "0", "0", "2", "0", "4", "70");
        Row total = tables(document).get(1).rows().stream()
                .filter(r -> r.cells().get(1).text().equals("（七）总计")).findFirst().orElseThrow();
        assertThat(lastOrigins(total, 7)).containsExactly("63", "0", "0", "2", "0", "4", "69");
        assertThat(tables(document).get(1).rows()).hasSize(28);
        assertThat(tables(document).get(1).line()).isEqualTo(578);
        assertThat(row(document, "一、本年新收").line()).isEqualTo(673);
    }

    @Test
    void pingtan2019SplitResultsCellAndProcurement() throws IOException {
        SourceDocument document = read("pingtan-2019.html");

        assertThat(row(document, "政府集中采购").originCells()).extracting(Cell::text)
                .containsExactly("政府集中采购", "135", "75394432.52元");
        Table requests = tables(document).get(1);
        assertThat(requests.rows()).hasSize(26);
        assertThat(requests.rows()).filteredOn(r -> r.cells().get(0).text().equals("三、本年度办理结果"))
                .extracting(r -> r.cells().get(0).origin())
                .containsOnly(true, false).hasSize(20).filteredOn(origin -> origin).hasSize(2);
        assertThat(lastOrigins(row(document, "一、本年新收"), 7)).containsExactly("23", "0", "0", "0", "0", "0", "23");
    }

    @Test
    void shanghaiFragmentBlankCellsAndHeaderLineBreaks() throws IOException {
        SourceDocument document = read("shanghai-gov-office-2019-fragment.html");

        assertThat(row(document, "一、本年新收").originCells()).extracting(Cell::text)
                .endsWith("821", "35", "", "", "2", "1", "859");
        assertThat(tables(document).get(0).rows().get(1).originCells()).extracting(Cell::text)
                .containsExactly("信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量");
        assertThat(tables(document).get(1).rows()).filteredOn(r -> r.cells().get(0).text().equals("三、本年度办理结果"))
                .hasSize(20).filteredOn(r -> !r.cells().get(0).origin()).hasSize(19);
        assertThat(paragraphs(document)).endsWith("六、其他需要报告的事项", "无。");
    }

    @Test
    void legacyCountyStatisticsTable() throws IOException {
        SourceDocument document = read("pingtan-county-2011-legacy.html");

        Table table = tables(document).get(0);
        assertThat(table.rows()).hasSize(18);
        assertThat(table.rows().get(0).cells()).extracting(Cell::text)
                .containsExactly("指标名称", "计量单位", "2011 年度", "历年累计");
        assertThat(row(document, "主动公开信息数").cells()).extracting(Cell::text)
                .containsExactly("主动公开信息数", "条", "425", "1516");
        assertThat(row(document, "其中：1.网站公开").cells()).extracting(Cell::text)
                .containsExactly("其中：1.网站公开", "条", "418", "1509");
        assertThat(table.rows()).allSatisfy(r -> assertThat(r.cells()).hasSize(4).allMatch(Cell::origin));
    }
}
