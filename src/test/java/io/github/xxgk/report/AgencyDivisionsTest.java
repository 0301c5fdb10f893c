package io.github.xxgk.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.report.model.AgencyDivision;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.DiagnosticCode;
import io.github.xxgk.report.model.Division;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where the agency of every report in {@code testdata/} sits, each placement checked by hand against the report and
 * {@code testdata/pages/MANIFEST.tsv}: the level and the codes from the province down ({@code -} for a level the
 * division lacks), or the diagnostic that says why the agency is not placed. The renderings of {@code reports/} are
 * checked against their originals by {@link RenderingsTest}.
 */
class AgencyDivisionsTest {

    /** The folders of reports this test pins; every report in them must be pinned. */
    private static final List<Path> FOLDERS = List.of(TestData.REPORTS, TestData.ROOT.resolve("pages"),
            TestData.ROOT.resolve("html"));
    private static final Map<Path, AnnualReport> PARSED = new ConcurrentHashMap<>();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            reports/hongze-district-2024.pdf | 淮安市洪泽区人民政府 | county 320000/320800/320813/-
            reports/pingtan-2016-legacy-runtogether.txt | 平潭综合实验区 | county 350000/350100/350128/-
            reports/pingtan-2018-legacy-runtogether.txt | 平潭综合实验区 | county 350000/350100/350128/-
            reports/pingtan-2019-runtogether.txt | 平潭综合实验区 | county 350000/350100/350128/-
            reports/pingtan-2019.html | 平潭综合实验区 | county 350000/350100/350128/-
            reports/pingtan-2021-runtogether.txt | 平潭综合实验区 | county 350000/350100/350128/-
            reports/pingtan-2021.html | 平潭综合实验区 | county 350000/350100/350128/-
            reports/pingtan-2022-runtogether.txt | 平潭综合实验区 | county 350000/350100/350128/-
            reports/pingtan-2024-runtogether.txt | 平潭综合实验区 | county 350000/350100/350128/-
            reports/pingtan-2024.html | 平潭综合实验区 | county 350000/350100/350128/-
            reports/pingtan-county-2011-legacy.html | 平潭县人民政府 | county 350000/350100/350128/-
            reports/shanghai-gov-office-2019-fragment.html | 上海市人民政府办公厅 | provincial 310000/-/-/-
            reports/shanghai-gov-office-2025.md | 上海市人民政府办公厅 | provincial 310000/-/-/-
            reports/wuzhong-civil-affairs-2021.txt | 吴忠市民政局 | prefectural 640000/640300/-/-
            html/layout-table-gb2312.html | 示例县民政局 | agency.unplaced
            pages/chongqing-jiulongpo-erlang-street-2022.txt | 重庆市九龙坡区二郎街道办事处 | township 500000/-/500107/500107008000
            pages/guangdong-liwan-nanyuan-street-2020.txt | 广州市荔湾区人民政府南源街道办事处 | township 440000/440100/440103/440103010000
            pages/guangdong-longgang-dept-2024.txt |  | metadata.agency_missing
            pages/guangdong-yuexiu-beijingjie-street-2020-mirror.txt | 北京街道办事处 | township 440000/440100/440104/440104003000
            pages/hainan-qionghai-dalu-town-2019.txt | 大路镇人民政府 | township 460000/-/469002/469002110000
            pages/hebei-qianan-dawuli-town-2020.txt | 大五里镇 | township 130000/130200/130283/130283115000
            pages/heilongjiang-shangzhi-maoershan-town-2020.txt |  | metadata.agency_missing
            pages/heilongjiang-wuchang-beiyinhe-town-2022-notables.txt | 五常市背荫河镇 | township 230000/230100/230184/230184107000
            pages/hubei-tianmen-hushi-town-2019.txt | 胡市镇人民政府 | agency.ambiguous_division
            pages/hubei-wuhan-ecoenv-2020-trad.txt |  | metadata.agency_missing
            pages/hunan-hengyang-commerce-2022.txt | 衡阳市商务局 | prefectural 430000/430400/-/-
            pages/jiangxi-huichang-zhongcun-township-2020.txt | 中村乡 | agency.ambiguous_division
            pages/jilin-changchun-xinqu-market-2020.txt |  | metadata.agency_missing
            pages/liaoning-shuangta-qianjin-street-2020.txt | 双塔区前进街道 | township 210000/211300/211302/211302003000
            pages/neimenggu-wuhai-industry-2020.txt | 乌海市工业和信息化局 | prefectural 150000/150300/-/-
            pages/neimenggu-wulanchabu-regional-coop-2020.txt | 乌兰察布市区域经济合作局 | prefectural 150000/150900/-/-
            pages/shaanxi-jiaxian-xizhen-town-2022.txt | 螅镇 | township 610000/610800/610828/610828109000
            pages/shaanxi-yangling-stats-2020.txt | 杨陵区统计局 | county 610000/610400/610403/-
            pages/shaanxi-zhashui-fenghuang-town-2021-trad.txt |  | metadata.agency_missing
            pages/shandong-weishan-liangcheng-town-2020.txt | 两城镇人民政府 | township 370000/370800/370826/370826107000
            pages/shandong-wendeng-petition-2022-flipbook-p8.txt | 威海市文登区信访局 | county 370000/371000/371003/-
            pages/sichuan-wutongqiao-niuhua-town-2021.txt | 牛华镇 | township 510000/511100/511112/511112101000
            pages/sichuan-yanbian-xinjiu-town-2021.txt | 盐边县新九镇人民政府 | township 510000/510400/510422/510422104000
            pages/tianjin-dongli-jinqiao-street-2020-mirror.txt | 天津市东丽区人民政府金桥街道办事处 | township 120000/-/120110/120110009000
            pages/tianjin-hongqiao-govservice-2021.txt | 天津市红桥区人民政府政务服务办公室 | county 120000/-/120106/-
            pages/unknown-bureau-2019tpl-mirror-jian4.txt |  | metadata.agency_missing
            pages/xinjiang-urumqi-xinshi-district-2022.txt | 高新区(新市区) | county 650000/650100/650104/-
            pages/xizang-sasac-2020.txt | 西藏自治区政府国资委 | provincial 540000/-/-/-
            pages/yunnan-suijiang-huiyi-town-2021.txt | 会仪镇人民政府 | township 530000/530600/530626/530626104000
            pages/zhejiang-qujiang-hunan-town-2021-mirror.txt |  | metadata.agency_missing
            """)
    void placesTheAgencyOfEveryReport(String file, String agency, String expected) {
        AnnualReport report = parse(TestData.ROOT.resolve(file));

        assertThat(report.metadata().agency()).as("agency").isEqualTo(Optional.ofNullable(agency));
        assertThat(report.metadata().division().map(AgencyDivisionsTest::describe)
                .orElseGet(() -> whyUnplaced(report))).as("division of %s", agency).isEqualTo(expected);
    }

    @Test
    void everyReportOfTheFoldersIsPinned() throws Exception {
        Set<String> pinned = Set.copyOf(getClass().getDeclaredMethod("placesTheAgencyOfEveryReport", String.class,
                String.class, String.class).getAnnotation(CsvSource.class).textBlock().lines()
                .map(line -> line.substring(0, line.indexOf('|')).strip()).toList());
        Set<String> reports = FOLDERS.stream().flatMap(AgencyDivisionsTest::files)
                .filter(file -> parse(file).isReport())
                .map(file -> TestData.ROOT.relativize(file).toString().replace('\\', '/'))
                .collect(Collectors.toSet());

        assertThat(pinned).as("pinned reports").isEqualTo(reports);
    }

    /** The level, then the codes of province, prefecture, county and township, {@code -} where there is none. */
    private static String describe(AgencyDivision division) {
        return division.level().key() + " " + Stream.of(division.province(), division.prefecture(),
                division.county(), division.township()).map(unit -> unit.map(Division::code).orElse("-"))
                .collect(Collectors.joining("/"));
    }

    /** The code of the diagnostic saying why a report's agency is not placed; fails if none says it. */
    private static String whyUnplaced(AnnualReport report) {
        Set<DiagnosticCode> reasons = Set.of(DiagnosticCode.AGENCY_UNPLACED,
                DiagnosticCode.AGENCY_AMBIGUOUS_DIVISION, DiagnosticCode.METADATA_AGENCY_MISSING);
        List<String> why = report.diagnostics().stream().filter(d -> reasons.contains(d.code()))
                .map(d -> d.code().code()).toList();
        assertThat(why).as("diagnostics saying why the agency is not placed").hasSize(1);
        return why.get(0);
    }

    private static Stream<Path> files(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static AnnualReport parse(Path file) {
        return PARSED.computeIfAbsent(file, path -> {
            try {
                return XxgkReport.parse(path);
            } catch (ReportReadException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
