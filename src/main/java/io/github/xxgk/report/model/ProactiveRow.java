package io.github.xxgk.report.model;

/**
 * Rows of table 二 (proactive disclosure). Which columns a row has depends on the template: see {@link CellKey}.
 *
 * <p>{@link #OTHER_SERVICES} and {@link #PROCUREMENT} exist only in the 2019 template.
 */
public enum ProactiveRow implements Labelled {
    /** 规章 (第二十条第（一）项). */
    REGULATIONS("regulations", "规章"),
    /** 行政规范性文件; the 2019 template prints 规范性文件 (第二十条第（一）项). */
    NORMATIVE_DOCUMENTS("normative_documents", "行政规范性文件"),
    /** 行政许可 (第二十条第（五）项). */
    LICENSING("licensing", "行政许可"),
    /** 其他对外管理服务事项 (第二十条第（五）项), 2019 template only. */
    OTHER_SERVICES("other_services", "其他对外管理服务事项"),
    /** 行政处罚 (第二十条第（六）项). */
    PENALTY("penalty", "行政处罚"),
    /** 行政强制 (第二十条第（六）项). */
    COERCION("coercion", "行政强制"),
    /** 行政事业性收费 (第二十条第（八）项). */
    FEES("fees", "行政事业性收费"),
    /** 政府集中采购 (第二十条第（九）项), 2019 template only. */
    PROCUREMENT("procurement", "政府集中采购");

    private final String key;
    private final String label;

    ProactiveRow(String key, String label) {
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
