package io.github.xxgk.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.report.model.CellKey;
import io.github.xxgk.report.series.Indicator;
import io.github.xxgk.report.series.Rate;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The wide CSV's Chinese header: built from the model's labels, one name per column, none twice. */
class WideCsvHeaderTest {

    private static String chinese(String key) {
        return WideCsv.chineseColumns().get(WideCsv.columns().indexOf(key));
    }

    @Test
    void everyColumnHasADistinctChineseName() {
        List<String> chinese = WideCsv.chineseColumns();
        assertThat(chinese).hasSameSizeAs(WideCsv.columns()).doesNotHaveDuplicates();
        assertThat(chinese.subList(0, WideCsv.LEADING_COLUMNS.size()))
                .containsExactly("文件", "状态", "模板", "发布机关", "年度", "错误数", "警告数", "说明");
        assertThat(chinese).hasSize(WideCsv.LEADING_COLUMNS.size() + CellKey.all().size() + Indicator.values().length
                + Rate.values().length);
    }

    @Test
    void namesFollowTheTemplatesLabelsFromSectionToColumn() {
        assertThat(chinese("requests.new.total")).isEqualTo("三、收到和处理政府信息公开申请情况-本年新收政府信息公开申请数量-总计");
        assertThat(chinese("requests.denied_state_secret.commercial"))
                .isEqualTo("三、收到和处理政府信息公开申请情况-本年度办理结果-不予公开-属于国家秘密-法人或其他组织-商业企业");
        assertThat(chinese("requests.other_other.other_org"))
                .isEqualTo("三、收到和处理政府信息公开申请情况-本年度办理结果-其他处理-其他-法人或其他组织-其他");
        assertThat(chinese("requests.granted.natural_person"))
                .isEqualTo("三、收到和处理政府信息公开申请情况-本年度办理结果-予以公开-自然人");
        assertThat(chinese("proactive.regulations.issued")).isEqualTo("二、主动公开政府信息情况-规章-本年制发件数");
        assertThat(chinese("proactive.fees.amount")).isEqualTo("二、主动公开政府信息情况-行政事业性收费-本年收费金额（单位：万元）");
        assertThat(chinese("proactive.procurement.amount")).isEqualTo("二、主动公开政府信息情况-政府集中采购-采购总金额");
        assertThat(chinese("appeals.reconsideration.upheld")).isEqualTo("四、政府信息公开行政复议、行政诉讼情况-行政复议-结果维持");
        assertThat(chinese("appeals.litigation_direct.total"))
                .isEqualTo("四、政府信息公开行政复议、行政诉讼情况-行政诉讼-未经复议直接起诉-总计");
    }

    @Test
    void theChineseHeaderRowIsTheChineseNames() throws Exception {
        StringWriter text = new StringWriter();
        WideCsv.withChineseHeader(text).flush();
        assertThat(text.toString()).isEqualTo(String.join(",", WideCsv.chineseColumns()) + "\n");
    }
}
