package io.github.xxgk.report.model;

/**
 * Columns of table 二 (proactive disclosure). The 2021 template uses {@link #ISSUED}, {@link #REPEALED},
 * {@link #IN_FORCE}, {@link #DECISIONS} and {@link #AMOUNT}; the 2019 template uses {@link #CREATED},
 * {@link #PUBLISHED}, {@link #TOTAL_PUBLISHED}, {@link #ITEMS_PREV_YEAR}, {@link #ITEMS_CHANGE},
 * {@link #DECISIONS}, {@link #PROJECTS} and {@link #AMOUNT}. See {@link CellKey} for the cells of each row.
 */
public enum ProactiveColumn implements Labelled {
    /** 本年制发件数 (2021). */
    ISSUED("issued", "本年制发件数"),
    /** 本年废止件数 (2021). */
    REPEALED("repealed", "本年废止件数"),
    /** 现行有效件数 (2021). */
    IN_FORCE("in_force", "现行有效件数"),
    /** 本年处理决定数量 (2021), 处理决定数量 (2019). */
    DECISIONS("decisions", "本年处理决定数量"),
    /** A sum of money: 本年收费金额（单位：万元） for fees (2021), 采购总金额 for procurement (2019). */
    AMOUNT("amount", "本年收费金额（单位：万元）"),
    /** 本年新制作数量 (2019). */
    CREATED("created", "本年新制作数量"),
    /** 本年新公开数量 (2019). */
    PUBLISHED("published", "本年新公开数量"),
    /** 对外公开总数量 (2019). */
    TOTAL_PUBLISHED("total_published", "对外公开总数量"),
    /** 上一年项目数量 (2019). */
    ITEMS_PREV_YEAR("items_prev_year", "上一年项目数量"),
    /** 本年增/减, signed (2019). */
    ITEMS_CHANGE("items_change", "本年增/减"),
    /** 采购项目数量 (2019). */
    PROJECTS("projects", "采购项目数量");

    private final String key;
    private final String label;

    ProactiveColumn(String key, String label) {
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
