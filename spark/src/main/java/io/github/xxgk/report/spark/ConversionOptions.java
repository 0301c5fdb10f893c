package io.github.xxgk.report.spark;

import io.github.xxgk.report.ParserOptions;
import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;

/**
 * How a conversion parses each file: the parser's bounds ({@link ParserOptions}) and the time one file may take
 * before its parse is abandoned with {@code limit_exceeded}. Immutable and serializable, so that it travels to the
 * executors with the job.
 */
public final class ConversionOptions implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The time budget of one file unless set: a minute, as the command line's {@code --timeout-seconds}. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private static final ConversionOptions DEFAULTS = new ConversionOptions(ParserOptions.defaults(),
            DEFAULT_TIMEOUT);

    private final ParserOptions parserOptions;
    private final Duration timeout;

    private ConversionOptions(ParserOptions parserOptions, Duration timeout) {
        this.parserOptions = Objects.requireNonNull(parserOptions, "parserOptions");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("the time budget must be zero (none) or more, not " + timeout);
        }
    }

    /** The default parser options and a time budget of {@link #DEFAULT_TIMEOUT}. */
    public static ConversionOptions defaults() {
        return DEFAULTS;
    }

    /** These options with other parser options. */
    public ConversionOptions withParserOptions(ParserOptions options) {
        return new ConversionOptions(options, timeout);
    }

    /**
     * These options with another time budget per file; {@link Duration#ZERO} for none.
     *
     * @throws IllegalArgumentException if the budget is negative
     */
    public ConversionOptions withTimeout(Duration budget) {
        return new ConversionOptions(parserOptions, budget);
    }

    /** The parser's bounds. */
    public ParserOptions parserOptions() {
        return parserOptions;
    }

    /** The longest one file's parse may take; zero for no bound. */
    public Duration timeout() {
        return timeout;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConversionOptions that && parserOptions.equals(that.parserOptions)
                && timeout.equals(that.timeout);
    }

    @Override
    public int hashCode() {
        return Objects.hash(parserOptions, timeout);
    }

    @Override
    public String toString() {
        return "ConversionOptions[" + parserOptions + ", timeout " + timeout + "]";
    }
}
