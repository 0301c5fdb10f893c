package io.github.xxgk.report.model;

/** Columns of table 三 (申请人情况): the applicant types, then their total, in the template's order. */
public enum Applicant implements Labelled {
    /** 自然人. */
    NATURAL_PERSON("natural_person", "自然人"),
    /** 法人或其他组织 → 商业企业. */
    COMMERCIAL("commercial", "商业企业"),
    /** 法人或其他组织 → 科研机构. */
    RESEARCH("research", "科研机构"),
    /** 法人或其他组织 → 社会公益组织. */
    NONPROFIT("nonprofit", "社会公益组织"),
    /** 法人或其他组织 → 法律服务机构. */
    LEGAL_SERVICE("legal_service", "法律服务机构"),
    /** 法人或其他组织 → 其他. */
    OTHER_ORG("other_org", "其他"),
    /** 总计: the sum of the six applicant columns. */
    TOTAL("total", "总计");

    private final String key;
    private final String label;

    Applicant(String key, String label) {
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

    /** Whether this is one of the six applicant columns, not the total. */
    public boolean isApplicant() {
        return this != TOTAL;
    }
}
