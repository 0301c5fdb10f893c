package io.github.xxgk.report.internal.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.report.ReportParser;
import io.github.xxgk.report.TestData;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.CellKey;
import io.github.xxgk.report.model.Diagnostic;
import io.github.xxgk.report.model.DiagnosticCode;
import io.github.xxgk.report.model.SectionKey;
import io.github.xxgk.report.model.Severity;
import java.math.BigDecimal;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The mess seen in real reports (the spec's last section), each case made by changing one real line of the seed
 * report into the form other copies print it in.
 */
class MessTest {

    private static final String NEW_ROW = "一、本年新收政府信息公开申请数量\t\t1\t0\t0\t0\t0\t0\t1\t";
    private static final String REGULATIONS = "规章\t0\t0\t0";
    private static final String LICENSING = "行政许可\t34\t\t";
    private static final String PENALTY = "行政处罚\t0\t\t";
    private static final String FEES = "行政事业性收费\t0\t\t";
    private static final String RESULTS_TOTAL = "(七) 总计\t1\t0\t0\t0\t0\t0\t1\t\t";
    private static final String PARTIAL = "\t(二) 部分公开(区分处理的, 只计这一情形, 不计其他情形)\t0\t0\t0\t0\t0\t0\t0\t";
    private static final String INTERNAL = "\t\t5. 属于三类内部事务信息\t0\t0\t0\t0\t0\t0\t0";

    static Stream<Arguments> cases() {
        return Stream.of(
                mess("collapsed merge: one label cell instead of two", NEW_ROW,
                        "一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1", value("requests.new.total", "1")),
                mess("group label kept on the same row", "3. 其他\t\t0\t0\t0\t0\t0\t0\t0\t",
                        "\t(六) 其他处理\t3. 其他\t2\t0\t0\t0\t0\t0\t2", value("requests.other_other.total", "2")),
                mess("typo 本年度止件数 in the header", REGULATIONS, "规章\t2\t3\t4",
                        value("proactive.regulations.repealed", "3")),
                mess("spaces inside a label", LICENSING, "行政 许可\t34\t\t", value("proactive.licensing.decisions", "34")),
                mess("full-width brackets", RESULTS_TOTAL, "（七）总计\t1\t0\t0\t0\t0\t0\t1",
                        value("requests.results_total.total", "1")),
                mess("full-width item number", "1. 属于国家秘密\t0\t0\t0\t0\t0\t0\t0",
                        "１．属于国家秘密\t5\t0\t0\t0\t0\t0\t5", value("requests.denied_state_secret.total", "5")),
                mess("full-width digits in values", LICENSING, "行政许可\t３４", value("proactive.licensing.decisions", "34")),
                mess("dash for no value", PENALTY, "行政处罚\t—", absent("proactive.penalty.decisions")),
                mess("hyphen for no value", PENALTY, "行政处罚\t-", absent("proactive.penalty.decisions")),
                mess("slash for no value", PENALTY, "行政处罚\t/", absent("proactive.penalty.decisions")),
                mess("无 for no value", PENALTY, "行政处罚\t无", absent("proactive.penalty.decisions")),
                mess("a blank total while its parts are printed", NEW_ROW,
                        "一、本年新收政府信息公开申请数量\t\t1\t0\t0\t0\t0\t0\t—\t",
                        value("requests.new.natural_person", "1").andThen(absent("requests.new.total"))),
                mess("comma in a number", LICENSING, "行政许可\t1,234", value("proactive.licensing.decisions", "1234")),
                mess("space in a number", LICENSING, "行政许可\t1 234", value("proactive.licensing.decisions", "1234")),
                mess("a very large count", LICENSING, "行政许可\t11398889",
                        value("proactive.licensing.decisions", "11398889")),
                mess("decimal 万元", FEES, "行政事业性收费\t96171.6", value("proactive.fees.amount", "96171.6")),
                mess("a unit in the cell", FEES, "行政事业性收费\t12万元", value("proactive.fees.amount", "12")),
                mess("guidance inside a label", REGULATIONS, "规章(设区的市、自治州人民政府应提供相关数据)\t5\t0\t0",
                        value("proactive.regulations.issued", "5")),
                mess("word swap 只计这一情况", PARTIAL,
                        "\t(二) 部分公开(区分处理的, 只计这一情况, 不计其他情形)\t3\t0\t0\t0\t0\t0\t3\t",
                        value("requests.partially_granted.total", "3")),
                mess("typo 三类内容事务信息", INTERNAL, "\t\t5. 属于三类内容事务信息\t4\t0\t0\t0\t0\t0\t4",
                        value("requests.denied_internal_affairs.total", "4")),
                mess("characters dropped from a label, as 淮安市洪泽区's 2024 report prints it",
                        "2. 其他法律行政法规禁止公开\t0\t0", "2.其他法律行政止公开\t6\t0",
                        value("requests.denied_prohibited_by_law.natural_person", "6")),
                mess("a provincial extra row", LICENSING, "行政许可\t34\n其他主动公开文件\t5",
                        value("proactive.licensing.decisions", "34")
                                .andThen(diagnostic(DiagnosticCode.ROW_UNRECOGNIZED, 32))),
                mess("too few numbers", NEW_ROW, "一、本年新收政府信息公开申请数量\t\t1\t0\t0\t0\t0\t0\t\t",
                        absent("requests.new.total").andThen(absent("requests.new.natural_person"))
                                .andThen(diagnostic(DiagnosticCode.ROW_CELL_COUNT, 45))),
                mess("too many numbers", LICENSING, "行政许可\t34\t5",
                        absent("proactive.licensing.decisions").andThen(diagnostic(DiagnosticCode.ROW_CELL_COUNT, 31))),
                mess("a decimal count", LICENSING, "行政许可\t34.5",
                        absent("proactive.licensing.decisions")
                                .andThen(diagnostic(DiagnosticCode.CELL_NOT_A_NUMBER, 31))),
                mess("digits that are not one number", LICENSING, "行政许可\t1,2",
                        absent("proactive.licensing.decisions")
                                .andThen(diagnostic(DiagnosticCode.CELL_NOT_A_NUMBER, 31))),
                // before: "0034" was read as 34; after: digits written with a leading zero are not one number
                mess("digits with a leading zero", LICENSING, "行政许可\t0034",
                        absent("proactive.licensing.decisions")
                                .andThen(diagnostic(DiagnosticCode.CELL_NOT_A_NUMBER, 31))),
                mess("a row twice", PENALTY, "行政处罚\t0\n行政处罚\t7",
                        value("proactive.penalty.decisions", "0").andThen(diagnostic(DiagnosticCode.ROW_DUPLICATE, 35))),
                mess("a missing row", "二、上年结转政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0\t\n", "",
                        absent("requests.carried_over.total").andThen(diagnostic(DiagnosticCode.ROW_MISSING, -1))),
                mess("a missing table", "0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n", "",
                        absent("appeals.reconsideration.total")
                                .andThen(diagnostic(DiagnosticCode.TABLE_MISSING, -1))),
                mess("title on one line", "吴忠市民政局\n\n2021 年政府信息公开工作年度报告",
                        "吴忠市民政局2021年政府信息公开工作年度报告", agency("吴忠市民政局").andThen(year(2021))),
                mess("year only in the statistics period",
                        "吴忠市民政局\n\n2021 年政府信息公开工作年度报告", "吴忠市民政局政府信息公开工作年度报告",
                        agency("吴忠市民政局").andThen(year(2021))),
                mess("heading reworded (四)", "四、政府信息公开行政复议、行政诉讼情况",
                        "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况", section(SectionKey.APPEALS, "四")),
                mess("heading reworded (五)", "五、存在的主要问题及改进情况", "五、政府信息公开工作存在的主要问题及改进情况",
                        section(SectionKey.PROBLEMS, "五")),
                mess("missing opening bracket", "（一）主动公开情况。", "一)主动公开情况。",
                        report -> assertThat(report.section(SectionKey.OVERVIEW).orElseThrow().subsections().get(0)
                                .title()).isEqualTo("主动公开情况")),
                mess("filler sentence before a table", "二、主动公开政府信息情况\n",
                        "二、主动公开政府信息情况\n该部分以表格形式报告。表格如下：\n",
                        value("proactive.licensing.decisions", "34").andThen(report -> assertThat(
                                report.section(SectionKey.PROACTIVE).orElseThrow().paragraphs())
                                .containsExactly("该部分以表格形式报告。表格如下："))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void recognised(String name, String line, String replacement, Consumer<AnnualReport> check) throws Exception {
        String seed = TestData.seedText();
        assertThat(seed).as("the seed has the line this case changes").contains(line);
        String text = seed.replace(line, replacement);
        check.accept(ReportParser.create().parseText(text, "mess.txt"));
    }

    private static Arguments mess(String name, String line, String replacement, Consumer<AnnualReport> check) {
        return Arguments.of(name, line, replacement, check);
    }

    private static Consumer<AnnualReport> value(String key, String expected) {
        return report -> assertThat(report.value(CellKey.parse(key))).as(key)
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(new BigDecimal(expected)));
    }

    private static Consumer<AnnualReport> absent(String key) {
        return report -> assertThat(report.value(CellKey.parse(key))).as(key).isEmpty();
    }

    /** Exactly one diagnostic of the code, not an error unless the code is, at the line (-1: no line). */
    private static Consumer<AnnualReport> diagnostic(DiagnosticCode code, int line) {
        return report -> {
            assertThat(report.diagnostics()).filteredOn(d -> d.code() == code).singleElement()
                    .satisfies(d -> {
                        if (line > 0) {
                            assertThat(d.location().line()).hasValue(line);
                        }
                    });
            assertThat(report.diagnostics(Severity.ERROR)).extracting(Diagnostic::code)
                    .allMatch(c -> c == code || c.isRule());
        };
    }

    private static Consumer<AnnualReport> agency(String agency) {
        return report -> assertThat(report.metadata().agency()).contains(agency);
    }

    private static Consumer<AnnualReport> year(int year) {
        return report -> assertThat(report.metadata().year()).hasValue(year);
    }

    private static Consumer<AnnualReport> section(SectionKey key, String number) {
        return report -> assertThat(report.section(key)).hasValueSatisfying(
                s -> assertThat(s.number()).isEqualTo(number));
    }
}
