package io.github.xxgk.report.series;

import io.github.xxgk.report.model.Labelled;

/**
 * A rate between headline figures, a fraction between 0 and 1 rounded to {@value Series#RATE_SCALE} decimals (half
 * to even). A rate is absent when a term is absent or its denominator is 0.
 *
 * <p>Keys are stable: they name the wide CSV's {@code rate.*} columns ({@link #column()}).
 */
public enum Rate implements Labelled {
    /** 公开率: (予以公开 + 部分公开) / 办理结果总计. */
    DISCLOSURE("disclosure", "公开率", "(series.granted + series.partially_granted) / series.results_total"),
    /** 不予公开率: 不予公开 / 办理结果总计. */
    REFUSAL("refusal", "不予公开率", "series.denied / series.results_total"),
    /**
     * 行政复议纠错率: cases whose result was corrected or other (纠错 = 结果纠正 + 其他结果), among the cases decided
     * (结果维持 + 结果纠正 + 其他结果; pending cases have no result yet).
     */
    RECONSIDERATION_CORRECTION("reconsideration_correction", "行政复议纠错率",
            "(appeals.reconsideration.corrected + appeals.reconsideration.other) / (appeals.reconsideration.upheld"
                    + " + appeals.reconsideration.corrected + appeals.reconsideration.other)"),
    /** 行政诉讼纠错率: as {@link #RECONSIDERATION_CORRECTION}, over both litigation rows together. */
    LITIGATION_CORRECTION("litigation_correction", "行政诉讼纠错率",
            "(corrected + other) / (upheld + corrected + other), each summed over appeals.litigation_direct and"
                    + " appeals.litigation_after_reconsideration");

    private final String key;
    private final String label;
    private final String formula;

    Rate(String key, String label, String formula) {
        this.key = key;
        this.label = label;
        this.formula = formula;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String label() {
        return label;
    }

    /** The wide CSV's column name: {@code rate.} and the key. */
    public String column() {
        return "rate." + key;
    }

    /** The formula, in the keys of the series and cells it divides. */
    public String formula() {
        return formula;
    }
}
