package io.github.xxgk.report.internal.recognize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A run-together legacy statistics table is cut into its header's columns and its rows' labels, units and digits. */
class LegacyFlatTableTest {

    /** The text as one source line. */
    static LegacyFlatTable.Source source(String text) {
        int[] lines = new int[text.length() + 1];
        Arrays.fill(lines, 7);
        return new LegacyFlatTable.Source(text, lines);
    }

    static LegacyFlatTable read(String text) {
        return LegacyFlatTable.read(source(text), LegacyFlatTable.headerAt(text));
    }

    @Test
    void headerGivesTheValueColumnsAndTheUnitColumn() {
        LegacyFlatTable table = read("指标名称计量单位2018年度历年累计主动公开文件数条206912106");

        assertThat(table.columns()).containsExactly("2018年度", "历年累计");
        assertThat(table.hasUnits()).isTrue();
        assertThat(table.line()).isEqualTo(7);
        assertThat(table.rows()).singleElement().isEqualTo(
                new LegacyFlatTable.Row("主动公开文件数", Optional.of("条"), "206912106", false, false, 7));
    }

    @Test
    void headerIsFoundAfterProseButNotInProseThatOnlyNamesIt() {
        String text = "六、政府信息公开情况统计表指标名称计量单位2018年度历年累计行政复议数件00";

        assertThat(LegacyFlatTable.headerAt(text)).isEqualTo(text.indexOf("指标名称"));
        assertThat(LegacyFlatTable.headerAt("统计表的指标名称由省里统一规定。")).isEqualTo(-1);
    }

    @Test
    void nextRowsItemNumberIsTakenOffTheDigits() {
        LegacyFlatTable table = read("指标名称计量单位2018年度历年累计主动公开文件数条206912106"
                + "其中：1.政府网站公开数条2069121062.政府公报公开数条00受理依申请公开信息总数条00");

        assertThat(table.rows()).extracting(LegacyFlatTable.Row::label, LegacyFlatTable.Row::digits,
                LegacyFlatTable.Row::child).containsExactly(
                        tuple("主动公开文件数", "206912106", false),
                        tuple("其中：1.政府网站公开数", "206912106", true),
                        tuple("2.政府公报公开数", "00", true),
                        tuple("受理依申请公开信息总数", "00", false));
        assertThat(table.rows()).noneMatch(LegacyFlatTable.Row::numberingUnclear);
    }

    @Test
    void itemNumbersWithTheIdeographicCommaAndUnitsOfSeveralKinds() {
        LegacyFlatTable table = read("指标名称计量单位2016年度历年累计其中：1、当面申请数条002、网上申请数条00"
                + "3、信函、传真申请数条00政府信息公开收费减免金额元00接受行政诉讼、举报数件00");

        assertThat(table.rows()).extracting(LegacyFlatTable.Row::label).containsExactly("其中：1、当面申请数",
                "2、网上申请数", "3、信函、传真申请数", "政府信息公开收费减免金额", "接受行政诉讼、举报数");
        assertThat(table.rows()).extracting(r -> r.unit().orElseThrow()).containsExactly("条", "条", "条", "元", "件");
        assertThat(table.rows()).extracting(LegacyFlatTable.Row::digits).containsOnly("00");
    }

    @Test
    void digitsThatDoNotEndInTheNextItemNumberAreFlagged() {
        // The next row is numbered 7, not 2: which digits are its number cannot be told, so one is taken.
        LegacyFlatTable table = read("指标名称计量单位本年度累计其中：1、当面申请数条12347、网上申请数条00");

        assertThat(table.rows().get(0).numberingUnclear()).isTrue();
        assertThat(table.rows().get(1).label()).isEqualTo("7、网上申请数");
    }

    @Test
    void tableEndsAtTextThatIsNotARow() {
        String text = "指标名称计量单位2018年度历年累计行政诉讼数件00\n二○一九年一月十日\n附件：2018年目录3份";
        LegacyFlatTable table = read(text);

        assertThat(table.rows()).extracting(LegacyFlatTable.Row::label).containsExactly("行政诉讼数");
        assertThat(table.end()).isEqualTo(text.indexOf('\n'));
    }

    @Test
    void rowsOnLinesOfTheirOwnKeepTheirSpaceSeparatedValues() {
        LegacyFlatTable table = read("指标名称计量单位2011年度历年累计\n主动公开信息数条425 1516\n其中：1.网站公开条418 1509\n"
                + "2.政府公报公开条7 7");

        assertThat(table.rows()).extracting(LegacyFlatTable.Row::digits).containsExactly("425 1516", "418 1509", "7 7");
    }

    @Test
    void itemsNumberedInBracketsAreItems() {
        LegacyFlatTable table = read("指标名称计量单位本年度累计受理申请总数件58其中：（1）当面申请数件37（2）网上申请数件11");

        assertThat(table.rows()).extracting(LegacyFlatTable.Row::label, LegacyFlatTable.Row::digits,
                LegacyFlatTable.Row::child).containsExactly(tuple("受理申请总数", "58", false),
                        tuple("其中：（1）当面申请数", "37", true), tuple("（2）网上申请数", "11", true));
    }

    @Test
    void proseAfterAUnitlessTableIsNoRow() {
        LegacyFlatTable table = read("指标名称2012年度历年累计主动公开信息数4251516\n二○一三年一月 附件2份");

        assertThat(table.rows()).extracting(LegacyFlatTable.Row::label).containsExactly("主动公开信息数");
    }

    @Test
    void withoutAUnitColumnTheLabelRunsToTheDigits() {
        LegacyFlatTable table = read("指标名称2012年度历年累计主动公开信息数4251516");

        assertThat(table.hasUnits()).isFalse();
        assertThat(table.rows()).singleElement().satisfies(row -> {
            assertThat(row.label()).isEqualTo("主动公开信息数");
            assertThat(row.unit()).isEmpty();
            assertThat(row.digits()).isEqualTo("4251516");
        });
    }
}
