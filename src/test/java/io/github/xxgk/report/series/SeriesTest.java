package io.github.xxgk.report.series;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.report.ReportReadException;
import io.github.xxgk.report.TestData;
import io.github.xxgk.report.XxgkReport;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.AppealTable;
import io.github.xxgk.report.model.CellKey;
import io.github.xxgk.report.model.LegacyRow;
import io.github.xxgk.report.model.ProactiveTable;
import io.github.xxgk.report.model.ReportMetadata;
import io.github.xxgk.report.model.RequestTable;
import io.github.xxgk.report.model.SourceFormat;
import io.github.xxgk.report.model.Template;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Headline figures from table cells and from pre-2019 indicator labels, and the rates between them. */
class SeriesTest {

    private static AnnualReport report(Template template, OptionalInt year, Map<String, String> cells,
            List<LegacyRow> legacy) {
        Map<CellKey, BigDecimal> requests = new HashMap<>();
        Map<CellKey, BigDecimal> appeals = new HashMap<>();
        Map<CellKey, BigDecimal> proactive = new HashMap<>();
        cells.forEach((key, value) -> {
            CellKey cell = CellKey.parse(key);
            Map<CellKey, BigDecimal> table = switch (cell.table()) {
                case REQUESTS -> requests;
                case APPEALS -> appeals;
                case PROACTIVE -> proactive;
            };
            table.put(cell, new BigDecimal(value));
        });
        ReportMetadata metadata = new ReportMetadata(Optional.of("某县人民政府"), year, Optional.empty(), template,
                "r.txt", SourceFormat.TEXT);
        return new AnnualReport(metadata, List.of(), List.of(), new ProactiveTable(proactive),
                new RequestTable(requests), new AppealTable(appeals), legacy, List.of());
    }

    private static LegacyRow legacy(String indicator, String column, String value) {
        return new LegacyRow(indicator, Optional.empty(), column, new BigDecimal(value), OptionalInt.empty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            受理依申请公开信息总数            | requests_new
            受理政府信息公开申请总数          | requests_new
            （一）收到政府信息公开申请数      | requests_new
            其中：1、同意公开答复数           | granted
            其中：1.同意公开答复数            | granted
            2.同意部分公开答复数              | partially_granted
            2、同意部分公开答复数             | partially_granted
            3.否决公开答复数                  | denied
            3、不予公开答复数                 | denied
            对申请的答复总数                  | results_total
            对申请的答复数                    | results_total
            行政复议数                        | reconsideration
            行政复议数（件）                  | reconsideration
            被申请行政复议数                  | reconsideration
            行政诉讼数                        | litigation
            上年结转申请数                    | requests_carried_over
            结转下年度继续办理数              | carried_forward
            """)
    void mapsTheLabelVariantsOfPre2019Tables(String label, String key) {
        assertThat(LegacyIndicators.of(label)).map(Indicator::key).contains(key);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            接受行政诉讼、举报数
            其中：1、当面申请数
            2.网上申请数
            政府信息公开收费减免金额
            行政申诉数
            主动公开文件数
            4、其他类型答复数
            """)
    void leavesLabelsThatNameAnotherOrMoreThanOneFigureUnmapped(String label) {
        assertThat(LegacyIndicators.of(label)).isEmpty();
    }

    @Test
    void takesAPre2019IndicatorFromTheColumnOfTheReportingYearOnly() {
        AnnualReport report = report(Template.PRE2019, OptionalInt.of(2016), Map.of(), List.of(
                legacy("受理依申请公开信息总数", "2015年度", "9"),
                legacy("受理依申请公开信息总数", "历年累计", "80"),
                legacy("受理依申请公开信息总数", "2016年度", "12"),
                legacy("行政复议数", "本年度", "2"),
                legacy("对申请的答复总数", "2016年度", "11"),
                legacy("其中：1.同意公开答复数", "2016年度", "5"),
                legacy("2.同意部分公开答复数", "2016年度", "1")));

        Series series = Series.of(report);

        assertThat(series.get(Indicator.REQUESTS_NEW)).contains(
                new SeriesValue(new BigDecimal("12"), "legacy:受理依申请公开信息总数@2016年度"));
        assertThat(series.get(Indicator.RECONSIDERATION).map(SeriesValue::value)).contains(new BigDecimal("2"));
        assertThat(series.get(Indicator.LITIGATION)).isEmpty();
        assertThat(series.rate(Rate.DISCLOSURE)).contains(new BigDecimal("0.5455"));
        assertThat(series.rate(Rate.REFUSAL)).as("no 不予公开 row").isEmpty();
        assertThat(series.rate(Rate.RECONSIDERATION_CORRECTION)).as("no results in a pre-2019 table").isEmpty();
    }

    @Test
    void twoRowsGivingOneFigureDifferentValuesLeaveItAbsent() {
        AnnualReport report = report(Template.PRE2019, OptionalInt.of(2012), Map.of(), List.of(
                legacy("行政复议数", "2012年度", "1"), legacy("行政复议案件数", "2012年度", "2"),
                legacy("行政诉讼数", "2012年度", "3"), legacy("行政诉讼案件数", "2012年度", "3.0")));

        Series series = Series.of(report);

        assertThat(series.get(Indicator.RECONSIDERATION)).isEmpty();
        assertThat(series.get(Indicator.LITIGATION).map(SeriesValue::value)).contains(new BigDecimal("3"));
    }

    @Test
    void aSumOfCellsIsPresentOnlyWhenEveryTermIs() {
        Map<String, String> cells = new HashMap<>(Map.of("requests.granted.total", "6",
                "requests.partially_granted.total", "2", "requests.results_total.total", "16",
                "appeals.litigation_direct.total", "3", "appeals.reconsideration.upheld", "3",
                "appeals.reconsideration.corrected", "1", "appeals.reconsideration.other", "0"));
        List.of("state_secret", "prohibited_by_law", "security_stability", "third_party", "internal_affairs",
                "process_info", "enforcement_file").forEach(reason -> cells.put("requests.denied_" + reason
                + ".total", "1"));

        Series partial = Series.of(report(Template.T2021, OptionalInt.of(2021), cells, List.of()));
        cells.put("requests.denied_administrative_query.total", "0");
        Series whole = Series.of(report(Template.T2021, OptionalInt.of(2021), cells, List.of()));

        assertThat(partial.get(Indicator.DENIED)).as("one reason missing").isEmpty();
        assertThat(partial.rate(Rate.REFUSAL)).isEmpty();
        assertThat(whole.get(Indicator.DENIED).map(SeriesValue::value)).contains(new BigDecimal("7"));
        assertThat(whole.get(Indicator.DENIED).map(SeriesValue::source).orElseThrow())
                .startsWith("requests.denied_state_secret.total + ").endsWith("requests.denied_administrative_query.total");
        assertThat(whole.rate(Rate.REFUSAL)).contains(new BigDecimal("0.4375"));
        assertThat(whole.rate(Rate.DISCLOSURE)).contains(new BigDecimal("0.5000"));
        assertThat(whole.get(Indicator.LITIGATION)).as("litigation_after_reconsideration missing").isEmpty();
        assertThat(whole.rate(Rate.RECONSIDERATION_CORRECTION)).contains(new BigDecimal("0.2500"));
        assertThat(whole.rate(Rate.LITIGATION_CORRECTION)).isEmpty();
    }

    @Test
    void aZeroDenominatorGivesNoRate() {
        Series series = Series.of(report(Template.T2019, OptionalInt.of(2019), Map.of("requests.granted.total", "0",
                "requests.partially_granted.total", "0", "requests.results_total.total", "0",
                "appeals.reconsideration.upheld", "0", "appeals.reconsideration.corrected", "0",
                "appeals.reconsideration.other", "0"), List.of()));

        assertThat(series.get(Indicator.RESULTS_TOTAL).map(SeriesValue::value)).contains(BigDecimal.ZERO);
        assertThat(series.rate(Rate.DISCLOSURE)).isEmpty();
        assertThat(series.rate(Rate.RECONSIDERATION_CORRECTION)).isEmpty();
    }

    @Test
    void feesComeFromThe2021AmountOnly() {
        Series fees2021 = Series.of(report(Template.T2021, OptionalInt.of(2021),
                Map.of("proactive.fees.amount", "98.4361"), List.of()));
        Series fees2019 = Series.of(report(Template.T2019, OptionalInt.of(2019),
                Map.of("proactive.fees.items_prev_year", "3"), List.of()));

        assertThat(fees2021.get(Indicator.FEES)).contains(new SeriesValue(new BigDecimal("98.4361"),
                "proactive.fees.amount"));
        assertThat(fees2019.get(Indicator.FEES)).isEmpty();
    }

    /** The seed report's figures, read by hand from its tables. */
    @Test
    void theSeedReportsFiguresAreItsTablesTotals() throws ReportReadException {
        AnnualReport seed = XxgkReport.parse(TestData.SEED);
        Series series = Series.of(seed);

        for (Indicator indicator : Indicator.values()) {
            Optional<BigDecimal> expected = indicator.cells().stream().map(seed::value)
                    .reduce(Optional.of(BigDecimal.ZERO), (a, b) -> a.flatMap(x -> b.map(x::add)));
            assertThat(series.get(indicator).map(SeriesValue::value)).as(indicator.key()).isEqualTo(expected);
        }
        assertThat(series.get(Indicator.REQUESTS_NEW).map(SeriesValue::value)).contains(BigDecimal.ONE);
    }

    /** The corpus's pre-2019 reports: every figure their tables state for the year, mapped. */
    @ParameterizedTest
    @CsvSource({"pingtan-county-2011-legacy.html", "pingtan-2016-legacy-runtogether.txt",
        "pingtan-2018-legacy-runtogether.txt"})
    void thePre2019ReportsOfTheCorpusHaveTheirFigures(String file) throws ReportReadException {
        Series series = Series.of(XxgkReport.parse(Path.of("testdata/reports", file)));

        for (Indicator indicator : List.of(Indicator.REQUESTS_NEW, Indicator.GRANTED, Indicator.PARTIALLY_GRANTED,
                Indicator.DENIED, Indicator.RESULTS_TOTAL, Indicator.RECONSIDERATION, Indicator.LITIGATION)) {
            assertThat(series.get(indicator).map(SeriesValue::value)).as(indicator.key()).contains(BigDecimal.ZERO);
            assertThat(series.get(indicator).orElseThrow().source()).startsWith("legacy:");
        }
        assertThat(series.get(Indicator.REQUESTS_CARRIED_OVER)).isEmpty();
        assertThat(series.get(Indicator.FEES)).isEmpty();
    }
}
