package io.github.xxgk.report.internal.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.report.internal.block.Block;
import io.github.xxgk.report.internal.block.Cell;
import io.github.xxgk.report.internal.block.Row;
import io.github.xxgk.report.internal.block.Table;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Row labels wrapped in a narrow column with the row's values printed beside the label's last line, as LibreOffice
 * prints tables whose cells centre their content vertically (the pingtan renderings in {@code testdata/renderings/}).
 */
class PdfWrappedLabelsTest {

    private static List<List<String>> rows(String... lines) {
        List<PdfLine> page = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            page.add(new PdfLine(lines[i], i + 1));
        }
        List<List<String>> rows = new ArrayList<>();
        for (Block block : PdfBlocks.blocks(PdfPages.clean(List.of(page)))) {
            if (block instanceof Table table) {
                for (Row row : table.rows()) {
                    rows.add(row.cells().stream().map(Cell::text).toList());
                }
            }
        }
        return rows;
    }

    private static List<String> row(String label, String... values) {
        List<String> cells = new ArrayList<>(List.of(label));
        cells.addAll(List.of(values));
        return cells;
    }

    // before: "2.其他法律行政" and "法规禁止公开 0 0 …" were two rows, the values under a label no template row has;
    // after: one row with the whole label.
    @Test
    void valuesBesideTheLastLineOfAWrappedLabelTakeTheWholeLabel() {
        assertThat(rows("1.属于国家秘密 0 0 0 0 0 0 0", "2.其他法律行政", "法规禁止公开 1 0 0 0 0 0 1",
                "5.要求行政机关确", "认或重新出具已", "获取信息 0 0 0 0 0 0 0"))
                .containsExactly(row("1.属于国家秘密", "0", "0", "0", "0", "0", "0", "0"),
                        row("2.其他法律行政法规禁止公开", "1", "0", "0", "0", "0", "0", "1"),
                        row("5.要求行政机关确认或重新出具已获取信息", "0", "0", "0", "0", "0", "0", "0"));
    }

    // before: "1.  属于国家秘" then "密 0 0 …" left the values under the label "密"; after: "1.属于国家秘密".
    @Test
    void aNumberSetApartFromItsLabelStillStartsIt() {
        assertThat(rows("一、本年新收政府信息公开申", "请数量 23 0 0 0 0 0 23", "1.  属于国家秘", "密 0 0 0 0 0 0 0"))
                .containsExactly(row("一、本年新收政府信息公开申请数量", "23", "0", "0", "0", "0", "0", "23"),
                        row("1.属于国家秘密", "0", "0", "0", "0", "0", "0", "0"));
    }

    // before: "行政规范性文" then "件 62 33 440" gave the values to the label "件"; after: "行政规范性文件".
    @Test
    void aLastPartOfOneCharacterJoinsAnUnnumberedLabel() {
        assertThat(rows("规章 0 0 0", "行政规范性文", "件 62 33 440"))
                .containsExactly(row("规章", "0", "0", "0"), row("行政规范性文件", "62", "33", "440"));
    }

    // before: a label wrapped over six lines above its values was not joined (at most five were); after: it is.
    @Test
    void aLabelWrappedOverSixLinesIsJoined() {
        assertThat(rows("1.其他 0 0 0 0 0 0 0", "2.申请人逾期未", "按收费通知要求", "缴纳费用、行政", "机关不再处理其",
                "政府信息公开申", "请", "0 0 0 0 0 0 0"))
                .contains(row("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
                        "0", "0", "0", "0", "0", "0", "0"));
    }

    @Test
    void aGroupLabelOrAHeaderAboveARowIsNotPartOfItsLabel() {
        assertThat(rows("（三）不予公开", "属于国家秘密 0 0 0 0 0 0 0", "信息内容", "行政许可 34"))
                .containsExactly(List.of("（三）不予公开"), row("属于国家秘密", "0", "0", "0", "0", "0", "0", "0"),
                        List.of("信息内容"), row("行政许可", "34"));
    }

    @Test
    void aRowLabelWiderThanTheLineAboveIsItsOwn() {
        assertThat(rows("1.本机关不掌握 0 0 0 0 0 0 0", "2.没有现成", "没有现成信息需要另行制作 0 0 0 0 0 0 0"))
                .contains(List.of("2.没有现成"));
    }
}
