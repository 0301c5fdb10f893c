package io.github.xxgk.report.model;

/** The six numbered sections of the 2019 and 2021 templates. */
public enum SectionKey implements Labelled {
    /** 一、总体情况. */
    OVERVIEW("overview", "总体情况"),
    /** 二、主动公开政府信息情况. */
    PROACTIVE("proactive", "主动公开政府信息情况"),
    /** 三、收到和处理政府信息公开申请情况. */
    REQUESTS("requests", "收到和处理政府信息公开申请情况"),
    /** 四、政府信息公开行政复议、行政诉讼情况. */
    APPEALS("appeals", "政府信息公开行政复议、行政诉讼情况"),
    /** 五、存在的主要问题及改进情况. */
    PROBLEMS("problems", "存在的主要问题及改进情况"),
    /** 六、其他需要报告的事项. */
    OTHER_MATTERS("other_matters", "其他需要报告的事项");

    private final String key;
    private final String label;

    SectionKey(String key, String label) {
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

    /** The section with this key. */
    public static SectionKey ofKey(String key) {
        return Keys.find(values(), key, "section");
    }
}
