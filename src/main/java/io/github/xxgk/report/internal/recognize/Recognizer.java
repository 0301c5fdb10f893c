package io.github.xxgk.report.internal.recognize;

import io.github.xxgk.report.internal.block.Block;
import io.github.xxgk.report.internal.block.Paragraph;
import io.github.xxgk.report.internal.block.SourceDocument;
import io.github.xxgk.report.internal.block.Table;
import io.github.xxgk.report.internal.division.AgencyPlacer;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.AppealRow;
import io.github.xxgk.report.model.AppealTable;
import io.github.xxgk.report.model.CellKey;
import io.github.xxgk.report.model.Diagnostic;
import io.github.xxgk.report.model.DiagnosticCode;
import io.github.xxgk.report.model.Labelled;
import io.github.xxgk.report.model.LegacyRow;
import io.github.xxgk.report.model.Location;
import io.github.xxgk.report.model.ProactiveRow;
import io.github.xxgk.report.model.ProactiveTable;
import io.github.xxgk.report.model.ReportMetadata;
import io.github.xxgk.report.model.RequestRow;
import io.github.xxgk.report.model.RequestTable;
import io.github.xxgk.report.model.Section;
import io.github.xxgk.report.model.SectionKey;
import io.github.xxgk.report.model.TableKind;
import io.github.xxgk.report.model.Template;
import io.github.xxgk.report.model.TextStatement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Turns a report's neutral blocks into the model: metadata, sections, the template and the three tables (for a
 * pre-2019 report, its statistics as legacy rows), and the numbers the prose of sections 一 and 三 states, compared
 * with the tables. It never throws on messy input; whatever it cannot read becomes a
 * diagnostic, and no value is ever guessed. Most callers want {@link io.github.xxgk.report.ReportParser}, which reads
 * the source, runs this stage and validates the result.
 */
public final class Recognizer {

    private static final int OPENING_PARAGRAPHS = 4;

    private Recognizer() {
    }

    /** Recognises a document. Thread-safe: all state lives in the call. */
    public static AnnualReport recognize(SourceDocument source) {
        SourceDocument document = TraditionalText.simplified(source);
        List<Block> blocks = InlineHeadings.split(document.blocks());
        List<Diagnostic> diagnostics = new ArrayList<>(document.diagnostics());

        SectionRecognizer.Result text = SectionRecognizer.recognize(blocks);
        List<String> opening = opening(text.sections());
        MetadataRecognizer.Result front = MetadataRecognizer.recognize(text.front(), opening, document.titleHint(),
                () -> wholeText(blocks));
        ClassifiedRows rows = new ClassifiedRows();
        Template template = template(blocks, rows, front, diagnostics);

        TableRecognizer.Result tables = null;
        List<LegacyRow> legacyRows = List.of();
        List<ProseFigure> prose = ProseStatements.find(blocks, text.sectionAt(), text.proseAt(), template,
                front.year());
        if (template == Template.T2019 || template == Template.T2021) {
            tables = readTables(document, blocks, rows, text, template, prose, diagnostics);
        } else if (template == Template.PRE2019) {
            LegacyTables.Result legacy = LegacyTables.recognize(blocks, front.year());
            legacyRows = legacy.rows();
            diagnostics.addAll(legacy.diagnostics());
        }
        if (front.year().isEmpty()) {
            diagnostics.add(Diagnostic.of(DiagnosticCode.METADATA_YEAR_MISSING, Location.none(),
                    "no reporting year in the title, the preamble, the opening of the body or the document's title"));
        }
        if (front.agency().isEmpty()) {
            diagnostics.add(Diagnostic.of(DiagnosticCode.METADATA_AGENCY_MISSING, Location.none(),
                    "no publishing agency in the title, the sentences presenting the report or the document's title"));
        }

        Map<CellKey, BigDecimal> values = tables == null ? Map.of() : tables.values();
        if (values.isEmpty() && diagnostics.stream().anyMatch(d -> d.code() == DiagnosticCode.TEMPLATE_UNKNOWN)) {
            template = Template.UNKNOWN;
        }
        boolean noTable = tables == null || tables.tablesSeen().isEmpty() && tables.rowsFound().isEmpty();
        Optional<String> notAReport = noTable && legacyRows.isEmpty()
                ? NotAReport.reason(text.front(), text.sections(), front.title(), document.titleHint()) : Optional.empty();
        if (notAReport.isPresent()) {
            template = Template.UNKNOWN;
            diagnostics.clear();
            diagnostics.addAll(document.diagnostics());
            diagnostics.add(Diagnostic.of(DiagnosticCode.SOURCE_NOT_A_REPORT, Location.none(), notAReport.get()));
        }
        Optional<AgencyPlacer.Placement> placement = front.agency().filter(agency -> notAReport.isEmpty())
                .map(agency -> AgencyPlacer.place(agency, regionTexts(front, document, opening)));
        placement.ifPresent(placed -> diagnostics.addAll(placed.diagnostics()));
        ReportMetadata metadata = notAReport.isPresent()
                ? new ReportMetadata(Optional.empty(), OptionalInt.empty(), Optional.empty(), template,
                        document.name(), document.format())
                : new ReportMetadata(front.agency(), placement.flatMap(AgencyPlacer.Placement::division),
                        front.year(), front.title(), template, document.name(), document.format());
        List<TextStatement> statements = List.of();
        if (notAReport.isEmpty() && template != Template.UNKNOWN && !prose.isEmpty()) {
            ProseCheck.Result checked = ProseCheck.check(prose, values, tables == null ? Set.of()
                    : tables.decidedByText());
            statements = checked.statements();
            diagnostics.addAll(checked.diagnostics());
        }
        Map<TableKind, Map<CellKey, BigDecimal>> cells = byTable(values);
        return new AnnualReport(metadata, front.preamble(), text.sections(),
                new ProactiveTable(cells.get(TableKind.PROACTIVE)), new RequestTable(cells.get(TableKind.REQUESTS)),
                new AppealTable(cells.get(TableKind.APPEALS)), legacyRows, diagnostics, statements);
    }

    /**
     * Reads the three tables and adds what is wrong with them to the diagnostics: a copy that stops inside a table
     * is read to its cut (a last cell it did not close dropped) and says so, without a row, table or section
     * reported missing after the cut.
     */
    private static TableRecognizer.Result readTables(SourceDocument document, List<Block> blocks,
            ClassifiedRows rows, SectionRecognizer.Result text, Template template, List<ProseFigure> prose,
            List<Diagnostic> diagnostics) {
        TableRecognizer.Result tables = tables(blocks, rows, text.sectionAt(), template, prose);
        Optional<CutOff.Cut> cut = CutOff.find(blocks, text.sectionAt(), tables.rowsFound(),
                table -> rowsOf(table, template));
        if (cut.isPresent() && document.openEnd()) {
            tables = tables(CutOff.withoutLastPiece(blocks), rows, text.sectionAt(), template, prose);
        }
        diagnostics.addAll(tables.diagnostics());
        cut.ifPresent(at -> diagnostics.add(Diagnostic.of(DiagnosticCode.SOURCE_TRUNCATED,
                Location.table(at.table()).atLine(at.line()),
                "the copy stops inside table " + at.table().key() + " (" + at.table().label() + ")"
                        + (document.openEnd() ? " in the middle of its last line" : "")
                        + "; the row it stops in and everything after it are absent")));
        diagnostics.addAll(missing(tables, template, cut));
        diagnostics.addAll(missingSections(text.sections(), cut.map(CutOff.Cut::section)));
        return tables;
    }

    private static TableRecognizer.Result tables(List<Block> blocks, ClassifiedRows rows, SectionKey[] sectionAt,
            Template template, List<ProseFigure> prose) {
        return withRunTogether(TableRecognizer.recognize(blocks, sectionAt, template, rows), blocks, sectionAt,
                template, prose);
    }

    /**
     * Adds the tables that no grid or text row gave, read from the run-together text of their sections, as copies
     * that lost every cell boundary print them. A section whose paragraphs each hold one cell (a copy one cell per
     * line) lost no boundary, so its digits are never split. Where the rules leave a split open, the figures of the
     * prose may choose it.
     */
    private static TableRecognizer.Result withRunTogether(TableRecognizer.Result tables, List<Block> blocks,
            SectionKey[] sectionAt, Template template, List<ProseFigure> prose) {
        Map<TableKind, StringBuilder> regions = new EnumMap<>(TableKind.class);
        Map<TableKind, Integer> lines = new EnumMap<>(TableKind.class);
        Set<TableKind> runTogether = EnumSet.noneOf(TableKind.class);
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Paragraph paragraph && sectionAt[i] != null) {
                int line = paragraph.line();
                RunTogether.tableOf(sectionAt[i]).ifPresent(table -> {
                    regions.computeIfAbsent(table, t -> new StringBuilder()).append(paragraph.text()).append(' ');
                    lines.putIfAbsent(table, line);
                    if (RunTogether.runsLabelsIntoDigits(paragraph.text())) {
                        runTogether.add(table);
                    }
                });
            }
        }
        regions.keySet().retainAll(runTogether);
        Map<CellKey, BigDecimal> values = new HashMap<>(tables.values());
        Set<Labelled> rows = new HashSet<>(tables.rowsFound());
        Set<TableKind> seen = EnumSet.noneOf(TableKind.class);
        seen.addAll(tables.tablesSeen());
        List<Diagnostic> diagnostics = new ArrayList<>(tables.diagnostics());
        Set<CellKey> decidedByText = new HashSet<>(tables.decidedByText());
        for (Map.Entry<TableKind, StringBuilder> region : regions.entrySet()) {
            TableKind table = region.getKey();
            if (values.keySet().stream().anyMatch(key -> key.table() == table)) {
                continue;
            }
            String regionText = region.getValue().toString();
            int line = lines.get(table);
            Optional<RunTogether.Result> read = switch (table) {
                case PROACTIVE -> RunTogether.proactive(regionText, template, line, prose);
                case REQUESTS -> RunTogether.requests(regionText, template, line, prose);
                case APPEALS -> RunTogether.appeals(regionText, line, prose);
            };
            read.ifPresent(result -> {
                values.putAll(result.values());
                rows.addAll(result.rowsFound());
                seen.add(table);
                diagnostics.removeIf(d -> d.location().table().equals(Optional.of(table.key()))
                        && d.code() != DiagnosticCode.CELL_NOT_A_NUMBER);
                diagnostics.addAll(result.diagnostics());
                decidedByText.addAll(result.decidedByText());
            });
        }
        return new TableRecognizer.Result(values, rows, seen, diagnostics, decidedByText);
    }

    private static Template template(List<Block> blocks, ClassifiedRows rows, MetadataRecognizer.Result front,
            List<Diagnostic> diagnostics) {
        TemplateDetector.Votes votes = TemplateDetector.vote(blocks, rows);
        Optional<Template> byYear = front.year().isPresent()
                ? Optional.of(TemplateDetector.impliedByYear(front.year().getAsInt())) : Optional.empty();
        Optional<Template> byTables = votes.winner();
        if (byTables.isPresent()) {
            Template template = byTables.get();
            if (byYear.isPresent() && byYear.get() != template) {
                diagnostics.add(Diagnostic.of(DiagnosticCode.TEMPLATE_MIXED, Location.none(),
                        "the tables follow the " + template.key() + " template, but a " + front.year().getAsInt()
                                + " report would use the " + byYear.get().key() + " template"));
            } else if (votes.mixed()) {
                diagnostics.add(Diagnostic.of(DiagnosticCode.TEMPLATE_MIXED, Location.none(),
                        "the tables show " + votes.t2019() + " signatures of the 2019 template and " + votes.t2021()
                                + " of the 2021 template; the " + template.key() + " template is used"));
            }
            return template;
        }
        if (byYear.isPresent()) {
            return byYear.get();
        }
        diagnostics.add(Diagnostic.of(DiagnosticCode.TEMPLATE_UNKNOWN, Location.none(),
                "neither the tables nor the year show which template the report follows; the 2021 template is "
                        + "tried, and the template is unknown if no table is found"));
        return Template.T2021;
    }

    /** The tables and rows not found, but for those after the place where the copy stops. */
    private static List<Diagnostic> missing(TableRecognizer.Result tables, Template template,
            Optional<CutOff.Cut> cut) {
        List<Diagnostic> missing = new ArrayList<>();
        for (TableKind table : TableKind.values()) {
            if (cut.isPresent() && table.ordinal() > cut.get().table().ordinal()) {
                break;
            }
            boolean any = tables.tablesSeen().contains(table)
                    || tables.values().keySet().stream().anyMatch(k -> k.table() == table);
            if (!any) {
                missing.add(Diagnostic.of(DiagnosticCode.TABLE_MISSING, Location.table(table),
                        "table " + table.key() + " (" + table.label() + ") was not found; its cells are absent"));
                continue;
            }
            List<Labelled> rows = rowsOf(table, template);
            int end = rows.size();
            if (cut.isPresent() && cut.get().table() == table) {
                while (end > 0 && !tables.rowsFound().contains(rows.get(end - 1))) {
                    end--;
                }
            }
            for (Labelled row : rows.subList(0, end)) {
                if (!tables.rowsFound().contains(row)) {
                    missing.add(Diagnostic.of(DiagnosticCode.ROW_MISSING, Location.row(table, row),
                            "row " + table.key() + "." + row.key() + " (" + row.label()
                                    + ") was not found; its cells are absent"));
                }
            }
        }
        return missing;
    }

    private static List<Labelled> rowsOf(TableKind table, Template template) {
        return switch (table) {
            case PROACTIVE -> List.<Labelled>of(ProactiveRow.values()).stream()
                    .filter(row -> !TableColumns.cellsOf(row, template).isEmpty()).toList();
            case REQUESTS -> List.copyOf(RequestRow.printedOrder(template));
            case APPEALS -> List.of(AppealRow.values());
        };
    }

    /** The first paragraphs of the body, where a report without a title names its agency and year. */
    private static List<String> opening(List<Section> sections) {
        List<String> paragraphs = new ArrayList<>();
        for (Section section : sections) {
            paragraphs.addAll(section.paragraphs());
            section.subsections().forEach(sub -> paragraphs.addAll(sub.paragraphs()));
            if (paragraphs.size() >= OPENING_PARAGRAPHS) {
                return paragraphs.subList(0, OPENING_PARAGRAPHS);
            }
        }
        return paragraphs;
    }

    /** The texts where a report names the region its agency is in: the titles, the preamble and the opening. */
    private static List<String> regionTexts(MetadataRecognizer.Result front, SourceDocument document,
            List<String> opening) {
        List<String> texts = new ArrayList<>();
        front.title().ifPresent(texts::add);
        document.titleHint().ifPresent(texts::add);
        texts.addAll(front.preamble());
        texts.addAll(opening);
        return texts;
    }

    /** Every paragraph's and cell's text, one per line. */
    private static String wholeText(List<Block> blocks) {
        StringBuilder text = new StringBuilder();
        for (Block block : blocks) {
            if (block instanceof Paragraph paragraph) {
                text.append(paragraph.text()).append('\n');
            } else if (block instanceof Table table) {
                table.rows().forEach(row -> row.originCells().forEach(cell -> text.append(cell.text()).append('\n')));
            }
        }
        return text.toString();
    }

    /** The template's sections not found, up to the one the copy stops in if it stops short. */
    private static List<Diagnostic> missingSections(List<Section> sections, Optional<SectionKey> cut) {
        Set<SectionKey> found = EnumSet.noneOf(SectionKey.class);
        sections.forEach(section -> section.key().ifPresent(found::add));
        List<Diagnostic> missing = new ArrayList<>();
        for (SectionKey key : SectionKey.values()) {
            if (cut.isPresent() && key.ordinal() > cut.get().ordinal()) {
                break;
            }
            if (!found.contains(key)) {
                missing.add(Diagnostic.of(DiagnosticCode.SECTION_MISSING, Location.none(),
                        "section " + key.key() + " (" + key.label() + ") was not found"));
            }
        }
        return missing;
    }

    /** The values of each table, in one pass over the values of all three. */
    private static Map<TableKind, Map<CellKey, BigDecimal>> byTable(Map<CellKey, BigDecimal> values) {
        Map<TableKind, Map<CellKey, BigDecimal>> tables = new EnumMap<>(TableKind.class);
        for (TableKind table : TableKind.values()) {
            tables.put(table, new HashMap<>());
        }
        values.forEach((key, value) -> tables.get(key.table()).put(key, value));
        return tables;
    }
}
