package io.github.xxgk.report.input;

import static io.github.xxgk.report.input.BlockFinder.lastValues;
import static io.github.xxgk.report.input.BlockFinder.paragraphs;
import static io.github.xxgk.report.input.BlockFinder.read;
import static io.github.xxgk.report.input.BlockFinder.row;
import static io.github.xxgk.report.input.BlockFinder.tables;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.report.ReportReadException;
import io.github.xxgk.report.block.Cell;
import io.github.xxgk.report.block.Paragraph;
import io.github.xxgk.report.block.Row;
import io.github.xxgk.report.block.SourceDocument;
import io.github.xxgk.report.model.SourceFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed report as a Word 97 file (LibreOffice's conversion of the DOCX fixture), read through Tika. */
class DocReaderTest {

    private static SourceDocument doc;

    @BeforeAll
    static void read() throws ReportReadException {
        doc = BlockFinder.read("testdata/renderings/wuzhong-civil-affairs-2021.doc");
    }

    @Test
    void tablesKeepTheNumbersInOrder() {
        assertThat(doc.format()).isEqualTo(SourceFormat.DOC);
        assertThat(tables(doc)).hasSize(3);
        assertThat(lastValues(row(doc, "本年新收"), 7)).containsExactly("1", "0", "0", "0", "0", "0", "1");
        assertThat(lastValues(row(doc, "本机关不掌握"), 7)).containsExactly("1", "0", "0", "0", "0", "0", "1");
        assertThat(lastValues(row(doc, "行政许可"), 1)).containsExactly("34");
        assertThat(tables(doc).get(2).rows().get(3).cells()).hasSize(15).allMatch(c -> c.text().equals("0"));
    }

    @Test
    void mergedCellsArriveOnceWithEmptyContinuations() {
        Row row = row(doc, "其他法律行政法规禁止公开");

        assertThat(row.cells()).hasSize(10).allMatch(Cell::origin);
        assertThat(row.cells().subList(0, 2)).containsExactly(Cell.of(""), Cell.of(""));
        assertThat(row(doc, "不予公开").cells().get(1)).isEqualTo(Cell.of("(三) 不予公开"));
    }

    @Test
    void paragraphsAndHeadingsInOrder() {
        assertThat(paragraphs(doc).get(0)).isEqualTo(new Paragraph("吴忠市民政局", 1, 1));
        assertThat(paragraphs(doc)).extracting(Paragraph::text)
                .anyMatch(t -> t.endsWith("总体情况"))
                .anyMatch(t -> t.contains("政府信息公开工作改进措施"))
                .anyMatch(t -> t.startsWith("2021 年，市民政局坚持"))
                .anyMatch(t -> t.equals("无。"));
        assertThat(paragraphs(doc)).filteredOn(p -> p.headingLevel() == 2).hasSize(2);
        assertThat(doc.diagnostics()).isEmpty();
    }
}
