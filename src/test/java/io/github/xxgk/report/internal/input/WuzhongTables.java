package io.github.xxgk.report.internal.input;

import static io.github.xxgk.report.internal.input.WuzhongDocxBuilder.cells;
import static io.github.xxgk.report.internal.input.WuzhongDocxBuilder.row;

import io.github.xxgk.report.internal.input.WuzhongDocxBuilder.C;
import java.math.BigInteger;
import java.util.List;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;

/** The seed report's three statistical tables in the 2021 template's layout, merges included, for the builder. */
final class WuzhongTables {

    private WuzhongTables() {
    }

    /** Table 二: four blocks, caption rows spanning the table; the 第（五）项 block merged WPS-style with hMerge. */
    static void proactive(WuzhongDocxBuilder builder) {
        CTTbl t = builder.table(2900, 1800, 1800, 1800);
        row(t, List.of(C.span("第二十条第（一）项", 4)));
        row(t, List.of(C.of("信息内容"), C.of("本年制发件数"), C.of("本年度止件数"), C.of("现行有效件数")));
        row(t, cells(List.of(C.of("规章")), C.values(0, 0, 0)));
        row(t, cells(List.of(C.of("行政规范性文件")), C.values(0, 0, 1)));
        row(t, List.of(C.span("第二十条第（五）项", 4)));
        row(t, List.of(C.of("信息内容"), C.hStart("本年处理决定数量"), C.hCont(), C.hCont()));
        row(t, List.of(C.of("行政许可"), C.hStart("34"), C.hCont(), C.hCont()));
        row(t, List.of(C.span("第二十条第（六）项", 4)));
        row(t, List.of(C.of("信息内容"), C.span("本年处理决定数量", 3)));
        row(t, List.of(C.of("行政处罚"), C.span("0", 3)));
        row(t, List.of(C.of("行政强制"), C.span("0", 3)));
        row(t, List.of(C.span("第二十条第（八）项", 4)));
        row(t, List.of(C.of("信息内容"), C.span("本年收费金额（单位：万元）", 3)));
        row(t, List.of(C.of("行政事业性收费"), C.span("0", 3)));
    }

    /** Table 三: the three-row header, 三、本年度办理结果 merged over 22 rows, groups merged over their items. */
    static void requests(WuzhongDocxBuilder builder) {
        CTTbl t = builder.table(560, 760, 2100, 700, 680, 680, 680, 680, 620, 620);
        row(t, List.of(C.vStart("(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)", 3),
                C.span("申请人情况", 7)));
        row(t, List.of(C.vCont(3), C.vStart("自然人", 1), C.span("法人或其他组织", 5), C.vStart("总计", 1)));
        row(t, List.of(C.vCont(3), C.vCont(1), C.of("商业企业"), C.of("科研机构"), C.of("社会公益组织"),
                C.of("法律服务机构"), C.of("其他"), C.vCont(1)));
        row(t, cells(List.of(C.span("一、本年新收政府信息公开申请数量", 3)), C.values(1, 0, 0, 0, 0, 0, 1)));
        row(t, cells(List.of(C.span("二、上年结转政府信息公开申请数量", 3)), C.zeros(7)));
        row(t, cells(List.of(C.vStart("三、本年度办理结果", 1), C.span("(一) 予以公开", 2)), C.zeros(7)));
        row(t, cells(List.of(C.vCont(1), C.span("(二) 部分公开(区分处理的, 只计这一情形, 不计其他情形)", 2)),
                C.zeros(7)));
        group(builder, t, "(三) 不予公开", List.of("属于国家秘密", "其他法律行政法规禁止公开", "危及“三安全一稳定”",
                "保护第三方合法权益", "属于三类内部事务信息", "属于四类过程性信息", "属于行政执法案卷", "属于行政查询事项"), -1);
        group(builder, t, "(四) 无法提供", List.of("本机关不掌握相关政府信息", "没有现成信息需要另行制作",
                "补正后申请内容仍不明确"), 0);
        group(builder, t, "(五) 不予处理", List.of("信访举报投诉类申请", "重复申请", "要求提供公开出版物",
                "无正当理由大量反复申请", "要求行政机关确认或重新出具已获取信息"), -1);
        group(builder, t, "(六) 其他处理", List.of("申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "其他"), -1);
        row(t, cells(List.of(C.vCont(1), C.span("(七) 总计", 2)), C.values(1, 0, 0, 0, 0, 0, 1)));
        row(t, cells(List.of(C.span("四、结转下年度继续办理", 3)), C.zeros(7)));
    }

    /** One group of outcome rows: its label merged down its items, the items numbered 1., 2., … by Word. */
    private static void group(WuzhongDocxBuilder builder, CTTbl t, String label, List<String> items, int oneAt) {
        BigInteger list = builder.itemList();
        for (int i = 0; i < items.size(); i++) {
            C head = i == 0 ? C.vStart(label, 1) : C.vCont(1);
            List<C> values = i == oneAt ? C.values(1, 0, 0, 0, 0, 0, 1) : C.zeros(7);
            row(t, cells(List.of(C.vCont(1), head, C.numbered(items.get(i), list)), values));
        }
    }

    /** Table 四: a three-level header, headers of the first block merged down two rows, one row of 15 values. */
    static void appeals(WuzhongDocxBuilder builder) {
        int[] widths = new int[15];
        java.util.Arrays.fill(widths, 550);
        CTTbl t = builder.table(widths);
        List<String> outcomes = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
        row(t, List.of(C.span("行政复议", 5), C.span("行政诉讼", 10)));
        row(t, cells(outcomes.stream().map(o -> C.vStart(o, 1)).toList(),
                List.of(C.span("未经复议直接起诉", 5), C.span("复议后起诉", 5))));
        row(t, cells(outcomes.stream().map(o -> C.vCont(1)).toList(), outcomes.stream().map(C::of).toList(),
                outcomes.stream().map(C::of).toList()));
        row(t, C.zeros(15));
    }
}
