package io.github.xxgk.report.internal.recognize;

import io.github.xxgk.report.internal.block.Block;
import io.github.xxgk.report.internal.block.Cell;
import io.github.xxgk.report.internal.block.Paragraph;
import io.github.xxgk.report.internal.block.Row;
import io.github.xxgk.report.internal.block.Table;
import io.github.xxgk.report.internal.text.HeaderCues;
import io.github.xxgk.report.model.AppealOutcome;
import io.github.xxgk.report.model.AppealRow;
import io.github.xxgk.report.model.Applicant;
import io.github.xxgk.report.model.CellKey;
import io.github.xxgk.report.model.Diagnostic;
import io.github.xxgk.report.model.DiagnosticCode;
import io.github.xxgk.report.model.Labelled;
import io.github.xxgk.report.model.Location;
import io.github.xxgk.report.model.ProactiveColumn;
import io.github.xxgk.report.model.RequestRow;
import io.github.xxgk.report.model.SectionKey;
import io.github.xxgk.report.model.TableKind;
import io.github.xxgk.report.model.Template;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the three tables' rows in the document's table blocks by their labels and reads each row's values in
 * order. Labels decide rows, never positions; what cannot be matched becomes a diagnostic, never a guessed value.
 */
final class TableRecognizer {

    /**
     * What the tables hold.
     *
     * @param values the published values
     * @param rowsFound the template rows found (including rows whose values were all absent)
     * @param tablesSeen the tables with at least one row found
     * @param diagnostics structural findings, in source order
     * @param decidedByText the cells whose values the prose chose among the splits of run-together digits that the
     *     rules allow (none for tables read from their grid or text rows)
     */
    record Result(Map<CellKey, BigDecimal> values, Set<Labelled> rowsFound, Set<TableKind> tablesSeen,
            List<Diagnostic> diagnostics, Set<CellKey> decidedByText) {
    }

    private final Template template;
    private final ClassifiedRows rows;
    private final Map<CellKey, BigDecimal> values = new HashMap<>();
    private final Set<Labelled> rowsFound = new HashSet<>();
    private final Set<TableKind> tablesSeen = EnumSet.noneOf(TableKind.class);
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final List<Cell> appealValues = new ArrayList<>();
    private final PendingRow pending = new PendingRow();
    private final HeaderColumns headerColumns = new HeaderColumns();
    private final CellValues cells = new CellValues(values, diagnostics, headerColumns);
    private final Map<TableKind, List<Orphan>> orphans = new EnumMap<>(TableKind.class);
    private static final int MAX_LABEL_PIECE = 60;
    /**
     * How well a paragraph's text must match a row label to be read as that row: the label itself, or the label
     * with guidance after it, not a header that merely contains it (“行政复议行政诉讼结果维持…总计0 0 0”).
     */
    private static final int TEXT_ROW_SCORE = 85;
    private static final Set<String> COLUMN_HEADERS = columnHeaders();

    private TableKind context;
    private Optional<AppealRow> appealPart = Optional.empty();
    private int appealLine;

    private static Set<String> columnHeaders() {
        Set<String> headers = new HashSet<>();
        for (Applicant applicant : Applicant.values()) {
            if (applicant != Applicant.TOTAL && applicant != Applicant.OTHER_ORG) {
                headers.add(Text.normalizeLabel(applicant.label()));
            }
        }
        for (ProactiveColumn column : ProactiveColumn.values()) {
            headers.add(Text.normalizeLabel(column.label()));
        }
        return Set.copyOf(headers);
    }

    private TableRecognizer(Template template, ClassifiedRows rows) {
        this.template = template;
        this.rows = rows;
    }

    static Result recognize(List<Block> blocks, SectionKey[] sectionAt, Template template, ClassifiedRows rows) {
        TableRecognizer recognizer = new TableRecognizer(template, rows);
        for (int i = 0; i < blocks.size(); i++) {
            recognizer.enterSection(sectionAt[i]);
            if (blocks.get(i) instanceof Table table) {
                for (Row row : table.rows()) {
                    recognizer.row(row);
                }
            } else if (blocks.get(i) instanceof Paragraph paragraph && recognizer.context != null) {
                recognizer.paragraph(paragraph);
            }
        }
        recognizer.flushPending();
        recognizer.flushAppeals();
        recognizer.readPositional();
        return new Result(Collections.unmodifiableMap(recognizer.values), Set.copyOf(recognizer.rowsFound),
                Set.copyOf(recognizer.tablesSeen), List.copyOf(recognizer.diagnostics), Set.of());
    }

    private void enterSection(SectionKey section) {
        TableKind table = section == null ? null : switch (section) {
            case PROACTIVE -> TableKind.PROACTIVE;
            case REQUESTS -> TableKind.REQUESTS;
            case APPEALS -> TableKind.APPEALS;
            default -> null;
        };
        if (table != null && table != context) {
            switchContext(table);
        }
    }

    private void switchContext(TableKind table) {
        if (table == context) {
            return;
        }
        flushPending();
        if (context == TableKind.APPEALS) {
            flushAppeals();
        }
        context = table;
    }

    /**
     * A paragraph inside a table's section: a row printed as text (“行政许可 0”), a single cell of a table printed
     * one cell per line, or a piece of a label whose values follow, as PDF extraction leaves long labels.
     */
    private void paragraph(Paragraph paragraph) {
        CellText.Kind kind = CellText.classify(paragraph.text());
        if (kind == CellText.Kind.NUMBER || kind == CellText.Kind.PLACEHOLDER) {
            segment(new RowParts(List.of(), List.of(Cell.of(paragraph.text()))), paragraph.line());
            return;
        }
        Optional<Row> row = TextRows.of(paragraph);
        if (row.isPresent()) {
            RowParts parts = RowParts.of(row.get());
            boolean matches = parts.labels().isEmpty() || parts.candidateLabels().stream()
                    .anyMatch(label -> LabelMatcher.match(label, Optional.ofNullable(context))
                            .filter(match -> match.score() >= TEXT_ROW_SCORE).isPresent());
            if (matches) {
                segment(parts, paragraph.line());
                return;
            }
        }
        String text = paragraph.text();
        if (text.contains("。") || text.length() > MAX_LABEL_PIECE || Headings.top(text).isPresent()) {
            flushPending();
            header(text);
            return;
        }
        labelPiece(text, paragraph.line(), true);
    }

    private void row(Row row) {
        for (RowParts parts : rows.of(row).segments(template)) {
            segment(parts, row.line());
        }
    }

    /**
     * One row's worth of cells, or part of one: a row with its label and values is read at once; label cells alone
     * and values alone are gathered into the pending row, as copies print a table one cell per line.
     */
    private void segment(RowParts parts, int line) {
        if (parts.labels().isEmpty()) {
            if (context != TableKind.APPEALS && pending.hasLabel()) {
                pending.addValues(parts.values());
                if (pendingComplete()) {
                    flushPending();
                }
                return;
            }
            flushPending();
            if (context == TableKind.APPEALS && !appealValues.isEmpty()) {
                unlabelledValues(line, parts);
            } else {
                read(parts, line);
            }
            return;
        }
        if (parts.values().isEmpty()) {
            boolean alone = parts.labels().size() == 1;
            parts.labels().forEach(label -> labelPiece(label, line, alone));
            return;
        }
        endPendingBefore(parts.labels().get(parts.labels().size() - 1));
        pending.clear();
        read(parts, line);
    }

    /** A label cell on its own: the start of a row whose values follow, a piece of a longer label, or a header. */
    private void labelPiece(String text, int line, boolean alone) {
        if (context == TableKind.APPEALS) {
            flushPending();
            header(text);
            return;
        }
        if (alone) {
            endPendingBefore(text);
        } else if (pending.hasValues()) {
            flushPending();
        }
        header(text);
        pending.addLabel(text, line, alone);
        if (dataRow(text).isEmpty()) {
            headerColumns.header(text);
        }
    }

    /**
     * Ends the pending row before a new label if it is complete: it has values, or its label is a template row and
     * the new label the next row of the same table in the template's order, so the pending row printed no values at
     * all (a blank row, as a one-cell-per-line copy shows it).
     */
    private void endPendingBefore(String nextLabel) {
        if (pending.hasValues()) {
            flushPending();
            return;
        }
        if (!pending.hasLabel() || !pending.lastAlone()) {
            return;
        }
        RowParts parts = pending.parts(Optional.ofNullable(context));
        Optional<LabelMatcher.Match> current = dataRow(parts.labels().get(0));
        Optional<LabelMatcher.Match> next = dataRow(nextLabel);
        if (current.isPresent() && next.isPresent() && current.get().table() == next.get().table()
                && order(next.get()) > order(current.get()) && !rowsFound.contains(current.get().row())) {
            int line = pending.line();
            pending.clear();
            List<Cell> blanks = new ArrayList<>();
            TableColumns.cellsOf(current.get().row(), template).forEach(cell -> blanks.add(Cell.of("")));
            read(new RowParts(parts.labels(), blanks), line);
        }
    }

    /** Whether the pending row has as many values as the template row its label names. */
    private boolean pendingComplete() {
        RowParts parts = pending.parts(Optional.ofNullable(context));
        return match(parts).map(m -> TableColumns.cellsOf(m.row(), template).size())
                .filter(cells -> cells > 0 && pending.valueCount() >= cells)
                .isPresent();
    }

    private void flushPending() {
        if (pending.isEmpty()) {
            return;
        }
        boolean values = pending.hasValues();
        RowParts parts = pending.parts(Optional.ofNullable(context));
        int line = pending.line();
        pending.clear();
        if (values) {
            read(parts, line);
        }
    }

    /** The template row a label names well enough to stand for a row of its own, if it has cells in the template. */
    private Optional<LabelMatcher.Match> dataRow(String label) {
        return LabelMatcher.match(label, Optional.ofNullable(context))
                .filter(m -> m.score() >= TEXT_ROW_SCORE && m.table() != TableKind.APPEALS)
                .filter(m -> !TableColumns.cellsOf(m.row(), template).isEmpty());
    }

    private int order(LabelMatcher.Match match) {
        return match.row() instanceof RequestRow row ? RequestRow.printedOrder(template).indexOf(row)
                : ((Enum<?>) match.row()).ordinal();
    }

    /** Reads one row: its label decides the template row, its values fill that row's cells in order. */
    private void read(RowParts parts, int line) {
        if (!parts.hasValues()) {
            if (!blankRow(parts)) {
                header(parts.labelText());
            }
            return;
        }
        if (parts.labels().isEmpty()) {
            unlabelledValues(line, parts);
            return;
        }
        Optional<LabelMatcher.Match> match = match(parts);
        if (match.isEmpty()) {
            diagnostics.add(Diagnostic.of(DiagnosticCode.ROW_UNRECOGNIZED, Location.line(line),
                    "row label \"" + parts.labelText() + "\" matches no row of the template; its values are not used"));
            return;
        }
        LabelMatcher.Match found = match.get();
        switchContext(found.table());
        tablesSeen.add(found.table());
        List<CellKey> cells = TableColumns.cellsOf(found.row(), template);
        if (cells.isEmpty()) {
            diagnostics.add(Diagnostic.of(DiagnosticCode.ROW_UNRECOGNIZED,
                    Location.row(found.table(), found.row()).atLine(line),
                    "row \"" + parts.labelText() + "\" (" + found.row().key() + ") does not exist in the "
                            + template.key() + " template; its values are not used"));
            return;
        }
        if (!rowsFound.add(found.row())) {
            diagnostics.add(Diagnostic.of(DiagnosticCode.ROW_DUPLICATE,
                    Location.row(found.table(), found.row()).atLine(line),
                    "row " + found.table().key() + "." + found.row().key() + " appears again; the first is kept"));
            return;
        }
        this.cells.assign(cells, parts.values(), line);
        headerColumns.row();
    }

    /**
     * A template row printed with every value blank or a placeholder (“—”): found, its cells absent. Only a row with
     * at least as many value positions as the row has cells counts, and none of whose label cells is a column
     * header, so a header cell such as 总计 (even with blank cells after it, as a copy with {@code |} cells prints
     * a header row) is not taken for the row （七）总计. Table 四's row labels are its header, never a row of blanks.
     */
    private boolean blankRow(RowParts parts) {
        if (parts.labels().isEmpty() || parts.values().isEmpty()
                || parts.labels().stream().anyMatch(TableRecognizer::isColumnHeader)) {
            return false;
        }
        Optional<LabelMatcher.Match> match = match(parts);
        if (match.isEmpty() || match.get().table() == TableKind.APPEALS) {
            return false;
        }
        List<CellKey> cells = TableColumns.cellsOf(match.get().row(), template);
        if (cells.isEmpty() || parts.values().size() < cells.size()) {
            return false;
        }
        switchContext(match.get().table());
        tablesSeen.add(match.get().table());
        rowsFound.add(match.get().row());
        return true;
    }

    /**
     * Whether a label cell is one of table 二's or 三's column headers ("自然人", "商业企业", "本年制发件数"), which a
     * header row prints beside 总计 or 其他, words that are also row labels.
     */
    private static boolean isColumnHeader(String label) {
        String normalized = Text.normalizeLabel(label);
        return COLUMN_HEADERS.contains(normalized) || normalized.equals(Text.normalizeLabel("法人或其他组织"));
    }

    /** The row the first of the row's candidate labels that matches names, the current table preferred. */
    private Optional<LabelMatcher.Match> match(RowParts parts) {
        return parts.candidateLabels().stream()
                .map(label -> LabelMatcher.match(label, Optional.ofNullable(context)))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private void header(String text) {
        String normalized = Text.normalizeLabel(text);
        if (normalized.isEmpty()) {
            return;
        }
        Optional<TableKind> table = HeaderCues.tableOf(normalized);
        table.ifPresent(this::switchContext);
        if (table.equals(Optional.of(TableKind.APPEALS))) {
            appealValues.clear();
            if (normalized.contains("复议") || normalized.contains("诉讼") || normalized.contains("起诉")) {
                appealPart = appealPart(normalized);
            }
        }
    }

    /**
     * The one row of table 四 a header names, for a table 四 printed in pieces (行政复议, then 行政诉讼 未经复议直接起诉,
     * then 复议后起诉, each with its five values); empty for a header over the whole table.
     */
    private static Optional<AppealRow> appealPart(String header) {
        boolean direct = header.contains("直接起诉");
        boolean after = header.contains("复议后起诉");
        boolean reconsideration = header.contains("行政复议") && !header.contains("诉讼");
        if (direct == after ? !reconsideration || direct : reconsideration) {
            return Optional.empty();
        }
        return Optional.of(direct ? AppealRow.LITIGATION_DIRECT
                : after ? AppealRow.LITIGATION_AFTER_RECONSIDERATION : AppealRow.RECONSIDERATION);
    }

    private void unlabelledValues(int line, RowParts parts) {
        if (context == TableKind.APPEALS) {
            List<Cell> trimmed = ValueCells.trimBlanks(parts.values());
            if (appealValues.isEmpty() && appealPart.isPresent()
                    && trimmed.size() == AppealOutcome.values().length) {
                AppealRow row = appealPart.get();
                appealPart = Optional.empty();
                tablesSeen.add(TableKind.APPEALS);
                if (rowsFound.add(row)) {
                    cells.assign(TableColumns.cellsOf(row, template), trimmed, line);
                }
                return;
            }
            if (appealValues.isEmpty()) {
                appealLine = line;
                if (parts.values().size() == TableColumns.appealCells().size()) {
                    appealValues.addAll(parts.values());
                    flushAppeals();
                    return;
                }
            }
            appealValues.addAll(parts.values().size() == 1 ? parts.values() : ValueCells.trimBlanks(parts.values()));
            return;
        }
        if (context == null) {
            diagnostics.add(unlabelled(line));
            return;
        }
        orphans.computeIfAbsent(context, table -> new ArrayList<>())
                .add(new Orphan(line, parts.values(), diagnostics.size()));
    }

    private static Diagnostic unlabelled(int line) {
        return Diagnostic.of(DiagnosticCode.ROW_UNRECOGNIZED, Location.line(line),
                "a row of values without a label; its values are not used");
    }

    /**
     * Reads the values without labels of a table none of whose rows was found by label, by the template's order
     * ({@link PositionalTable}); where that does not fit, each such row is reported where it stood.
     */
    private void readPositional() {
        List<Map.Entry<Integer, Diagnostic>> found = new ArrayList<>();
        for (Map.Entry<TableKind, List<Orphan>> entry : orphans.entrySet()) {
            TableKind table = entry.getKey();
            List<Cell> printed = new ArrayList<>();
            entry.getValue().forEach(orphan -> printed.addAll(orphan.values()));
            boolean noRowFound = PositionalTable.cellsInOrder(table, template).stream()
                    .noneMatch(cell -> rowsFound.contains(cell.row()));
            Optional<Map<CellKey, BigDecimal>> read = noRowFound
                    ? PositionalTable.read(table, template, printed) : Optional.empty();
            if (read.isEmpty()) {
                entry.getValue().forEach(orphan -> found.add(Map.entry(orphan.at(), unlabelled(orphan.line()))));
                continue;
            }
            values.putAll(read.get());
            tablesSeen.add(table);
            PositionalTable.cellsInOrder(table, template).forEach(cell -> rowsFound.add(cell.row()));
            Orphan first = entry.getValue().get(0);
            found.add(Map.entry(first.at(), Diagnostic.of(DiagnosticCode.CELL_POSITIONAL,
                    Location.table(table).atLine(first.line()),
                    "table " + table.key() + ": " + printed.size() + " values without labels, read in the "
                            + template.key() + " template's order of cells, which their count and the table's "
                            + "arithmetic fit")));
        }
        found.sort(Map.Entry.comparingByKey());
        for (int i = found.size() - 1; i >= 0; i--) {
            diagnostics.add(found.get(i).getKey(), found.get(i).getValue());
        }
    }

    /** Values printed without a label, where they stood: their line and the place of their diagnostic. */
    private record Orphan(int line, List<Cell> values, int at) {
    }

    private void flushAppeals() {
        if (appealValues.isEmpty()) {
            return;
        }
        List<CellKey> cells = TableColumns.appealCells();
        List<Cell> found = List.copyOf(appealValues);
        appealValues.clear();
        tablesSeen.add(TableKind.APPEALS);
        if (cells.stream().anyMatch(cell -> rowsFound.contains(cell.row()))) {
            diagnostics.add(Diagnostic.of(DiagnosticCode.ROW_DUPLICATE, Location.table(TableKind.APPEALS)
                    .atLine(appealLine), "table 四's values appear again; the first are kept"));
            return;
        }
        cells.forEach(cell -> rowsFound.add(cell.row()));
        this.cells.assign(cells, found, appealLine);
    }
}
