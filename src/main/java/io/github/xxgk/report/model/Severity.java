package io.github.xxgk.report.model;

/** How much a diagnostic matters to someone who wants to use the report's numbers. */
public enum Severity {
    /** A violated arithmetic rule, or a value that cannot be what its cell holds: do not trust the numbers blindly. */
    ERROR("error"),
    /** A structure problem: something expected was missing or could not be read; affected cells are absent. */
    WARNING("warning"),
    /** Worth knowing, not wrong: a rule that could not be checked, a value recovered from run-together text. */
    INFO("info");

    private final String key;

    Severity(String key) {
        this.key = key;
    }

    /** The lower-case key used in CSV and JSON. */
    public String key() {
        return key;
    }
}
