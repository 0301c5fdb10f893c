package io.github.xxgk.report.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;

/**
 * One government information-disclosure annual report (政府信息公开工作年度报告), as published: its metadata, the
 * section tree of its text, its three statistical tables and what was found wrong with it.
 *
 * <p>Immutable and safe to share. Cell values are exactly what the report prints: a cell it does not give is absent
 * (never 0), and numbers that contradict each other are kept, each contradiction reported as a {@link Diagnostic}.
 *
 * @param metadata agency, year, title, template and source
 * @param preamble the paragraphs between the title and section 一
 * @param sections the numbered top-level sections, in order
 * @param proactive table 二
 * @param requests table 三
 * @param appeals table 四
 * @param legacyRows for a pre-2019 report, the values of its statistics tables; empty otherwise
 * @param diagnostics every finding, in the order of the source where it has a place, then the rule checks
 * @param statements the numbers the prose of sections 一 and 三 states, in source order, each compared with the
 *     tables; empty for a report without the template's tables
 */
public record AnnualReport(ReportMetadata metadata, List<String> preamble, List<Section> sections,
        ProactiveTable proactive, RequestTable requests, AppealTable appeals, List<LegacyRow> legacyRows,
        List<Diagnostic> diagnostics, List<TextStatement> statements) {

    /** Copies the lists and checks that no part is null. */
    public AnnualReport {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(proactive, "proactive");
        Objects.requireNonNull(requests, "requests");
        Objects.requireNonNull(appeals, "appeals");
        preamble = List.copyOf(preamble);
        sections = List.copyOf(sections);
        legacyRows = List.copyOf(legacyRows);
        diagnostics = List.copyOf(diagnostics);
        statements = List.copyOf(statements);
    }

    /** A report whose prose states no number of its tables. */
    public AnnualReport(ReportMetadata metadata, List<String> preamble, List<Section> sections,
            ProactiveTable proactive, RequestTable requests, AppealTable appeals, List<LegacyRow> legacyRows,
            List<Diagnostic> diagnostics) {
        this(metadata, preamble, sections, proactive, requests, appeals, legacyRows, diagnostics, List.of());
    }

    /**
     * Whether the document is a report at all. A page saved from a site's annual-report column may be a list of
     * reports, a news item or a guide: such a document parses (it is no error), has no cell and template
     * {@link Template#UNKNOWN}, and carries a {@link DiagnosticCode#SOURCE_NOT_A_REPORT} diagnostic saying why; this
     * is false for it. A short report with no requests and its tables is a report.
     */
    public boolean isReport() {
        return diagnostics.stream().noneMatch(d -> d.code() == DiagnosticCode.SOURCE_NOT_A_REPORT);
    }

    /** The published value of any cell, empty when the report does not give it. */
    public Optional<BigDecimal> value(CellKey cell) {
        return Optional.ofNullable(tableValues(cell.table()).get(cell));
    }

    /** Every present cell of the three tables, in wide-CSV order. */
    public SortedMap<CellKey, BigDecimal> values() {
        return Cells.union(proactive.values(), requests.values(), appeals.values());
    }

    /** The top-level section of the template with this key, if the report has it. */
    public Optional<Section> section(SectionKey key) {
        return sections.stream().filter(section -> section.key().equals(Optional.of(key))).findFirst();
    }

    /** The diagnostics of one severity, in order. */
    public List<Diagnostic> diagnostics(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).toList();
    }

    /** A copy of this report with further diagnostics appended (used by checks across several reports). */
    public AnnualReport withDiagnostics(List<Diagnostic> more) {
        List<Diagnostic> all = new ArrayList<>(diagnostics);
        all.addAll(more);
        return new AnnualReport(metadata, preamble, sections, proactive, requests, appeals, legacyRows, all,
                statements);
    }

    /** The statements of the prose that compare with the tables in this way, in order. */
    public List<TextStatement> statements(TextStatement.Agreement agreement) {
        return statements.stream().filter(s -> s.agreement() == agreement).toList();
    }

    private Map<CellKey, BigDecimal> tableValues(TableKind table) {
        return switch (table) {
            case PROACTIVE -> proactive.values();
            case REQUESTS -> requests.values();
            case APPEALS -> appeals.values();
        };
    }
}
