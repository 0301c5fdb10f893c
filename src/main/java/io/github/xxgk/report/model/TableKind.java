package io.github.xxgk.report.model;

/** The three statistical tables of the template, by the sections that hold them. */
public enum TableKind implements Labelled {
    /** Table 二: proactive disclosure (主动公开政府信息情况). */
    PROACTIVE("proactive", "主动公开政府信息情况"),
    /** Table 三: disclosure requests and their outcomes by applicant (收到和处理政府信息公开申请情况). */
    REQUESTS("requests", "收到和处理政府信息公开申请情况"),
    /** Table 四: administrative reconsideration and litigation (政府信息公开行政复议、行政诉讼情况). */
    APPEALS("appeals", "政府信息公开行政复议、行政诉讼情况");

    private final String key;
    private final String label;

    TableKind(String key, String label) {
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

    /** The table with this key. */
    public static TableKind ofKey(String key) {
        return Keys.find(values(), key, "table");
    }
}
