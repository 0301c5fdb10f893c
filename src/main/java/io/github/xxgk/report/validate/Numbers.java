package io.github.xxgk.report.validate;

import java.math.BigDecimal;

/** How values are printed in messages, and what they are. */
final class Numbers {

    private Numbers() {
    }

    /** The value without trailing zeros or exponent: {@code 1} for {@code 1.0}, {@code 96171.6}, {@code -3}. */
    static String format(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** Whether the value has no fractional part. */
    static boolean isWhole(BigDecimal value) {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }
}
