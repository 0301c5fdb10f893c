package io.github.xxgk.report.internal.block;

/**
 * One element of a report's body in reading order, whatever format it came from: a {@link Paragraph} or a
 * {@link Table}.
 */
public sealed interface Block permits Paragraph, Table {

    /** The 1-based source line where the block starts (for Word files, its ordinal in the body), or 0 if unknown. */
    int line();
}
