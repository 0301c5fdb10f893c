package io.github.xxgk.report.internal.recognize;

import io.github.xxgk.report.internal.block.Block;
import io.github.xxgk.report.internal.block.Cell;
import io.github.xxgk.report.internal.block.Paragraph;
import io.github.xxgk.report.internal.block.Row;
import io.github.xxgk.report.internal.block.Table;
import io.github.xxgk.report.model.Labelled;
import io.github.xxgk.report.model.SectionKey;
import io.github.xxgk.report.model.TableKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Tells a copy that stops inside a table (a truncated download, an excerpt a search index kept) and where: its last
 * block stands in a table's section and that table lacks rows. The cells before the cut are kept; a last cell the
 * source did not close may have lost its end, so it is dropped rather than read short.
 */
final class CutOff {

    /**
     * Where a copy stops.
     *
     * @param table the table it stops in
     * @param line the line of its last block
     */
    record Cut(TableKind table, int line) {

        /** The section the table stands in. */
        SectionKey section() {
            return switch (table) {
                case PROACTIVE -> SectionKey.PROACTIVE;
                case REQUESTS -> SectionKey.REQUESTS;
                case APPEALS -> SectionKey.APPEALS;
            };
        }
    }

    private CutOff() {
    }

    /**
     * The cut, if the document's last block stands in a table's section and the rows found there are not all of
     * that table's rows.
     */
    static Optional<Cut> find(List<Block> blocks, SectionKey[] sectionAt, Set<Labelled> rowsFound,
            Function<TableKind, List<Labelled>> rowsOfTable) {
        if (blocks.isEmpty() || sectionAt[blocks.size() - 1] == null) {
            return Optional.empty();
        }
        Block last = blocks.get(blocks.size() - 1);
        return RunTogether.tableOf(sectionAt[blocks.size() - 1])
                .filter(table -> !rowsFound.containsAll(rowsOfTable.apply(table)))
                .map(table -> new Cut(table, line(last)));
    }

    /** The blocks without the document's last piece: its last paragraph, or the last cell of its last table. */
    static List<Block> withoutLastPiece(List<Block> blocks) {
        List<Block> kept = new ArrayList<>(blocks.subList(0, blocks.size() - 1));
        if (blocks.get(blocks.size() - 1) instanceof Table table) {
            List<Row> rows = new ArrayList<>(table.rows());
            Row last = rows.remove(rows.size() - 1);
            List<Cell> cells = last.cells().subList(0, last.cells().size() - 1);
            if (!cells.isEmpty()) {
                rows.add(new Row(cells, last.line()));
            }
            kept.add(rows.isEmpty() ? new Paragraph("", last.line()) : new Table(rows, table.line()));
        } else {
            kept.add(new Paragraph("", line(blocks.get(blocks.size() - 1))));
        }
        return kept;
    }

    private static int line(Block block) {
        if (block instanceof Table table && !table.rows().isEmpty()) {
            return table.rows().get(table.rows().size() - 1).line();
        }
        return block instanceof Paragraph paragraph ? paragraph.line() : 0;
    }
}
