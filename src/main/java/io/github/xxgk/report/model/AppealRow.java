package io.github.xxgk.report.model;

/** Rows of table 四: administrative reconsideration and the two kinds of litigation. */
public enum AppealRow implements Labelled {
    /** 行政复议. */
    RECONSIDERATION("reconsideration", "行政复议"),
    /** 行政诉讼 → 未经复议直接起诉. */
    LITIGATION_DIRECT("litigation_direct", "未经复议直接起诉"),
    /** 行政诉讼 → 复议后起诉. */
    LITIGATION_AFTER_RECONSIDERATION("litigation_after_reconsideration", "复议后起诉");

    private final String key;
    private final String label;

    AppealRow(String key, String label) {
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
