package io.github.xxgk.report.export;

/** What a column of the outputs holds, which tells statistical software how to read it. */
public enum ColumnType {
    /** Text: paths, names, codes, messages. */
    STRING("string"),
    /** A whole number of the file's metadata (a year, a count of diagnostics), or empty where it is not known. */
    INTEGER("integer"),
    /** A whole number ≥ 0 as published, or empty when the report does not give it. */
    COUNT("count"),
    /** A whole number that may be negative (本年增/减), or empty. */
    SIGNED_COUNT("signed_count"),
    /** An amount of money with its decimals, or empty. */
    AMOUNT("amount"),
    /** A fraction rounded to four decimals, or empty. */
    RATE("rate");

    private final String key;

    ColumnType(String key) {
        this.key = key;
    }

    /** The stable key, e.g. {@code count}, as the codebook's CSV and JSON give it. */
    public String key() {
        return key;
    }

    /** Whether the column holds numbers. */
    public boolean isNumeric() {
        return this != STRING;
    }
}
