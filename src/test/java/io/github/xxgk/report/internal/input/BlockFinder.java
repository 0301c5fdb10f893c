package io.github.xxgk.report.internal.input;

import io.github.xxgk.report.ReportReadException;
import io.github.xxgk.report.internal.block.Block;
import io.github.xxgk.report.internal.block.Cell;
import io.github.xxgk.report.internal.block.Paragraph;
import io.github.xxgk.report.internal.block.Row;
import io.github.xxgk.report.internal.block.SourceDocument;
import io.github.xxgk.report.internal.block.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Test helpers: read a fixture and find paragraphs, tables and rows in its blocks. */
final class BlockFinder {

    private BlockFinder() {
    }

    static SourceDocument read(String path) throws ReportReadException {
        Path file = Path.of(path);
        try {
            return Sources.read(Files.readAllBytes(file), file.getFileName().toString());
        } catch (ReportReadException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Paragraph> paragraphs(SourceDocument doc) {
        return doc.blocks().stream().filter(Paragraph.class::isInstance).map(Paragraph.class::cast).toList();
    }

    static List<Table> tables(SourceDocument doc) {
        return doc.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
    }

    static Optional<Paragraph> paragraph(SourceDocument doc, String text) {
        return paragraphs(doc).stream().filter(p -> p.text().equals(text)).findFirst();
    }

    /** The first table row with an origin cell whose text contains the given text. */
    static Row row(SourceDocument doc, String contains) {
        return tables(doc).stream().flatMap(t -> t.rows().stream())
                .filter(r -> r.originCells().stream().anyMatch(c -> c.text().contains(contains)))
                .findFirst().orElseThrow(() -> new AssertionError("no row containing " + contains));
    }

    /** The texts of the last n origin cells of a row: its values, whatever its label cells. */
    static List<String> lastValues(Row row, int n) {
        List<String> texts = row.originCells().stream().map(Cell::text).toList();
        return texts.subList(Math.max(0, texts.size() - n), texts.size());
    }

    static int blockIndex(SourceDocument doc, Block block) {
        return doc.blocks().indexOf(block);
    }
}
