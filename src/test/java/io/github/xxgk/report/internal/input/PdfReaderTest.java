package io.github.xxgk.report.internal.input;

import static io.github.xxgk.report.internal.input.BlockFinder.lastValues;
import static io.github.xxgk.report.internal.input.BlockFinder.paragraphs;
import static io.github.xxgk.report.internal.input.BlockFinder.row;
import static io.github.xxgk.report.internal.input.BlockFinder.tables;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.report.ReportReadException;
import io.github.xxgk.report.internal.block.Cell;
import io.github.xxgk.report.internal.block.Paragraph;
import io.github.xxgk.report.internal.block.Row;
import io.github.xxgk.report.internal.block.SourceDocument;
import io.github.xxgk.report.internal.block.Table;
import io.github.xxgk.report.model.DiagnosticCode;
import io.github.xxgk.report.model.Location;
import io.github.xxgk.report.model.SourceFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Hongze 2024 (a real WPS-made PDF, gold values in the corpus) and the seed report as printed by LibreOffice. */
class PdfReaderTest {

    private static SourceDocument hongze;
    private static SourceDocument wuzhong;

    @BeforeAll
    static void read() throws ReportReadException {
        hongze = BlockFinder.read("testdata/reports/hongze-district-2024.pdf");
        wuzhong = BlockFinder.read("testdata/renderings/wuzhong-civil-affairs-2021.pdf");
    }

    @Test
    void rowsHoldTheLabelThenTheValuesInOrder() {
        assertThat(hongze.format()).isEqualTo(SourceFormat.PDF);
        assertThat(row(hongze, "本年新收").cells()).extracting(Cell::text)
                .containsExactly("一、本年新收政府信息公开申请数量", "95", "0", "0", "0", "0", "0", "95");
        assertThat(lastValues(row(hongze, "（一）予以公开"), 7)).containsExactly("50", "0", "0", "0", "0", "0", "50");
        assertThat(lastValues(row(hongze, "（七）总计"), 7)).containsExactly("95", "0", "0", "0", "0", "0", "95");
        assertThat(lastValues(row(hongze, "结转下年度"), 7)).containsOnly("0");
        assertThat(row(hongze, "行政许可").cells()).containsExactly(Cell.of("行政许可"), Cell.of("9487"));
        assertThat(row(hongze, "行政规范性文件").cells()).extracting(Cell::text)
                .containsExactly("行政规范性文件", "3", "0", "8");
    }

    @Test
    void tableFourIsFifteenBareNumbers() {
        Table appeals = tables(hongze).get(2);
        Row values = appeals.rows().get(appeals.rows().size() - 1);

        assertThat(values.cells()).extracting(Cell::text)
                .containsExactly("1", "1", "0", "0", "2", "1", "0", "0", "0", "1", "2", "0", "1", "0", "3");
        assertThat(appeals.rows().get(0).cells()).containsExactly(Cell.of("行政复议"), Cell.of("行政诉讼"));
    }

    @Test
    void wrappedAndStackedLabelsAreRejoined() {
        assertThat(row(hongze, "部分公开").cells()).extracting(Cell::text).containsExactly(
                "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "9", "0", "0", "0", "0", "0", "9");
        assertThat(row(hongze, "要求行政机关确认").cells().get(0).text()).isEqualTo("5.要求行政机关确认或重新出具已获取信息");
        assertThat(row(hongze, "大量反复").cells().get(0).text()).isEqualTo("4.无正当理由大量反复申请");
        assertThat(row(hongze, "三、本年度办理结果").cells()).containsExactly(Cell.of("三、本年度办理结果"));
        assertThat(row(hongze, "无法提供").cells()).extracting(Cell::text).startsWith("（四）无法提供", "1.本机关不掌握相关政府信息", "31");
        assertThat(row(hongze, "勾稽关系").cells())
                .containsExactly(Cell.of("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"));
    }

    @Test
    void sectionHeadingsAreParagraphsAndProseIsRejoined() {
        List<String> texts = paragraphs(hongze).stream().map(Paragraph::text).toList();

        assertThat(texts).containsSubsequence("淮安市洪泽区人民政府", "2024 年政府信息公开工作年度报告", "一、总体情况",
                "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
                "五、存在的主要问题及改进情况", "六、其他需要报告的事项");
        assertThat(texts).anyMatch(t -> t.startsWith("（一）主动公开情况。主要通过政府门户网站主动公开政府文件")
                && t.endsWith("解读信息发布 7 条。"));
        // Prose ending in a number stays prose: "…公开政府常务会议 7" is not a row with the value 7.
        assertThat(tables(hongze)).flatMap(Table::rows).noneMatch(r -> r.cells().get(0).text().contains("常务会议"));
        // A paragraph broken by a page break is whole again.
        assertThat(texts).anyMatch(t -> t.contains("答复书模板，使各行政机关答复的方式"));
    }

    @Test
    void noPageFootersAndNoBookmarksAtTheEnd() {
        assertThat(paragraphs(hongze)).extracting(Paragraph::text).noneMatch(t -> t.matches("-\\s*\\d+\\s*-"));
        assertThat(tables(hongze)).flatMap(Table::rows).flatMap(Row::cells)
                .noneMatch(c -> c.text().matches("-\\s*\\d+\\s*-"));
        assertThat(paragraphs(hongze).get(paragraphs(hongze).size() - 1).text()).startsWith("2024 年，区政府严格落实");
        assertThat(paragraphs(hongze)).filteredOn(p -> p.text().equals("一、总体情况")).hasSize(1);
        assertThat(hongze.diagnostics()).isEmpty();
    }

    @Test
    void libreOfficeRenderingOfTheSeedGivesTheSameNumbers() {
        assertThat(row(wuzhong, "本年新收").cells()).extracting(Cell::text)
                .containsExactly("一、本年新收政府信息公开申请数量", "1", "0", "0", "0", "0", "0", "1");
        assertThat(lastValues(row(wuzhong, "本机关不掌握"), 7)).containsExactly("1", "0", "0", "0", "0", "0", "1");
        assertThat(row(wuzhong, "(三)不予公开").cells()).containsExactly(Cell.of("(三)不予公开"));
        assertThat(row(wuzhong, "逾期不补正").cells().get(0).text())
                .isEqualTo("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请");
        assertThat(lastValues(row(wuzhong, "逾期不补正"), 7)).containsOnly("0");
        assertThat(tables(wuzhong).get(2).rows().get(tables(wuzhong).get(2).rows().size() - 1).cells())
                .hasSize(15);
        assertThat(paragraphs(wuzhong)).extracting(Paragraph::text).contains("一、总体情况", "六、其他需要报告的事项")
                .noneMatch(t -> t.matches("-\\s*\\d+\\s*-"));
    }

    @Test
    void imageOnlyPdfHasNoBlocksAndSaysSo() throws ReportReadException {
        SourceDocument scan = BlockFinder.read("testdata/hostile/image-only.pdf");

        assertThat(scan.blocks()).isEmpty();
        assertThat(scan.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.SOURCE_NO_TEXT);
            assertThat(d.location()).isEqualTo(Location.none());
            assertThat(d.message()).contains("no text layer");
        });
    }
}
