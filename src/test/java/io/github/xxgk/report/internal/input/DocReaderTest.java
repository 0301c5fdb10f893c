package io.github.xxgk.report.internal.input;

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
import io.github.xxgk.report.model.SourceFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed report as a Word 97 file (LibreOffice's conversion of the DOCX fixture), read through HWPF, against the
 * DOCX it was converted from: the same tables cell for cell, merges included, and the same numbered paragraphs.
 * One difference is the file's own: LibreOffice wrote the first label of each group of table 二 in a list of its
 * own and the others in a second list, so the file numbers them 1, 1, 2, … (as LibreOffice prints it too), where
 * the DOCX numbers them 1, 2, 3, …; the labels are compared without their item numbers.
 */
class DocReaderTest {

    private static final Pattern ITEM_NUMBER = Pattern.compile("^\\d\\. ");

    private static SourceDocument doc;
    private static SourceDocument docx;

    @BeforeAll
    static void read() throws ReportReadException {
        doc = BlockFinder.read("testdata/renderings/wuzhong-civil-affairs-2021.doc");
        docx = BlockFinder.read("testdata/renderings/wuzhong-civil-affairs-2021.docx");
    }

    @Test
    void tablesAreTheDocxTablesCellForCell() {
        assertThat(doc.format()).isEqualTo(SourceFormat.DOC);
        assertThat(tables(doc)).hasSize(3);
        for (int t = 0; t < 3; t++) {
            assertThat(texts(tables(doc).get(t))).as("table %d", t).isEqualTo(texts(tables(docx).get(t)));
        }
    }

    @Test
    void mergedCellsRepeatTheirOrigin() {
        Row row = row(doc, "本机关不掌握");

        assertThat(row.cells().get(0)).isEqualTo(new Cell("三、本年度办理结果", false));
        assertThat(row.originCells()).extracting(Cell::text).endsWith("1", "0", "0", "0", "0", "0", "1");
    }

    @Test
    void automaticNumbersArePrintedAsTheDocumentPrintsThem() {
        assertThat(paragraphs(doc)).extracting(Paragraph::text)
                .contains("一、总体情况", "六、其他需要报告的事项")
                .anyMatch(t -> t.startsWith("（一）主动公开情况。2021 年通过吴忠市人民政府门户网站公开政务信息 113 条"));
        assertThat(row(doc, "属于国家秘密").originCells()).extracting(Cell::text).contains("1. 属于国家秘密");
        assertThat(paragraphs(doc)).extracting(Paragraph::text).isEqualTo(paragraphs(docx).stream()
                .map(Paragraph::text).toList());
    }

    @Test
    void headingsAndTitleFromTheStyles() {
        assertThat(paragraphs(doc).get(0)).isEqualTo(new Paragraph("吴忠市民政局", 1, 1));
        assertThat(paragraphs(doc)).extracting(Paragraph::headingLevel)
                .isEqualTo(paragraphs(docx).stream().map(Paragraph::headingLevel).toList());
        assertThat(doc.diagnostics()).isEmpty();
    }

    private static List<List<String>> texts(Table table) {
        return table.rows().stream().map(r -> r.cells().stream()
                .map(c -> (c.origin() ? "" : "^") + ITEM_NUMBER.matcher(c.text()).replaceFirst("")).toList()).toList();
    }
}
