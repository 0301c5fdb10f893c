package io.github.xxgk.report.internal.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.report.internal.block.Cell;
import io.github.xxgk.report.internal.block.Paragraph;
import io.github.xxgk.report.internal.block.SourceDocument;
import io.github.xxgk.report.internal.block.Table;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Word structures the seed fixture lacks, in small documents built here. */
class DocxStructureTest {

    private static SourceDocument read(XWPFDocument doc) throws Exception {
        try (doc; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            return Sources.read(out.toByteArray(), "built.docx");
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        p.createRun().setText(text);
        return p;
    }

    private static void style(XWPFDocument doc, String id, String name, String basedOn, BigInteger numId) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
        }
        if (numId != null) {
            CTNumPr numPr = style.addNewPPr().addNewNumPr();
            numPr.addNewNumId().setVal(numId);
        }
        (doc.getStyles() == null ? doc.createStyles() : doc.getStyles()).addStyle(new XWPFStyle(style));
    }

    private static BigInteger list(XWPFDocument doc, STNumberFormat.Enum format, String text) {
        XWPFNumbering numbering = doc.getNumbering() == null ? doc.createNumbering() : doc.getNumbering();
        CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
        definition.setAbstractNumId(BigInteger.valueOf(numbering.getAbstractNums().size() + 10));
        CTLvl lvl = definition.addNewLvl();
        lvl.setIlvl(BigInteger.ZERO);
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(format);
        lvl.addNewLvlText().setVal(text);
        return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(definition)));
    }

    @Test
    void headingLevelsFromWpsNamesDirectOutlineLevelsAndBodyTextOverrides() throws Exception {
        XWPFDocument doc = new XWPFDocument();
        style(doc, "a5", "标题 2", null, null);
        style(doc, "a6", "标题", null, null);
        paragraph(doc, "a6", "吴忠市民政局2021年政府信息公开工作年度报告");
        paragraph(doc, "a5", "（一）主动公开情况");
        paragraph(doc, null, "一、总体情况").getCTP().addNewPPr().addNewOutlineLvl().setVal(BigInteger.ZERO);
        paragraph(doc, "a5", "正文").getCTP().getPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(9));
        paragraph(doc, "unknown-style", "无。");

        assertThat(read(doc).blocks()).containsExactly(new Paragraph("吴忠市民政局2021年政府信息公开工作年度报告", 1, 1),
                new Paragraph("（一）主动公开情况", 2, 2), new Paragraph("一、总体情况", 3, 1), new Paragraph("正文", 4, 0),
                new Paragraph("无。", 5, 0));
    }

    @Test
    void numberingCarriedByAStyleAndBulletsThatPrintNothing() throws Exception {
        XWPFDocument doc = new XWPFDocument();
        BigInteger stems = list(doc, STNumberFormat.IDEOGRAPH_TRADITIONAL, "%1、");
        BigInteger bullets = list(doc, STNumberFormat.BULLET, "\uF06C");
        style(doc, "20", "条目", null, stems);
        paragraph(doc, "20", "第一项");
        paragraph(doc, "20", "第二项");
        XWPFParagraph bullet = paragraph(doc, null, "要点");
        CTNumPr numPr = bullet.getCTP().addNewPPr().addNewNumPr();
        numPr.addNewIlvl().setVal(BigInteger.ZERO);
        numPr.addNewNumId().setVal(bullets);

        assertThat(read(doc).blocks()).extracting(b -> ((Paragraph) b).text())
                .containsExactly("甲、第一项", "乙、第二项", "要点");
    }

    @Test
    void columnsSkippedBeforeARowAreEmptyCells() throws Exception {
        XWPFDocument doc = new XWPFDocument();
        XWPFTable table = doc.createTable(2, 3);
        table.getRow(0).getCell(0).setText("合计");
        table.getRow(1).getCell(0).setText("5");
        table.getRow(1).getCtRow().addNewTrPr().addNewGridBefore().setVal(BigInteger.ONE);
        table.getRow(1).removeCell(2);

        Table read = (Table) read(doc).blocks().get(0);

        assertThat(read.rows().get(1).cells()).containsExactly(Cell.of(""), Cell.of("5"), Cell.of(""));
    }
}
