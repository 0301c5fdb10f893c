package io.github.xxgk.report.model;

/** Columns of table 四: the outcome of a case, and the total. */
public enum AppealOutcome implements Labelled {
    /** 结果维持. */
    UPHELD("upheld", "结果维持"),
    /** 结果纠正. */
    CORRECTED("corrected", "结果纠正"),
    /** 其他结果. */
    OTHER("other", "其他结果"),
    /** 尚未审结. */
    PENDING("pending", "尚未审结"),
    /** 总计: the sum of the four outcomes. */
    TOTAL("total", "总计");

    private final String key;
    private final String label;

    AppealOutcome(String key, String label) {
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
