package io.github.xxgk.report.export;

/** Which of a {@link Column}'s names a header row gives. */
public enum ColumnNames {
    /** The column names, e.g. {@code requests.new.total}. */
    KEYS,
    /** The Chinese names. */
    CHINESE,
    /** The Stata names: at most 32 characters of {@code [A-Za-z0-9_]}. */
    STATA;

    /** This name of the column. */
    public String of(Column column) {
        return switch (this) {
            case KEYS -> column.name();
            case CHINESE -> column.chineseName();
            case STATA -> column.stataName();
        };
    }
}
