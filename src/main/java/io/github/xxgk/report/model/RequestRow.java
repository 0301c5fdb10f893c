package io.github.xxgk.report.model;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Rows of table 三 (requests and their outcomes), in CSV order: the 2021 template's rows in their printed order,
 * then {@link #OTHER_HANDLING}, which only the 2019 template has.
 *
 * <p>The 2019 template prints （六）其他处理 as one row with its own numbers ({@link #OTHER_HANDLING}); the 2021
 * template splits it into {@link #OTHER_NO_CORRECTION}, {@link #OTHER_UNPAID_FEE} and {@link #OTHER_OTHER}. All other
 * rows exist in both templates.
 */
public enum RequestRow implements Labelled {
    /** 一、本年新收政府信息公开申请数量. */
    NEW("new", "本年新收政府信息公开申请数量", Group.NONE),
    /** 二、上年结转政府信息公开申请数量. */
    CARRIED_OVER("carried_over", "上年结转政府信息公开申请数量", Group.NONE),
    /** 三 →（一）予以公开. */
    GRANTED("granted", "予以公开", Group.RESULTS),
    /** 三 →（二）部分公开（区分处理的，只计这一情形，不计其他情形）. */
    PARTIALLY_GRANTED("partially_granted", "部分公开", Group.RESULTS),
    /** （三）不予公开 → 1. 属于国家秘密. */
    DENIED_STATE_SECRET("denied_state_secret", "属于国家秘密", Group.DENIED),
    /** （三）不予公开 → 2. 其他法律行政法规禁止公开. */
    DENIED_PROHIBITED_BY_LAW("denied_prohibited_by_law", "其他法律行政法规禁止公开", Group.DENIED),
    /** （三）不予公开 → 3. 危及“三安全一稳定”. */
    DENIED_SECURITY_STABILITY("denied_security_stability", "危及“三安全一稳定”", Group.DENIED),
    /** （三）不予公开 → 4. 保护第三方合法权益. */
    DENIED_THIRD_PARTY("denied_third_party", "保护第三方合法权益", Group.DENIED),
    /** （三）不予公开 → 5. 属于三类内部事务信息. */
    DENIED_INTERNAL_AFFAIRS("denied_internal_affairs", "属于三类内部事务信息", Group.DENIED),
    /** （三）不予公开 → 6. 属于四类过程性信息. */
    DENIED_PROCESS_INFO("denied_process_info", "属于四类过程性信息", Group.DENIED),
    /** （三）不予公开 → 7. 属于行政执法案卷. */
    DENIED_ENFORCEMENT_FILE("denied_enforcement_file", "属于行政执法案卷", Group.DENIED),
    /** （三）不予公开 → 8. 属于行政查询事项. */
    DENIED_ADMINISTRATIVE_QUERY("denied_administrative_query", "属于行政查询事项", Group.DENIED),
    /** （四）无法提供 → 1. 本机关不掌握相关政府信息. */
    UNAVAILABLE_NOT_HELD("unavailable_not_held", "本机关不掌握相关政府信息", Group.UNAVAILABLE),
    /** （四）无法提供 → 2. 没有现成信息需要另行制作. */
    UNAVAILABLE_NEEDS_CREATION("unavailable_needs_creation", "没有现成信息需要另行制作", Group.UNAVAILABLE),
    /** （四）无法提供 → 3. 补正后申请内容仍不明确. */
    UNAVAILABLE_UNCLEAR("unavailable_unclear", "补正后申请内容仍不明确", Group.UNAVAILABLE),
    /** （五）不予处理 → 1. 信访举报投诉类申请. */
    REJECTED_PETITION("rejected_petition", "信访举报投诉类申请", Group.REJECTED),
    /** （五）不予处理 → 2. 重复申请. */
    REJECTED_DUPLICATE("rejected_duplicate", "重复申请", Group.REJECTED),
    /** （五）不予处理 → 3. 要求提供公开出版物. */
    REJECTED_PUBLICATION("rejected_publication", "要求提供公开出版物", Group.REJECTED),
    /** （五）不予处理 → 4. 无正当理由大量反复申请. */
    REJECTED_EXCESSIVE("rejected_excessive", "无正当理由大量反复申请", Group.REJECTED),
    /** （五）不予处理 → 5. 要求行政机关确认或重新出具已获取信息. */
    REJECTED_CONFIRMATION("rejected_confirmation", "要求行政机关确认或重新出具已获取信息", Group.REJECTED),
    /** （六）其他处理 → 1. 申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 (2021 template). */
    OTHER_NO_CORRECTION("other_no_correction", "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
            Group.OTHER),
    /** （六）其他处理 → 2. 申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 (2021 template). */
    OTHER_UNPAID_FEE("other_unpaid_fee", "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
            Group.OTHER),
    /** （六）其他处理 → 3. 其他 (2021 template). */
    OTHER_OTHER("other_other", "其他", Group.OTHER),
    /** （七）总计: the sum of all outcome rows. */
    RESULTS_TOTAL("results_total", "总计", Group.RESULTS),
    /** 四、结转下年度继续办理. */
    CARRIED_FORWARD("carried_forward", "结转下年度继续办理", Group.NONE),
    /** （六）其他处理 as one row (2019 template). */
    OTHER_HANDLING("other_handling", "其他处理", Group.RESULTS);

    /** The printed group a row sits under; it decides rows whose own label is ambiguous (“3. 其他”). */
    public enum Group implements Labelled {
        /** A top-level row (一、二、四、). */
        NONE("none", ""),
        /** 三、本年度办理结果, directly. */
        RESULTS("results", "本年度办理结果"),
        /** （三）不予公开. */
        DENIED("denied", "不予公开"),
        /** （四）无法提供. */
        UNAVAILABLE("unavailable", "无法提供"),
        /** （五）不予处理. */
        REJECTED("rejected", "不予处理"),
        /** （六）其他处理. */
        OTHER("other", "其他处理");

        private final String key;
        private final String label;

        Group(String key, String label) {
            this.key = key;
            this.label = label;
        }

        @Override
        public String key() {
            return key;
        }

        @Override
        public String label() {
            return label;
        }
    }

    private final String key;
    private final String label;
    private final Group group;

    RequestRow(String key, String label, Group group) {
        this.key = key;
        this.label = label;
        this.group = group;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String label() {
        return label;
    }

    /** The group this row is printed under. */
    public Group group() {
        return group;
    }

    /** Whether the row exists in the template: the （六） sub-rows only in 2021, {@link #OTHER_HANDLING} only in 2019. */
    public boolean existsIn(Template template) {
        return switch (template) {
            case T2021 -> this != OTHER_HANDLING;
            case T2019 -> group != Group.OTHER;
            case PRE2019, UNKNOWN -> false;
        };
    }

    /**
     * Whether the row is an outcome counted into （七）总计 under {@code requests.results_sum}: every row from
     * {@link #GRANTED} to {@link #OTHER_OTHER}, or {@link #OTHER_HANDLING}.
     */
    public boolean isOutcome() {
        return this != NEW && this != CARRIED_OVER && this != RESULTS_TOTAL && this != CARRIED_FORWARD;
    }

    /** The rows of the template in printed order (for 2019, {@link #OTHER_HANDLING} stands before （七）总计). */
    public static List<RequestRow> printedOrder(Template template) {
        List<RequestRow> rows = new ArrayList<>();
        for (RequestRow row : values()) {
            if (row == RESULTS_TOTAL && template == Template.T2019) {
                rows.add(OTHER_HANDLING);
            }
            if (row != OTHER_HANDLING && row.existsIn(template)) {
                rows.add(row);
            }
        }
        return List.copyOf(rows);
    }

    static Set<Template> templatesOf(RequestRow row) {
        Set<Template> templates = EnumSet.noneOf(Template.class);
        for (Template template : Template.values()) {
            if (row.existsIn(template)) {
                templates.add(template);
            }
        }
        return templates;
    }
}
