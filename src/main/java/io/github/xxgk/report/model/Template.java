package io.github.xxgk.report.model;

/**
 * The national template a report follows, recognised from its tables rather than its year.
 *
 * <p>Reports on 2019 and 2020 use the 2019 template (国办公开办函〔2019〕60号), reports from 2021 on the 2021
 * template (国办公开办函〔2021〕30号); reports up to 2018 are free-form.
 */
public enum Template implements Labelled {
    /** The 2021 template. */
    T2021("2021", "国办公开办函〔2021〕30号"),
    /** The 2019 template. */
    T2019("2019", "国办公开办函〔2019〕60号"),
    /** A free-form report of the 2008 regulation era, before the 2019 template. */
    PRE2019("pre2019", "2019年以前"),
    /** No template could be recognised. */
    UNKNOWN("unknown", "未识别");

    private final String key;
    private final String label;

    Template(String key, String label) {
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

    /** The template with this key ({@code 2021}, {@code 2019}, {@code pre2019}, {@code unknown}). */
    public static Template ofKey(String key) {
        return Keys.find(values(), key, "template");
    }
}
