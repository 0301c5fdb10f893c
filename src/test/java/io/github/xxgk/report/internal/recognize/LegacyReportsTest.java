package io.github.xxgk.report.internal.recognize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.xxgk.report.TestData;
import io.github.xxgk.report.XxgkReport;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.Diagnostic;
import io.github.xxgk.report.model.DiagnosticCode;
import io.github.xxgk.report.model.LegacyRow;
import io.github.xxgk.report.model.Section;
import io.github.xxgk.report.model.Severity;
import io.github.xxgk.report.model.Template;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pre-2019 reports of the corpus give their metadata, their section tree and their statistics as legacy rows,
 * and no cell of the 2019 or 2021 template.
 */
class LegacyReportsTest {

    private static AnnualReport parse(String name) throws IOException {
        return XxgkReport.parse(TestData.REPORTS.resolve(name));
    }

    private static List<String> titles(AnnualReport report) {
        return report.sections().stream().map(Section::title).toList();
    }

    private static Optional<BigDecimal> value(AnnualReport report, String indicator, String column) {
        return report.legacyRows().stream()
                .filter(r -> r.indicator().equals(indicator) && r.column().equals(column))
                .map(LegacyRow::value)
                .findFirst();
    }

    @ParameterizedTest
    @ValueSource(strings = {"pingtan-county-2011-legacy.html", "pingtan-2016-legacy-runtogether.txt",
            "pingtan-2018-legacy-runtogether.txt"})
    void legacyRowsAndNoTemplateCells(String name) throws IOException {
        AnnualReport report = parse(name);

        assertThat(report.metadata().template()).isEqualTo(Template.PRE2019);
        assertThat(report.values()).isEmpty();
        assertThat(report.legacyRows()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(report.diagnostics()).extracting(Diagnostic::code).contains(DiagnosticCode.TABLE_LEGACY)
                .doesNotContain(DiagnosticCode.TABLE_MISSING, DiagnosticCode.ROW_MISSING,
                        DiagnosticCode.SECTION_MISSING, DiagnosticCode.TEMPLATE_MIXED,
                        DiagnosticCode.CELL_AMBIGUOUS_SPLIT);
        assertThat(report.diagnostics(Severity.WARNING)).isEmpty();
        assertThat(report.diagnostics(Severity.ERROR)).isEmpty();
    }

    @Test
    void countyReportOf2011ReadsItsGrid() throws IOException {
        AnnualReport report = parse("pingtan-county-2011-legacy.html");

        assertThat(report.metadata().agency()).contains("平潭县人民政府");
        assertThat(report.metadata().year()).hasValue(2011);
        assertThat(titles(report)).containsExactly("概述", "主动公开政府信息情况", "政府信息依申请公开工作情况",
                "政府信息公开工作存在的主要问题及改进情况");
        assertThat(report.legacyRows()).hasSize(34).first()
                .isEqualTo(new LegacyRow("主动公开信息数", Optional.of("条"), "2011年度", new BigDecimal("425"),
                        OptionalInt.of(349)));
        assertThat(value(report, "其中：1.网站公开", "历年累计")).contains(new BigDecimal("1509"));
        assertThat(value(report, "2.政府公报公开", "2011年度")).contains(new BigDecimal("7"));
        assertThat(value(report, "行政申诉数", "历年累计")).contains(BigDecimal.ZERO);
    }

    @Test
    void report2016SplitsItsRunTogetherTable() throws IOException {
        AnnualReport report = parse("pingtan-2016-legacy-runtogether.txt");

        assertThat(report.metadata().title()).contains("平潭综合实验区2016年度政府信息公开工作年度报告");
        assertThat(report.sections()).extracting(Section::number, Section::title).containsExactly(
                tuple("一", "概述"), tuple("二", "主动公开政府信息情况"), tuple("三", "政府信息依申请公开工作情况"),
                tuple("四", "政府信息公开的收费及减免情况"), tuple("五", "因政府信息公开申请行政复议、提起行政诉讼的情况"),
                tuple("六", "主要问题和改进措施"), tuple("七", "平潭综合实验区政府信息公开情况统计表"));
        assertThat(report.sections()).extracting(s -> s.key().map(k -> k.key()).orElse("-"))
                .containsExactly("overview", "proactive", "requests", "-", "appeals", "problems", "-");
        assertThat(report.legacyRows()).hasSize(32);
        assertThat(value(report, "主动公开文件数", "2016年度")).contains(new BigDecimal("3460"));
        assertThat(value(report, "主动公开文件数", "历年累计")).contains(new BigDecimal("85376"));
        assertThat(value(report, "其中：1、政府网站公开数", "历年累计")).contains(new BigDecimal("85376"));
        assertThat(value(report, "政府信息公开收费减免金额", "2016年度")).contains(BigDecimal.ZERO);
    }

    /** Before: the prose's 政府集中采购 made this a 2019-template report with 16 warnings; after: pre-2019. */
    @Test
    void report2018IsNotTakenForThe2019TemplateByAWordInItsProse() throws IOException {
        AnnualReport report = parse("pingtan-2018-legacy-runtogether.txt");

        assertThat(report.metadata().template()).isEqualTo(Template.PRE2019);
        assertThat(titles(report)).containsExactly("概述", "主动公开政府信息情况", "政府信息依申请公开工作情况",
                "因政府信息公开申请行政复议、提起行政诉讼的情况", "主要问题和改进措施", "政府信息公开情况统计表");
        assertThat(report.legacyRows()).hasSize(30);
        assertThat(value(report, "主动公开文件数", "2018年度")).contains(new BigDecimal("2069"));
        assertThat(value(report, "其中：1.政府网站公开数", "历年累计")).contains(new BigDecimal("12106"));
        assertThat(report.diagnostics(Severity.INFO)).extracting(Diagnostic::code).containsExactly(
                DiagnosticCode.TABLE_LEGACY, DiagnosticCode.CELL_RECOVERED_SPLIT, DiagnosticCode.CELL_RECOVERED_SPLIT);
    }
}
