package io.github.xxgk.report.model;

/**
 * The administrative level of a report's agency: a department of the State Council, or an agency of a province,
 * a prefecture, a county or a township (a 街道 counts as a township). An agency has the level of the deepest
 * division its name places it in: 吴忠市民政局 is prefectural, 淮安市洪泽区人民政府 county-level.
 */
public enum AgencyLevel implements Labelled {
    /** A department of the State Council (国务院办公厅, 教育部, 国家税务总局 …); no division. */
    STATE_COUNCIL_DEPARTMENT("state_council_department", "国务院部门"),
    /** A province, autonomous region or municipality directly under the central government, or one of its agencies. */
    PROVINCIAL("provincial", "省级"),
    /** A prefecture-level division (地级市, 地区, 自治州, 盟) or one of its agencies. */
    PREFECTURAL("prefectural", "地级"),
    /** A county-level division (县, 县级市, 市辖区, 旗 …) or one of its agencies. */
    COUNTY("county", "县级"),
    /** A township-level division (乡, 镇, 街道, 苏木 …) or one of its offices. */
    TOWNSHIP("township", "乡级");

    private final String key;
    private final String label;

    AgencyLevel(String key, String label) {
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

    /** The level with this key ({@code state_council_department}, {@code provincial}, … {@code township}). */
    public static AgencyLevel ofKey(String key) {
        return Keys.find(values(), key, "agency level");
    }
}
