package io.github.xxgk.report.series;

import io.github.xxgk.report.model.AppealOutcome;
import io.github.xxgk.report.model.AppealRow;
import io.github.xxgk.report.model.Applicant;
import io.github.xxgk.report.model.CellKey;
import io.github.xxgk.report.model.Labelled;
import io.github.xxgk.report.model.ProactiveColumn;
import io.github.xxgk.report.model.ProactiveRow;
import io.github.xxgk.report.model.RequestRow;
import io.github.xxgk.report.model.ValueKind;
import java.util.List;
import java.util.stream.Stream;

/**
 * A headline figure that reports of every template give: in a 2019 or 2021 report the sum of its {@link #cells()},
 * in a pre-2019 report the value of the statistics-table indicator whose label names it (see {@link Series}).
 *
 * <p>Keys are stable: they name the wide CSV's {@code series.*} columns ({@link #column()}).
 */
public enum Indicator implements Labelled {
    /** 本年新收政府信息公开申请数量 (pre-2019: 受理依申请公开信息总数). */
    REQUESTS_NEW("requests_new", "本年新收申请数", ValueKind.COUNT, requests(RequestRow.NEW)),
    /** 上年结转政府信息公开申请数量. */
    REQUESTS_CARRIED_OVER("requests_carried_over", "上年结转申请数", ValueKind.COUNT,
            requests(RequestRow.CARRIED_OVER)),
    /** 予以公开 (pre-2019: 同意公开答复数). */
    GRANTED("granted", "予以公开", ValueKind.COUNT, requests(RequestRow.GRANTED)),
    /** 部分公开 (pre-2019: 同意部分公开答复数). */
    PARTIALLY_GRANTED("partially_granted", "部分公开", ValueKind.COUNT, requests(RequestRow.PARTIALLY_GRANTED)),
    /** 不予公开: the sum of its eight reasons (pre-2019: 不予公开答复数). */
    DENIED("denied", "不予公开", ValueKind.COUNT, requests(RequestRow.DENIED_STATE_SECRET,
            RequestRow.DENIED_PROHIBITED_BY_LAW, RequestRow.DENIED_SECURITY_STABILITY, RequestRow.DENIED_THIRD_PARTY,
            RequestRow.DENIED_INTERNAL_AFFAIRS, RequestRow.DENIED_PROCESS_INFO, RequestRow.DENIED_ENFORCEMENT_FILE,
            RequestRow.DENIED_ADMINISTRATIVE_QUERY)),
    /** 办理结果总计 (pre-2019: 对申请的答复总数). */
    RESULTS_TOTAL("results_total", "办理结果总计", ValueKind.COUNT, requests(RequestRow.RESULTS_TOTAL)),
    /** 结转下年度继续办理. */
    CARRIED_FORWARD("carried_forward", "结转下年度继续办理", ValueKind.COUNT, requests(RequestRow.CARRIED_FORWARD)),
    /** 行政复议 cases in all (pre-2019: 行政复议数). */
    RECONSIDERATION("reconsideration", "行政复议案件数", ValueKind.COUNT,
            List.of(CellKey.of(AppealRow.RECONSIDERATION, AppealOutcome.TOTAL))),
    /** 行政诉讼 cases in all: direct and after reconsideration (pre-2019: 行政诉讼数). */
    LITIGATION("litigation", "行政诉讼案件数", ValueKind.COUNT,
            List.of(CellKey.of(AppealRow.LITIGATION_DIRECT, AppealOutcome.TOTAL),
                    CellKey.of(AppealRow.LITIGATION_AFTER_RECONSIDERATION, AppealOutcome.TOTAL))),
    /**
     * 行政事业性收费 本年收费金额, in 万元: only the 2021 template reports an amount (the 2019 template counts fee
     * items; pre-2019 tables report fees charged for disclosure itself, another quantity), so only 2021 reports
     * have it.
     */
    FEES("fees", "行政事业性收费金额（万元）", ValueKind.AMOUNT,
            List.of(CellKey.of(ProactiveRow.FEES, ProactiveColumn.AMOUNT)));

    private final String key;
    private final String label;
    private final ValueKind valueKind;
    private final List<CellKey> cells;

    Indicator(String key, String label, ValueKind valueKind, List<CellKey> cells) {
        this.key = key;
        this.label = label;
        this.valueKind = valueKind;
        this.cells = cells;
    }

    private static List<CellKey> requests(RequestRow... rows) {
        return Stream.of(rows).map(row -> CellKey.of(row, Applicant.TOTAL)).toList();
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String label() {
        return label;
    }

    /** The wide CSV's column name: {@code series.} and the key. */
    public String column() {
        return "series." + key;
    }

    /** {@link ValueKind#COUNT} for a number of requests or cases, {@link ValueKind#AMOUNT} for {@link #FEES}. */
    public ValueKind valueKind() {
        return valueKind;
    }

    /** The cells of a 2019 or 2021 report whose sum it is; present only when every one is. */
    public List<CellKey> cells() {
        return cells;
    }
}
