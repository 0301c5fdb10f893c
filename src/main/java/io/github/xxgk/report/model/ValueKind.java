package io.github.xxgk.report.model;

/** What a cell holds, which decides how it is read and which values the {@code nonnegative} rule accepts. */
public enum ValueKind {
    /** A whole number ≥ 0. */
    COUNT,
    /** A whole number that may be negative: 本年增/减 ("+2", "-1"). */
    SIGNED_COUNT,
    /** A sum of money ≥ 0 that may have decimals (万元 or 元, as the template's column says). */
    AMOUNT
}
