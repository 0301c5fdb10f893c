package io.github.xxgk.report.internal.recognize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.xxgk.report.model.Diagnostic;
import io.github.xxgk.report.model.DiagnosticCode;
import io.github.xxgk.report.model.LegacyRow;
import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The digits of a run-together legacy row are split only where the split is certain: no number starts with 0,
 * 历年累计 ≥ the year's value, an item under 其中 is no more than its row, and the prose may state the year's value.
 */
class LegacySplitsTest {

    private static final String HEADER = "指标名称计量单位2016年度历年累计";
    private static final String PUBLISHED = HEADER + "主动公开文件数条346085376其中：1、政府网站公开数条346085376"
            + "2、政府公报公开数条00";

    static LegacyTables.Result resolve(String table, String... prose) {
        return LegacySplits.resolve(LegacyFlatTableTest.read(table), LegacyProse.of(List.of(prose)),
                OptionalInt.of(2016));
    }

    static List<Diagnostic> coded(LegacyTables.Result result, DiagnosticCode code) {
        return result.diagnostics().stream().filter(d -> d.code() == code).toList();
    }

    @Test
    void twoZerosAreZeroAndZero() {
        LegacyTables.Result result = resolve(HEADER + "行政复议数件00");

        assertThat(result.rows()).extracting(LegacyRow::indicator, LegacyRow::column, LegacyRow::value,
                r -> r.unit().orElseThrow()).containsExactly(
                        tuple("行政复议数", "2016年度", BigDecimal.ZERO, "件"),
                        tuple("行政复议数", "历年累计", BigDecimal.ZERO, "件"));
        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void withoutEvidenceALongRunIsLeftAbsentWithItsCandidates() {
        LegacyTables.Result result = resolve(HEADER + "主动公开文件数条346085376");

        assertThat(result.rows()).isEmpty();
        assertThat(coded(result, DiagnosticCode.CELL_AMBIGUOUS_SPLIT)).singleElement().satisfies(d -> {
            assertThat(d.message()).contains("3 | 46085376; 34 | 6085376; 3460 | 85376");
            assertThat(d.location().table()).contains("legacy");
            assertThat(d.location().row()).contains("主动公开文件数");
            assertThat(d.location().line()).hasValue(7);
        });
    }

    @Test
    void cumulativeNoLessThanTheYearRulesSplitsOut() {
        // 1|215 and 12|15 are left; 121|5 has 历年累计 below the year.
        LegacyTables.Result result = resolve(HEADER + "行政复议数件1215");

        assertThat(coded(result, DiagnosticCode.CELL_AMBIGUOUS_SPLIT)).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("(1 | 215; 12 | 15)"));
    }

    @Test
    void proseStatingTheYearsValueDecidesAndItsItemsFollow() {
        LegacyTables.Result result = resolve(PUBLISHED, "（一）主动公开政府信息的数量2016年全区主动公开政府信息3460条。"
                + "其中，区管委会及区直各部门主动公开政府信息1822条，占53%。");

        assertThat(result.rows()).extracting(LegacyRow::indicator, LegacyRow::column, LegacyRow::value)
                .containsExactly(
                        tuple("主动公开文件数", "2016年度", new BigDecimal("3460")),
                        tuple("主动公开文件数", "历年累计", new BigDecimal("85376")),
                        tuple("其中：1、政府网站公开数", "2016年度", new BigDecimal("3460")),
                        tuple("其中：1、政府网站公开数", "历年累计", new BigDecimal("85376")),
                        tuple("2、政府公报公开数", "2016年度", BigDecimal.ZERO),
                        tuple("2、政府公报公开数", "历年累计", BigDecimal.ZERO));
        assertThat(coded(result, DiagnosticCode.CELL_RECOVERED_SPLIT)).extracting(Diagnostic::message)
                .satisfiesExactly(
                        m -> assertThat(m).contains("3460 | 85376", "2016年全区主动公开政府信息3460条"),
                        m -> assertThat(m).contains("3460 | 85376", "no more than 主动公开文件数"));
        assertThat(coded(result, DiagnosticCode.CELL_AMBIGUOUS_SPLIT)).isEmpty();
    }

    @Test
    void proseWithoutTheYearOrTheIndicatorDecidesNothing() {
        LegacyTables.Result noYear = resolve(PUBLISHED, "全区主动公开政府信息3460条。");
        LegacyTables.Result otherIndicator = resolve(PUBLISHED, "2016年发布简报3460条。");
        LegacyTables.Result partOfANumber = resolve(PUBLISHED, "2016年全区主动公开政府信息13460条。");

        for (LegacyTables.Result result : List.of(noYear, otherIndicator, partOfANumber)) {
            assertThat(result.rows()).extracting(LegacyRow::indicator).containsOnly("2、政府公报公开数");
            assertThat(coded(result, DiagnosticCode.CELL_AMBIGUOUS_SPLIT)).hasSize(2);
        }
    }

    @Test
    void anItemUnderItsRowNarrowsTheRow() {
        // The row alone: 1|2345 or 12|345 (123|45 has 历年累计 below the year). Its item can only be 5|300, which
        // does not fit under 1|2345.
        LegacyTables.Result result = resolve(HEADER + "受理依申请公开信息总数条12345其中：1、当面申请数条5300");

        assertThat(result.rows()).extracting(LegacyRow::indicator, LegacyRow::value).containsExactly(
                tuple("受理依申请公开信息总数", new BigDecimal("12")),
                tuple("受理依申请公开信息总数", new BigDecimal("345")),
                tuple("其中：1、当面申请数", new BigDecimal("5")),
                tuple("其中：1、当面申请数", new BigDecimal("300")));
        assertThat(coded(result, DiagnosticCode.CELL_RECOVERED_SPLIT)).first()
                .satisfies(d -> assertThat(d.message()).contains("no less than 其中：1、当面申请数"));
    }

    @Test
    void anItemInAnotherUnitIsNotComparedWithItsRow() {
        LegacyTables.Result result = resolve(HEADER + "受理依申请公开信息总数条12345其中：1、收费金额元5300");

        assertThat(coded(result, DiagnosticCode.CELL_AMBIGUOUS_SPLIT)).singleElement()
                .satisfies(d -> assertThat(d.location().row()).contains("受理依申请公开信息总数"));
        assertThat(result.rows()).extracting(LegacyRow::indicator).containsOnly("其中：1、收费金额");
    }

    @Test
    void digitsThatCannotBeTwoNumbersAreReported() {
        LegacyTables.Result result = resolve(HEADER + "行政复议数件000");

        assertThat(result.rows()).isEmpty();
        assertThat(coded(result, DiagnosticCode.ROW_CELL_COUNT)).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("000", "cannot be split into 2 values"));
    }

    @Test
    void spaceSeparatedValuesAreTakenAsPrinted() {
        LegacyTables.Result result = resolve(HEADER + "\n主动公开信息数条425 1516");

        assertThat(result.rows()).extracting(LegacyRow::value)
                .containsExactly(new BigDecimal("425"), new BigDecimal("1516"));
        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void anUnclearItemNumberLeavesTheRowAbsent() {
        LegacyTables.Result result = resolve(HEADER + "其中：1、当面申请数条12347、网上申请数条00");

        assertThat(coded(result, DiagnosticCode.ROW_CELL_COUNT)).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("item number"));
        assertThat(result.rows()).extracting(LegacyRow::indicator).containsOnly("7、网上申请数");
    }
}
