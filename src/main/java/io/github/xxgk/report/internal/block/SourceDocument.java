package io.github.xxgk.report.internal.block;

import io.github.xxgk.report.model.Diagnostic;
import io.github.xxgk.report.model.SourceFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A report's body as a neutral sequence of blocks: what every input format produces, and all that recognition
 * reads.
 *
 * @param name the source's file name
 * @param format the format it was read from
 * @param titleHint a title the format gives outside the body (an HTML {@code <title>}, document properties), if any
 * @param blocks paragraphs and tables in reading order
 * @param diagnostics what the reader found wrong with the input (e.g. no text layer)
 * @param openEnd true when the source stops without closing its last line (no line break, no cell separator after
 *     it): if the document was cut short, the last block's last piece may be incomplete
 */
public record SourceDocument(String name, SourceFormat format, Optional<String> titleHint, List<Block> blocks,
        List<Diagnostic> diagnostics, boolean openEnd) {

    /** Copies the lists. */
    public SourceDocument {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(titleHint, "titleHint");
        blocks = List.copyOf(blocks);
        diagnostics = List.copyOf(diagnostics);
    }

    /** A document whose last line is closed. */
    public SourceDocument(String name, SourceFormat format, Optional<String> titleHint, List<Block> blocks,
            List<Diagnostic> diagnostics) {
        this(name, format, titleHint, blocks, diagnostics, false);
    }

    /** A document with no title hint and no reader diagnostics. */
    public SourceDocument(String name, SourceFormat format, List<Block> blocks) {
        this(name, format, Optional.empty(), blocks, List.of());
    }
}
