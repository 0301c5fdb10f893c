package io.github.xxgk.report;

/**
 * Bounds a {@link ReportParser} keeps to, so that no input can make it exhaust memory. Immutable; build one with
 * {@link #builder()}.
 *
 * @param maxInputBytes the largest source accepted, in bytes; a larger one fails with
 *     {@link ReportReadException.Reason#LIMIT_EXCEEDED}
 */
public record ParserOptions(long maxInputBytes) {

    /** The default bound on a source's size: 64 MiB. */
    public static final long DEFAULT_MAX_INPUT_BYTES = 64L * 1024 * 1024;

    private static final ParserOptions DEFAULTS = builder().build();

    /**
     * Checks the bounds.
     *
     * @throws IllegalArgumentException if a bound is not positive
     */
    public ParserOptions {
        if (maxInputBytes <= 0 || maxInputBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxInputBytes must be between 1 and 2 GiB: " + maxInputBytes);
        }
    }

    /** The default options. */
    public static ParserOptions defaults() {
        return DEFAULTS;
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link ParserOptions}; each setter returns the builder. */
    public static final class Builder {

        private long maxInputBytes = DEFAULT_MAX_INPUT_BYTES;

        private Builder() {
        }

        /** The largest source accepted, in bytes. */
        public Builder maxInputBytes(long bytes) {
            this.maxInputBytes = bytes;
            return this;
        }

        /**
         * The options.
         *
         * @throws IllegalArgumentException if a bound is invalid
         */
        public ParserOptions build() {
            return new ParserOptions(maxInputBytes);
        }
    }
}
