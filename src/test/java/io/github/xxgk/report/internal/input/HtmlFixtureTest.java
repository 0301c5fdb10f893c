package io.github.xxgk.report.internal.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.report.internal.block.Cell;
import io.github.xxgk.report.internal.block.Paragraph;
import io.github.xxgk.report.internal.block.Row;
import io.github.xxgk.report.internal.block.SourceDocument;
import io.github.xxgk.report.internal.block.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-made pages in testdata/html (see its README.md). */
class HtmlFixtureTest {

    private static SourceDocument read(String file) throws IOException {
        return Sources.read(Files.readAllBytes(Path.of("testdata", "html", file)), file);
    }

    private static List<Table> tables(SourceDocument document) {
        return document.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
    }

    private static List<String> texts(Row row) {
        return row.cells().stream().map(Cell::text).toList();
    }

    @Test
    void oldLayoutTablePageInGb2312IsReducedToTheArticle() throws IOException {
        SourceDocument document = read("layout-table-gb2312.html");

        assertThat(document.titleHint()).contains("示例县民政局2020年政府信息公开工作年度报告");
        assertThat(document.blocks()).hasSize(9);
        assertThat(document.blocks().get(0)).isInstanceOfSatisfying(Paragraph.class, p -> {
            assertThat(p.text()).startsWith("本报告根据《中华人民共和国政府信息公开条例》");
            assertThat(p.line()).isEqualTo(27);
        });
        assertThat(document.blocks().get(1)).isEqualTo(new Paragraph("一、总体情况", 28));
        assertThat(document.blocks().get(8)).isEqualTo(new Paragraph("无。", 49));

        Table proactive = tables(document).get(0);
        assertThat(texts(proactive.rows().get(1))).containsExactly("信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量");
        assertThat(texts(proactive.rows().get(6))).containsExactly("行政许可", "5", "+1", "37");
        Table requests = tables(document).get(1);
        assertThat(texts(requests.rows().get(2)).subList(3, 10))
                .containsExactly("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");
        assertThat(requests.rows().get(2).cells().get(3).origin()).isFalse();
        assertThat(requests.rows().get(3).originCells()).extracting(Cell::text)
                .containsExactly("一、本年新收政府信息公开申请数量", "6", "1", "0", "0", "0", "0", "7");
    }

    @Test
    void hostileSpansStayBounded() throws IOException {
        SourceDocument document = read("hostile-spans.html");

        Table table = tables(document).get(0);
        assertThat(table.rows()).extracting(r -> r.cells().size()).containsExactly(102, 102, 103, 102);
        List<Cell> first = table.rows().get(0).cells();
        assertThat(first.subList(0, 100)).allMatch(c -> c.text().equals("A"));
        assertThat(first.subList(100, 102)).containsExactly(Cell.of("B"), Cell.of("C"));
        assertThat(table.rows().get(1).cells().subList(100, 102)).containsExactly(Cell.of("D"), Cell.of("E"));
        // F spans two columns, but E's earlier row span keeps the second.
        assertThat(table.rows().get(2).cells().subList(100, 103))
                .containsExactly(Cell.of("F"), new Cell("E", false), Cell.of("G"));
        assertThat(table.rows().get(3).cells().subList(99, 102))
                .containsExactly(new Cell("A", false), new Cell("F", false), new Cell("E", false));
    }

    @Test
    void deeplyNestedTablesAreSeparatedToABoundedDepth() throws IOException {
        List<Table> tables = tables(read("hostile-spans.html"));

        assertThat(tables).hasSize(1 + HtmlWalker.MAX_TABLE_DEPTH + 1);
        assertThat(tables.subList(1, tables.size() - 1))
                .allSatisfy(t -> assertThat(t.rows().get(0).cells()).containsExactly(Cell.of("层")));
        assertThat(tables.get(tables.size() - 1).rows().get(0).cells()).containsExactly(Cell.of("层层层层底"));
    }
}
