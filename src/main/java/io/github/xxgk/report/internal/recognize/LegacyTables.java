package io.github.xxgk.report.internal.recognize;

import io.github.xxgk.report.internal.block.Block;
import io.github.xxgk.report.internal.block.Paragraph;
import io.github.xxgk.report.internal.block.Table;
import io.github.xxgk.report.model.Diagnostic;
import io.github.xxgk.report.model.DiagnosticCode;
import io.github.xxgk.report.model.LegacyRow;
import io.github.xxgk.report.model.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Keeps the statistics tables of a pre-2019 report as generic rows (指标名称, 计量单位, one value per column), never
 * mapped to the cells of the 2019 or 2021 template: grid tables as they stand, and tables flattened into prose with
 * every cell boundary lost (“主动公开文件数条206912106”), whose digits are split only where the split is certain.
 */
final class LegacyTables {

    /**
     * The legacy rows of a report and what was found reading them.
     *
     * @param rows one value per row and column, in the order of the source
     * @param diagnostics a {@code table.legacy} note per table, and every value left absent or recovered
     */
    record Result(List<LegacyRow> rows, List<Diagnostic> diagnostics) {

        Result {
            rows = List.copyOf(rows);
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /** The table name diagnostics about legacy rows point at, as the long CSV names it. */
    static final String TABLE = "legacy";

    private LegacyTables() {
    }

    /** Reads every statistics table of the blocks; {@code year} is the report's, for its prose. */
    static Result recognize(List<Block> blocks, OptionalInt year) {
        List<LegacyRow> rows = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<String> prose = new ArrayList<>();
        List<LegacyFlatTable> flat = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Table table) {
                LegacyGrid.read(table).ifPresent(result -> add(result, "", table.line(), rows, diagnostics));
                continue;
            }
            String text = Text.cleanProse(((Paragraph) blocks.get(i)).text());
            int header = LegacyFlatTable.headerAt(text);
            if (header < 0) {
                prose.add(text);
                continue;
            }
            prose.add(text.substring(0, header));
            LegacyFlatTable.Source source = source(blocks, i, header);
            LegacyFlatTable table = LegacyFlatTable.read(source, 0);
            flat.add(table);
            i += paragraphsBefore(source.text(), table.end());
        }
        LegacyProse sentences = LegacyProse.of(prose);
        for (LegacyFlatTable table : flat) {
            add(LegacySplits.resolve(table, sentences, year), ", its cell boundaries lost,", table.line(), rows,
                    diagnostics);
        }
        return new Result(rows, diagnostics);
    }

    /** A block's source line as the model keeps it: absent where unknown (0). */
    static OptionalInt line(int line) {
        return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    }

    /** Where a diagnostic about a legacy row points: the row's indicator and line. */
    static Location location(String indicator, int line) {
        return new Location(Optional.of(TABLE), Optional.of(indicator).filter(s -> !s.isEmpty()), Optional.empty(),
                OptionalInt.empty()).atLine(line);
    }

    private static void add(Result table, String how, int line, List<LegacyRow> rows, List<Diagnostic> diagnostics) {
        long indicators = table.rows().stream().map(LegacyRow::indicator).distinct().count();
        diagnostics.add(Diagnostic.of(DiagnosticCode.TABLE_LEGACY,
                new Location(Optional.of(TABLE), Optional.empty(), Optional.empty(), OptionalInt.empty()).atLine(line),
                "a pre-2019 statistics table" + how + " is kept as " + table.rows().size() + " values of "
                        + indicators + " indicators in legacy rows, not mapped to template cells"));
        rows.addAll(table.rows());
        diagnostics.addAll(table.diagnostics());
    }

    /** The paragraph from the table's header on, and every paragraph after it, one per line. */
    private static LegacyFlatTable.Source source(List<Block> blocks, int from, int header) {
        StringBuilder text = new StringBuilder();
        List<Integer> lines = new ArrayList<>();
        for (int i = from; i < blocks.size() && blocks.get(i) instanceof Paragraph paragraph; i++) {
            String part = i == from ? Text.cleanProse(paragraph.text()).substring(header)
                    : "\n" + Text.cleanProse(paragraph.text());
            text.append(part);
            for (int c = 0; c < part.length(); c++) {
                lines.add(paragraph.line());
            }
        }
        lines.add(lines.isEmpty() ? 0 : lines.get(lines.size() - 1));
        return new LegacyFlatTable.Source(text.toString(), lines.stream().mapToInt(Integer::intValue).toArray());
    }

    /** How many whole paragraphs after the first the table took up. */
    private static int paragraphsBefore(String text, int end) {
        return (int) text.substring(0, end).chars().filter(c -> c == '\n').count();
    }
}
