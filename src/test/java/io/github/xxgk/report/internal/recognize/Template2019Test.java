package io.github.xxgk.report.internal.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.report.ReportParser;
import io.github.xxgk.report.TestData;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.CellKey;
import io.github.xxgk.report.model.DiagnosticCode;
import io.github.xxgk.report.model.Severity;
import io.github.xxgk.report.model.Template;
import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 2019 template, recognised from its tables' signatures: the seed report with its table 二 and its （六） rows
 * printed as 平潭综合实验区's 2019 report prints them (its labels and values), so a 2021 report that kept the 2019
 * tables.
 */
class Template2019Test {

    private static final String TABLE_2021 = TestData.seedText().substring(
            TestData.seedText().indexOf("第二十条第（一）项"),
            TestData.seedText().indexOf("三、收到和处理政府信息公开申请情况"));
    private static final String TABLE_2019 = String.join("\n",
            "第二十条第（一）项\t\t\t",
            "信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量",
            "规章\t0\t0\t0",
            "规范性文件\t89\t89\t89",
            "第二十条第（五）项\t\t\t",
            "信息内容\t上一年项目数量\t本年增/减\t处理决定数量",
            "行政许可\t396\t+2\t181",
            "其他对外管理服务事项\t10\t-1\t153",
            "第二十条第（六）项\t\t\t",
            "信息内容\t上一年项目数量\t本年增/减(增用正值表示,减用负值表示,如-8)\t处理决定数量",
            "行政处罚\t2648\t0\t430",
            "行政强制\t126\t0\t25",
            "第二十条第（八）项\t\t\t",
            "信息内容\t上一年项目数量\t本年增/减\t",
            "行政事业性收费\t35\t0\t",
            "第二十条第（九）项\t\t\t",
            "信息内容\t采购项目数量\t采购总金额\t",
            "政府集中采购\t135\t75394432.52元\t",
            "", "");
    private static final String OTHER_2021 = TestData.seedText().substring(
            TestData.seedText().indexOf("\t(六) 其他处理"), TestData.seedText().indexOf("(七) 总计"));
    private static final String OTHER_2019 = "\t(六) 其他处理\t0\t0\t0\t0\t0\t0\t0\n";

    private static AnnualReport report;

    @BeforeAll
    static void parse() throws Exception {
        String text = TestData.seedText().replace(TABLE_2021, TABLE_2019).replace(OTHER_2021, OTHER_2019);
        report = ReportParser.create().parseText(text, "seed-with-2019-tables.txt");
    }

    static Stream<Arguments> cells() {
        return Stream.of(
                Arguments.of("proactive.regulations.created", "0"),
                Arguments.of("proactive.normative_documents.total_published", "89"),
                Arguments.of("proactive.licensing.items_prev_year", "396"),
                Arguments.of("proactive.licensing.items_change", "2"),
                Arguments.of("proactive.licensing.decisions", "181"),
                Arguments.of("proactive.other_services.items_change", "-1"),
                Arguments.of("proactive.other_services.decisions", "153"),
                Arguments.of("proactive.penalty.items_prev_year", "2648"),
                Arguments.of("proactive.coercion.decisions", "25"),
                Arguments.of("proactive.fees.items_prev_year", "35"),
                Arguments.of("proactive.procurement.projects", "135"),
                Arguments.of("proactive.procurement.amount", "75394432.52"),
                Arguments.of("requests.other_handling.total", "0"),
                Arguments.of("requests.unavailable_not_held.total", "1"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("cells")
    void readsThe2019Cells(String key, String value) {
        assertThat(report.value(CellKey.parse(key))).hasValueSatisfying(
                v -> assertThat(v).isEqualByComparingTo(new BigDecimal(value)));
    }

    @Test
    void theTablesDecideTheTemplateAndTheYearsDisagreementIsNoted() {
        assertThat(report.metadata().template()).isEqualTo(Template.T2019);
        assertThat(report.metadata().year()).hasValue(2021);
        assertThat(report.diagnostics()).filteredOn(d -> d.code() == DiagnosticCode.TEMPLATE_MIXED).singleElement()
                .satisfies(d -> {
                    assertThat(d.severity()).isEqualTo(Severity.INFO);
                    assertThat(d.message()).contains("2019 template", "2021");
                });
    }

    @Test
    void no2021OnlyCellsAndNoStructuralWarnings() {
        assertThat(report.values().keySet()).allMatch(key -> key.existsIn(Template.T2019));
        assertThat(report.value(CellKey.parse("proactive.regulations.issued"))).isEmpty();
        assertThat(report.value(CellKey.parse("requests.other_other.total"))).isEmpty();
        assertThat(report.diagnostics(Severity.WARNING)).isEmpty();
        assertThat(report.diagnostics(Severity.ERROR)).isEmpty();
    }
}
