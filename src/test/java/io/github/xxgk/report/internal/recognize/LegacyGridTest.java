package io.github.xxgk.report.internal.recognize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.xxgk.report.internal.block.Cell;
import io.github.xxgk.report.internal.block.Row;
import io.github.xxgk.report.internal.block.Table;
import io.github.xxgk.report.model.Diagnostic;
import io.github.xxgk.report.model.DiagnosticCode;
import io.github.xxgk.report.model.LegacyRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** A grid legacy table gives one row per indicator and value column, named by the header, with its unit. */
class LegacyGridTest {

    private static Row row(int line, String... texts) {
        List<Cell> cells = new ArrayList<>();
        for (String text : texts) {
            cells.add(Cell.of(text));
        }
        return new Row(cells, line);
    }

    @Test
    void valuesAreNamedByTheHeaderAndKeepTheirUnit() {
        Table table = new Table(List.of(
                row(1, "指标名称", "计量单位", "2011 年度", "历年累计"),
                row(2, "主动公开信息数", "条", "425", "1516"),
                row(3, "\u3000\u3000其中：1.网站公开", "条", "418", "1,509")), 1);

        LegacyTables.Result result = LegacyGrid.read(table).orElseThrow();

        assertThat(result.rows()).containsExactly(
                new LegacyRow("主动公开信息数", Optional.of("条"), "2011年度", new BigDecimal("425"), OptionalInt.of(2)),
                new LegacyRow("主动公开信息数", Optional.of("条"), "历年累计", new BigDecimal("1516"), OptionalInt.of(2)),
                new LegacyRow("其中：1.网站公开", Optional.of("条"), "2011年度", new BigDecimal("418"), OptionalInt.of(3)),
                new LegacyRow("其中：1.网站公开", Optional.of("条"), "历年累计", new BigDecimal("1509"), OptionalInt.of(3)));
        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void blankAndPlaceholderCellsAreAbsentAndTextBesideNumbersIsReported() {
        Table table = new Table(List.of(
                row(1, "指标名称", "计量单位", "本年度", "历年累计"),
                row(2, "行政复议数", "件", "—", "3"),
                row(3, "行政诉讼数", "件", "2", "暂缺"),
                row(4, "行政申诉数", "件", "", "暂无数据")), 1);

        LegacyTables.Result result = LegacyGrid.read(table).orElseThrow();

        assertThat(result.rows()).extracting(LegacyRow::indicator, LegacyRow::column, LegacyRow::value)
                .containsExactly(tuple("行政复议数", "历年累计", new BigDecimal("3")),
                        tuple("行政诉讼数", "本年度", new BigDecimal("2")));
        assertThat(result.diagnostics()).extracting(Diagnostic::code, d -> d.location().line().getAsInt())
                .containsExactly(tuple(DiagnosticCode.CELL_NOT_A_NUMBER, 3));
    }

    @Test
    void withoutAUnitColumnValuesStartAtTheFirstNumber() {
        Table table = new Table(List.of(
                row(1, "项目", "2015年", "累计"),
                row(2, "政府网站公开", "12", "40")), 1);

        LegacyTables.Result result = LegacyGrid.read(table).orElseThrow();

        assertThat(result.rows()).containsExactly(
                new LegacyRow("政府网站公开", Optional.empty(), "2015年", new BigDecimal("12"), OptionalInt.of(2)),
                new LegacyRow("政府网站公开", Optional.empty(), "累计", new BigDecimal("40"), OptionalInt.of(2)));
    }

    @Test
    void aHeaderSpanningTwoRowsAndMergedCellsAreReadOnce() {
        Table table = new Table(List.of(
                new Row(List.of(Cell.of("指标名称"), Cell.of("计量单位"), Cell.of("数量"), new Cell("数量", false)), 1),
                row(2, "", "", "本年", "累计"),
                new Row(List.of(Cell.of("二、依申请公开"), new Cell("二、依申请公开", false),
                        new Cell("二、依申请公开", false), new Cell("二、依申请公开", false)), 3),
                row(4, "受理申请数", "件", "2", "9")), 1);

        LegacyTables.Result result = LegacyGrid.read(table).orElseThrow();

        assertThat(result.rows()).extracting(LegacyRow::indicator, LegacyRow::column, LegacyRow::value)
                .containsExactly(tuple("受理申请数", "数量/本年", new BigDecimal("2")),
                        tuple("受理申请数", "数量/累计", new BigDecimal("9")));
    }

    @Test
    void aTableWithoutNumbersIsNoStatisticsTable() {
        Table table = new Table(List.of(row(1, "联系地址", "平潭县翠园南路10号"), row(2, "邮编", "三五〇四〇〇")), 1);

        assertThat(LegacyGrid.read(table)).isEmpty();
    }
}
