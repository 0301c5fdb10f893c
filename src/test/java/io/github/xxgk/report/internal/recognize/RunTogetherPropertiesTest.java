package io.github.xxgk.report.internal.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.report.ReportParser;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.CellKey;
import io.github.xxgk.report.model.Diagnostic;
import io.github.xxgk.report.model.DiagnosticCode;
import io.github.xxgk.report.model.RequestRow;
import io.github.xxgk.report.model.Template;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/**
 * Whole reports whose tables lost their cell boundaries, the way a crawler flattens a page (the body on one line,
 * labels and digits run together), parse back to the true numbers or to absent cells with a warning: never a wrong
 * number. The tables are random and consistent; see {@link SplitSolverPropertiesTest} for how they are printed.
 */
class RunTogetherPropertiesTest {

    private static final String REQUESTS_HEADER = "三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，"
            + "等于第三项加第四项之和）申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他";
    private static final String APPEALS_HEADER = "四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果"
            + "尚未审结总计未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计";

    @Property(tries = 60)
    void flattenedReportGetsNoWrongNumber(@ForAll("requestTables") SplitSolverPropertiesTest.PrintedTable requests,
            @ForAll("appealTables") SplitSolverPropertiesTest.PrintedTable appeals) throws Exception {
        check(requests, appeals);
    }

    @Property(tries = 2_000)
    @Tag("long")
    void flattenedReportGetsNoWrongNumberLong(
            @ForAll("requestTables") SplitSolverPropertiesTest.PrintedTable requests,
            @ForAll("appealTables") SplitSolverPropertiesTest.PrintedTable appeals) throws Exception {
        check(requests, appeals);
    }

    @Provide
    Arbitrary<SplitSolverPropertiesTest.PrintedTable> requestTables() {
        return new SplitSolverPropertiesTest().requestTables();
    }

    @Provide
    Arbitrary<SplitSolverPropertiesTest.PrintedTable> appealTables() {
        return new SplitSolverPropertiesTest().appealTables();
    }

    private static void check(SplitSolverPropertiesTest.PrintedTable requests,
            SplitSolverPropertiesTest.PrintedTable appeals) throws Exception {
        Template template = requests.template();
        int year = template == Template.T2019 ? 2019 : 2022;
        String text = "标题: 平潭综合实验区" + year + "年度政府信息公开工作年度报告\n"
                + "本报告中所列数据统计时限为" + year + "年1月1日至" + year + "年12月31日。 一、总体情况 " + year
                + "年，全区政府信息公开工作有序推进。 二、主动公开政府信息情况 该部分以表格形式报告。 "
                + REQUESTS_HEADER + requestRows(requests) + " " + APPEALS_HEADER + appeals.texts().get(null)
                + " 五、存在的主要问题及改进情况 无。 六、其他需要报告的事项 无。";
        AnnualReport report = ReportParser.create().parseText(text, "flattened.txt");

        assertThat(report.metadata().template()).isEqualTo(template);
        Set<String> warnedRows = new HashSet<>();
        for (Diagnostic d : report.diagnostics()) {
            if (d.code() == DiagnosticCode.CELL_AMBIGUOUS_SPLIT || d.code() == DiagnosticCode.ROW_CELL_COUNT) {
                warnedRows.add(d.location().table().orElse("") + "." + d.location().row().orElse("*"));
            }
        }
        for (Map<CellKey, Long> truth : List.of(requests.truth(), appeals.truth())) {
            truth.forEach((cell, value) -> {
                BigDecimal found = report.value(cell).orElse(null);
                if (found == null) {
                    assertThat(warnedRows).as("%s absent without a warning", cell.key())
                            .containsAnyOf(cell.table().key() + "." + cell.row().key(), cell.table().key() + ".*");
                } else {
                    assertThat(found).as(cell.key()).isEqualByComparingTo(BigDecimal.valueOf(value));
                }
            });
        }
    }

    /** Table 三's rows as the template prints them, numbering and group labels included, each followed by its run. */
    private static String requestRows(SplitSolverPropertiesTest.PrintedTable table) {
        StringBuilder text = new StringBuilder();
        RequestRow.Group group = null;
        int item = 0;
        for (RequestRow row : RequestRow.printedOrder(table.template())) {
            if (row.group() != group) {
                group = row.group();
                item = 0;
            }
            item++;
            text.append(switch (row) {
                case NEW -> "一、";
                case CARRIED_OVER -> "二、";
                case GRANTED -> "三、本年度办理结果（一）";
                case PARTIALLY_GRANTED -> "（二）";
                case RESULTS_TOTAL -> "（七）";
                case CARRIED_FORWARD -> "四、";
                case OTHER_HANDLING -> "（六）";
                default -> (item == 1 ? groupHeading(row.group()) : "") + item + ".";
            });
            text.append(row == RequestRow.PARTIALLY_GRANTED ? "部分公开（区分处理的，只计这一情形，不计其他情形）"
                    : row.label());
            text.append(table.texts().get(row));
        }
        return text.toString();
    }

    private static String groupHeading(RequestRow.Group group) {
        return switch (group) {
            case DENIED -> "（三）";
            case UNAVAILABLE -> "（四）";
            case REJECTED -> "（五）";
            case OTHER -> "（六）";
            default -> "";
        } + group.label();
    }
}
