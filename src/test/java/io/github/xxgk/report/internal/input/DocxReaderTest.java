package io.github.xxgk.report.internal.input;

import static io.github.xxgk.report.internal.input.BlockFinder.lastValues;
import static io.github.xxgk.report.internal.input.BlockFinder.paragraph;
import static io.github.xxgk.report.internal.input.BlockFinder.paragraphs;
import static io.github.xxgk.report.internal.input.BlockFinder.read;
import static io.github.xxgk.report.internal.input.BlockFinder.row;
import static io.github.xxgk.report.internal.input.BlockFinder.tables;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.report.ReportReadException;
import io.github.xxgk.report.internal.block.Cell;
import io.github.xxgk.report.internal.block.Paragraph;
import io.github.xxgk.report.internal.block.Row;
import io.github.xxgk.report.internal.block.SourceDocument;
import io.github.xxgk.report.internal.block.Table;
import io.github.xxgk.report.model.SourceFormat;
import java.io.ByteArrayOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seed report as DOCX, both as built with POI (localised style ids, hMerge) and as LibreOffice re-saved it
 * (list instances sharing one definition, its own grid): same blocks where the two agree.
 */
class DocxReaderTest {

    private static final String POI = "testdata/renderings/wuzhong-civil-affairs-2021.docx";
    private static final String LIBREOFFICE = "testdata/renderings/wuzhong-civil-affairs-2021.libreoffice.docx";

    @ParameterizedTest
    @ValueSource(strings = {POI, LIBREOFFICE})
    void requestTableKeepsTheTextsNumbers(String path) throws ReportReadException {
        SourceDocument doc = read(path);

        assertThat(doc.format()).isEqualTo(SourceFormat.DOCX);
        assertThat(lastValues(row(doc, "本年新收"), 7)).containsExactly("1", "0", "0", "0", "0", "0", "1");
        assertThat(lastValues(row(doc, "本机关不掌握"), 7)).containsExactly("1", "0", "0", "0", "0", "0", "1");
        assertThat(lastValues(row(doc, "(七) 总计"), 7)).containsExactly("1", "0", "0", "0", "0", "0", "1");
        assertThat(lastValues(row(doc, "结转下年度"), 7)).containsOnly("0");
    }

    @ParameterizedTest
    @ValueSource(strings = {POI, LIBREOFFICE})
    void verticalMergesRepeatTheirOriginAsCoveredCells(String path) throws ReportReadException {
        Row row = row(read(path), "其他法律行政法规禁止公开");

        assertThat(row.cells().subList(0, 3)).containsExactly(new Cell("三、本年度办理结果", false),
                new Cell("(三) 不予公开", false), new Cell("2. 其他法律行政法规禁止公开", true));
        assertThat(row.cells()).hasSize(10);
    }

    @Test
    void gridSpanAndHMergeFillTheGrid() throws ReportReadException {
        SourceDocument doc = read(POI);
        Table proactive = tables(doc).get(0);

        assertThat(proactive.rows()).allSatisfy(r -> assertThat(r.cells()).hasSize(4));
        assertThat(proactive.rows().get(0).cells()).containsExactly(Cell.of("第二十条第（一）项"),
                new Cell("第二十条第（一）项", false), new Cell("第二十条第（一）项", false),
                new Cell("第二十条第（一）项", false));
        // The 第（五）项 block is merged with WPS's hMerge, the 第（六）项 block with gridSpan: same grid.
        assertThat(row(doc, "行政许可").cells()).containsExactly(Cell.of("行政许可"), Cell.of("34"),
                new Cell("34", false), new Cell("34", false));
        assertThat(row(doc, "行政处罚").cells()).containsExactly(Cell.of("行政处罚"), Cell.of("0"),
                new Cell("0", false), new Cell("0", false));
    }

    @Test
    void headerMergedDownTwoRowsIsCoveredInTheSecond() throws ReportReadException {
        Table appeals = tables(read(POI)).get(2);

        assertThat(appeals.rows()).hasSize(4).allSatisfy(r -> assertThat(r.cells()).hasSize(15));
        assertThat(appeals.rows().get(2).cells().get(0)).isEqualTo(new Cell("结果维持", false));
        assertThat(appeals.rows().get(2).cells().get(5)).isEqualTo(Cell.of("结果维持"));
        assertThat(appeals.rows().get(3).originCells()).hasSize(15).allMatch(c -> c.text().equals("0"));
    }

    @ParameterizedTest
    @ValueSource(strings = {POI, LIBREOFFICE})
    void automaticNumbersArePrintedAsWordPrintsThem(String path) throws ReportReadException {
        SourceDocument doc = read(path);

        assertThat(paragraphs(doc)).filteredOn(p -> p.headingLevel() == 1).extracting(Paragraph::text)
                .containsExactly("吴忠市民政局", "2021 年政府信息公开工作年度报告", "一、总体情况", "二、主动公开政府信息情况",
                        "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况",
                        "六、其他需要报告的事项");
        assertThat(paragraphs(doc)).filteredOn(p -> p.headingLevel() == 2).extracting(Paragraph::text)
                .containsExactly("（一）政府信息公开工作存在问题", "（二）政府信息公开工作改进措施");
        assertThat(paragraphs(doc)).extracting(Paragraph::text)
                .anyMatch(t -> t.startsWith("（一）主动公开情况。2021 年通过"))
                .anyMatch(t -> t.startsWith("（五）监督保障情况。"));
        // Each group of table 三 is its own list: the numbers restart at 1 and run on across rows.
        assertThat(row(doc, "属于行政查询事项").originCells()).extracting(Cell::text).contains("8. 属于行政查询事项");
        assertThat(row(doc, "补正后申请内容仍不明确").originCells()).extracting(Cell::text)
                .contains("3. 补正后申请内容仍不明确");
        assertThat(row(doc, "申请人逾期未按收费通知").originCells().get(0).text()).startsWith("2. 申请人逾期");
    }

    @Test
    void bodyParagraphsAreTextWithLinesCountingParagraphsAndRows() throws ReportReadException {
        SourceDocument doc = read(POI);

        assertThat(paragraph(doc, "一、总体情况")).get().extracting(Paragraph::line).isEqualTo(4);
        assertThat(tables(doc).get(0).line()).isEqualTo(12);
        assertThat(tables(doc).get(0).rows().get(13).line()).isEqualTo(25);
        assertThat(paragraph(doc, "三、收到和处理政府信息公开申请情况")).get().extracting(Paragraph::line).isEqualTo(26);
        assertThat(paragraphs(doc)).extracting(Paragraph::text)
                .anyMatch(t -> t.contains("一是强化组织，落实保障。形成了"))
                .noneMatch(t -> t.contains("**"));
        assertThat(doc.diagnostics()).isEmpty();
    }

    @Test
    void cellParagraphsJoinWithoutSpacesBetweenChineseCharacters() throws Exception {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable table = doc.createTable(1, 2);
            XWPFTableCell chinese = table.getRow(0).getCell(0);
            chinese.getParagraphs().get(0).createRun().setText("商业");
            chinese.addParagraph().createRun().setText(" 企业 ");
            XWPFTableCell latin = table.getRow(0).getCell(1);
            latin.getParagraphs().get(0).createRun().setText("Total");
            latin.addParagraph().createRun().setText("count");
            doc.write(out);
            docx = out.toByteArray();
        }

        SourceDocument read = Sources.read(docx, "cells.docx");

        assertThat(tables(read).get(0).rows().get(0).cells()).containsExactly(Cell.of("商业企业"),
                Cell.of("Total count"));
    }
}
