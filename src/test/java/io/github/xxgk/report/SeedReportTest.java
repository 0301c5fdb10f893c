package io.github.xxgk.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.CellKey;
import io.github.xxgk.report.model.Section;
import io.github.xxgk.report.model.SectionKey;
import io.github.xxgk.report.model.Severity;
import io.github.xxgk.report.model.SourceFormat;
import io.github.xxgk.report.model.TableKind;
import io.github.xxgk.report.model.Template;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed report, 吴忠市民政局's 2021 report as a tab-separated copy, parses to exactly what it prints. */
class SeedReportTest {

    private static AnnualReport report;

    @BeforeAll
    static void parse() throws Exception {
        report = XxgkReport.parse(TestData.SEED);
    }

    @Test
    void metadata() {
        assertThat(report.metadata().agency()).contains("吴忠市民政局");
        assertThat(report.metadata().year()).hasValue(2021);
        assertThat(report.metadata().title()).contains("吴忠市民政局2021年政府信息公开工作年度报告");
        assertThat(report.metadata().template()).isEqualTo(Template.T2021);
        assertThat(report.metadata().sourceFormat()).isEqualTo(SourceFormat.TEXT);
        assertThat(report.metadata().sourceName()).isEqualTo("wuzhong-civil-affairs-2021.txt");
        assertThat(report.preamble()).singleElement().asString().startsWith("根据《中华人民共和国政府信息公开条例》")
                .endsWith("本报告统计数据从2021年1月1日至12月31日。");
    }

    @Test
    void sixSectionsWithTheirSubsections() {
        assertThat(report.sections()).extracting(Section::number)
                .containsExactly("一", "二", "三", "四", "五", "六");
        assertThat(report.sections()).extracting(Section::title).containsExactly("总体情况", "主动公开政府信息情况",
                "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况",
                "其他需要报告的事项");
        assertThat(report.sections()).extracting(s -> s.key().orElseThrow())
                .containsExactly(SectionKey.values());
        assertThat(report.section(SectionKey.OVERVIEW).orElseThrow().subsections()).extracting(Section::title)
                .containsExactly("主动公开情况", "依申请公开情况", "政府信息管理情况", "政府信息平台建设情况", "监督保障情况");
        assertThat(report.section(SectionKey.PROBLEMS).orElseThrow().subsections()).extracting(Section::title)
                .containsExactly("政府信息公开工作存在问题", "政府信息公开工作改进措施");
        assertThat(report.section(SectionKey.OTHER_MATTERS).orElseThrow().paragraphs()).containsExactly("无。");
    }

    @Test
    void bodyTextIsCleaned() {
        Section management = report.section(SectionKey.OVERVIEW).orElseThrow().subsections().get(2);
        assertThat(management.paragraphs()).singleElement().asString()
                .startsWith("一是强化组织，落实保障。形成了").doesNotContain("**");
        Section measures = report.section(SectionKey.PROBLEMS).orElseThrow().subsections().get(1);
        assertThat(measures.paragraphs()).singleElement().asString()
                .contains("三是确保规范有序。进一步做好依申请公开接受");
    }

    @Test
    void exactlyThePrintedCells() {
        Map<String, Integer> expected = new HashMap<>();
        for (String key : List.of("regulations.issued", "regulations.repealed", "regulations.in_force",
                "normative_documents.issued", "normative_documents.repealed", "penalty.decisions",
                "coercion.decisions", "fees.amount")) {
            expected.put("proactive." + key, 0);
        }
        expected.put("proactive.normative_documents.in_force", 1);
        expected.put("proactive.licensing.decisions", 34);
        for (CellKey key : CellKey.of(Template.T2021)) {
            if (key.table() != TableKind.PROACTIVE) {
                expected.put(key.key(), 0);
            }
        }
        for (String key : List.of("new.natural_person", "new.total", "unavailable_not_held.natural_person",
                "unavailable_not_held.total", "results_total.natural_person", "results_total.total")) {
            expected.put("requests." + key, 1);
        }
        Map<String, Integer> actual = new HashMap<>();
        report.values().forEach((key, value) -> actual.put(key.key(), value.intValueExact()));
        assertThat(actual).isEqualTo(expected);
        assertThat(report.value(CellKey.parse("proactive.fees.amount"))).contains(BigDecimal.ZERO);
    }

    @Test
    void noErrorsOrWarnings() {
        assertThat(report.diagnostics(Severity.ERROR)).isEmpty();
        assertThat(report.diagnostics(Severity.WARNING)).isEmpty();
    }
}
