package io.github.xxgk.report.internal.division;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.report.model.AgencyDivision;
import io.github.xxgk.report.model.AgencyLevel;
import io.github.xxgk.report.model.Diagnostic;
import io.github.xxgk.report.model.Division;
import io.github.xxgk.report.model.Severity;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Agencies' names placed in the divisions: the level, then the codes of province, prefecture, county and township
 * ({@code -} where the division has no such level), or the code of the diagnostic saying why the name is not placed.
 */
class AgencyPlacerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            淮安市洪泽区人民政府 | county 320000/320800/320813/-
            洪泽区 | county 320000/320800/320813/-
            淮安洪泽区人民政府 | county 320000/320800/320813/-
            苏州市吴中区民政局 | county 320000/320500/320506/-
            苏州吴中区 | county 320000/320500/320506/-
            吴忠市民政局 | prefectural 640000/640300/-/-
            上海市人民政府办公厅 | provincial 310000/-/-/-
            上海人民政府 | provincial 310000/-/-/-
            上海浦东新区 | county 310000/-/310115/-
            北京市朝阳区人民政府 | county 110000/-/110105/-
            长春市朝阳区 | county 220000/220100/220104/-
            内蒙古乌海市 | prefectural 150000/150300/-/-
            广西南宁市 | prefectural 450000/450100/-/-
            西藏自治区政府国资委 | provincial 540000/-/-/-
            延边州人民政府 | prefectural 220000/222400/-/-
            峨边县 | county 510000/511100/511132/-
            平潭综合实验区 | county 350000/350100/350128/-
            天津市东丽区人民政府金桥街道办事处 | township 120000/-/120110/120110009000
            东莞市虎门镇 | township 440000/441900/-/441900121000
            天门市胡市镇 | township 420000/-/429006/429006119000
            北京街道办事处 | township 440000/440100/440104/440104003000
            高新区(新市区) | county 650000/650100/650104/-
            国务院办公厅 | state_council_department -/-/-/-
            教育部 | state_council_department -/-/-/-
            教育部办公厅 | state_council_department -/-/-/-
            中华人民共和国教育部 | state_council_department -/-/-/-
            国家税务总局 | state_council_department -/-/-/-
            国家税务总局淮安市洪泽区税务局 | county 320000/320800/320813/-
            朝阳区 | agency.ambiguous_division
            朝阳区人民政府 | agency.ambiguous_division
            湖南镇 | agency.ambiguous_division
            胡市镇人民政府 | agency.ambiguous_division
            上海 | agency.unplaced
            区行政审批局 | agency.unplaced
            示例县民政局 | agency.unplaced
            我局 | agency.unplaced
            """)
    void placesANameByItself(String agency, String expected) {
        assertThat(placed(agency, List.of())).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', textBlock = """
            朝阳区民政局 | 北京市朝阳区民政局2020年政府信息公开工作年度报告 | county 110000/-/110105/-
            朝阳区民政局 | 2020年，长春市朝阳区民政局认真贯彻 | county 220000/220100/220104/-
            朝阳区民政局 | 北京市、长春市两地 | agency.ambiguous_division
            朝阳区民政局 | 朝阳区民政局 | agency.ambiguous_division
            大路镇人民政府 | 《琼海市人民政府办公室关于印发琼海市信息公开工作管理办法的通知》 | township 460000/-/469002/469002110000
            胡市镇人民政府 | 湖北省 | township 420000/-/429006/429006119000
            中村乡 | 根据省、市、县有关文件规定进行编制 | agency.ambiguous_division
            中村乡 | 会昌县 | township 360000/360700/360733/360733206000
            两城镇人民政府 | 山东省济南市 | township 370000/370800/370826/370826107000
            """)
    void placesANameThatFitsSeveralPlacesByTheRegionTheReportNames(String agency, String context, String expected) {
        assertThat(placed(agency, List.of(context))).isEqualTo(expected);
    }

    @Test
    void anAmbiguousNameListsWhereItFits() {
        Diagnostic diagnostic = AgencyPlacer.place("朝阳区", List.of()).diagnostics().get(0);

        assertThat(diagnostic.severity()).isEqualTo(Severity.INFO);
        assertThat(diagnostic.message()).isEqualTo("the agency 朝阳区 fits 2 divisions (110105 北京市朝阳区, "
                + "220104 吉林省长春市朝阳区) and neither the title nor the opening of the report names a region that "
                + "leaves one; its division is absent");
        assertThat(AgencyPlacer.place("城关镇", List.of()).diagnostics().get(0).message())
                .contains("fits 88 divisions (120114110000 天津市武清区城关镇, ", ", …)");
    }

    @Test
    void anUnplacedNameSaysWhichCodeListWasSearched() {
        assertThat(AgencyPlacer.place("区行政审批局", List.of()).diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.message()).isEqualTo("the agency 区行政审批局 names no administrative "
                        + "division of the code list (国家统计局 2023年统计用区划代码 (as of 2023-06-30)) and no State "
                        + "Council department; its division is absent"));
    }

    @Test
    void aPlacedNameHasTheDivisionsNamesAndNoDiagnostic() {
        AgencyPlacer.Placement placement = AgencyPlacer.place("淮安市洪泽区人民政府", List.of());

        assertThat(placement.diagnostics()).isEmpty();
        assertThat(placement.division()).contains(new AgencyDivision(AgencyLevel.COUNTY,
                Optional.of(new Division("320000", "江苏省")), Optional.of(new Division("320800", "淮安市")),
                Optional.of(new Division("320813", "洪泽区")), Optional.empty()));
    }

    static Stream<String> departments() {
        return StateCouncil.departments().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("departments")
    void everyStateCouncilDepartmentIsOne(String department) {
        assertThat(placed(department, List.of())).isEqualTo("state_council_department -/-/-/-");
    }

    @Test
    void theListOfDepartmentsHasNoNameTwice() {
        assertThat(StateCouncil.departments()).hasSizeGreaterThan(100).doesNotHaveDuplicates();
    }

    private static String placed(String agency, List<String> context) {
        AgencyPlacer.Placement placement = AgencyPlacer.place(agency, context);
        return placement.division().map(AgencyPlacerTest::describe)
                .orElseGet(() -> placement.diagnostics().get(0).code().code());
    }

    private static String describe(AgencyDivision division) {
        return division.level().key() + " " + Stream.of(division.province(), division.prefecture(),
                division.county(), division.township()).map(unit -> unit.map(Division::code).orElse("-"))
                .collect(Collectors.joining("/"));
    }
}
