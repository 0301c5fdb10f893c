package io.github.xxgk.report.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The address of one cell of the three tables, {@code table.row.column} (e.g. {@code requests.new.total}), as the
 * spec fixes it.
 *
 * <p>Every valid cell exists as exactly one instance, so keys compare by identity and {@link #all()} lists them in
 * the order of the wide CSV: table 二's 2021 cells, then its 2019-only cells; table 三 row by row (2021 rows, then
 * the 2019-only {@code other_handling}); table 四 row by row. A cell a template lacks is never present in a report of
 * that template; {@link #existsIn(Template)} says which template has it.
 */
public final class CellKey implements Comparable<CellKey> {

    private static final List<CellKey> ALL;
    private static final Map<String, CellKey> BY_KEY;
    /** Row, then column, to key: {@code of(row, column)} runs for every cell a recogniser or rule reads. */
    private static final Map<Labelled, Map<Labelled, CellKey>> BY_CELL;

    static {
        List<CellKey> all = new ArrayList<>();
        Set<Template> both = EnumSet.of(Template.T2021, Template.T2019);
        Set<Template> only2021 = EnumSet.of(Template.T2021);
        Set<Template> only2019 = EnumSet.of(Template.T2019);

        ProactiveColumn[] documents2021 = {ProactiveColumn.ISSUED, ProactiveColumn.REPEALED, ProactiveColumn.IN_FORCE};
        for (ProactiveRow row : List.of(ProactiveRow.REGULATIONS, ProactiveRow.NORMATIVE_DOCUMENTS)) {
            for (ProactiveColumn column : documents2021) {
                add(all, TableKind.PROACTIVE, row, column, ValueKind.COUNT, only2021);
            }
        }
        add(all, TableKind.PROACTIVE, ProactiveRow.LICENSING, ProactiveColumn.DECISIONS, ValueKind.COUNT, both);
        add(all, TableKind.PROACTIVE, ProactiveRow.PENALTY, ProactiveColumn.DECISIONS, ValueKind.COUNT, both);
        add(all, TableKind.PROACTIVE, ProactiveRow.COERCION, ProactiveColumn.DECISIONS, ValueKind.COUNT, both);
        add(all, TableKind.PROACTIVE, ProactiveRow.FEES, ProactiveColumn.AMOUNT, ValueKind.AMOUNT, only2021);

        ProactiveColumn[] documents2019 = {
            ProactiveColumn.CREATED, ProactiveColumn.PUBLISHED, ProactiveColumn.TOTAL_PUBLISHED};
        for (ProactiveRow row : List.of(ProactiveRow.REGULATIONS, ProactiveRow.NORMATIVE_DOCUMENTS)) {
            for (ProactiveColumn column : documents2019) {
                add(all, TableKind.PROACTIVE, row, column, ValueKind.COUNT, only2019);
            }
        }
        for (ProactiveRow row : List.of(ProactiveRow.LICENSING, ProactiveRow.OTHER_SERVICES, ProactiveRow.PENALTY,
                ProactiveRow.COERCION, ProactiveRow.FEES)) {
            add(all, TableKind.PROACTIVE, row, ProactiveColumn.ITEMS_PREV_YEAR, ValueKind.COUNT, only2019);
            add(all, TableKind.PROACTIVE, row, ProactiveColumn.ITEMS_CHANGE, ValueKind.SIGNED_COUNT, only2019);
            if (row == ProactiveRow.OTHER_SERVICES) {
                add(all, TableKind.PROACTIVE, row, ProactiveColumn.DECISIONS, ValueKind.COUNT, only2019);
            }
        }
        add(all, TableKind.PROACTIVE, ProactiveRow.PROCUREMENT, ProactiveColumn.PROJECTS, ValueKind.COUNT, only2019);
        add(all, TableKind.PROACTIVE, ProactiveRow.PROCUREMENT, ProactiveColumn.AMOUNT, ValueKind.AMOUNT, only2019);

        for (RequestRow row : RequestRow.values()) {
            for (Applicant column : Applicant.values()) {
                add(all, TableKind.REQUESTS, row, column, ValueKind.COUNT, RequestRow.templatesOf(row));
            }
        }
        for (AppealRow row : AppealRow.values()) {
            for (AppealOutcome column : AppealOutcome.values()) {
                add(all, TableKind.APPEALS, row, column, ValueKind.COUNT, both);
            }
        }
        ALL = List.copyOf(all);
        Map<String, CellKey> byKey = new HashMap<>();
        for (CellKey key : ALL) {
            byKey.put(key.key, key);
        }
        BY_KEY = Collections.unmodifiableMap(byKey);
        Map<Labelled, Map<Labelled, CellKey>> byCell = new HashMap<>();
        for (CellKey key : ALL) {
            byCell.computeIfAbsent(key.row, row -> new HashMap<>()).put(key.column, key);
        }
        BY_CELL = byCell;
    }

    private final TableKind table;
    private final Labelled row;
    private final Labelled column;
    private final ValueKind valueKind;
    private final Set<Template> templates;
    private final String key;
    private final int ordinal;

    private CellKey(TableKind table, Labelled row, Labelled column, ValueKind valueKind, Set<Template> templates,
            int ordinal) {
        this.table = table;
        this.row = row;
        this.column = column;
        this.valueKind = valueKind;
        this.templates = Collections.unmodifiableSet(EnumSet.copyOf(templates));
        this.key = table.key() + "." + row.key() + "." + column.key();
        this.ordinal = ordinal;
    }

    private static void add(List<CellKey> all, TableKind table, Labelled row, Labelled column, ValueKind kind,
            Set<Template> templates) {
        all.add(new CellKey(table, row, column, kind, templates, all.size()));
    }

    /** Every cell key, in wide-CSV order. */
    public static List<CellKey> all() {
        return ALL;
    }

    /** The cell keys a template's tables have, in wide-CSV order. */
    public static List<CellKey> of(Template template) {
        return ALL.stream().filter(key -> key.existsIn(template)).toList();
    }

    /** The key with this text, e.g. {@code requests.new.total}, if it is one. */
    public static Optional<CellKey> find(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }

    /**
     * The key with this text.
     *
     * @throws IllegalArgumentException if the text is not a cell key of the spec
     */
    public static CellKey parse(String key) {
        CellKey cell = BY_KEY.get(key);
        if (cell == null) {
            throw new IllegalArgumentException("Unknown cell key: " + key);
        }
        return cell;
    }

    /**
     * A cell of table 二.
     *
     * @throws IllegalArgumentException if no template has this row and column (e.g. {@code fees.decisions})
     */
    public static CellKey of(ProactiveRow row, ProactiveColumn column) {
        return cell(TableKind.PROACTIVE, row, column);
    }

    /** A cell of table 三. */
    public static CellKey of(RequestRow row, Applicant column) {
        return cell(TableKind.REQUESTS, row, column);
    }

    /** A cell of table 四. */
    public static CellKey of(AppealRow row, AppealOutcome column) {
        return cell(TableKind.APPEALS, row, column);
    }

    private static CellKey cell(TableKind table, Labelled row, Labelled column) {
        CellKey cell = BY_CELL.getOrDefault(row, Map.of()).get(column);
        return cell != null ? cell : parse(table.key() + "." + row.key() + "." + column.key());
    }

    /** The table the cell is in. */
    public TableKind table() {
        return table;
    }

    /** The row: a {@link ProactiveRow}, {@link RequestRow} or {@link AppealRow}. */
    public Labelled row() {
        return row;
    }

    /** The column: a {@link ProactiveColumn}, {@link Applicant} or {@link AppealOutcome}. */
    public Labelled column() {
        return column;
    }

    /** What the cell holds. */
    public ValueKind valueKind() {
        return valueKind;
    }

    /** Whether the template has this cell. */
    public boolean existsIn(Template template) {
        return templates.contains(template);
    }

    /** The templates that have this cell. */
    public Set<Template> templates() {
        return templates;
    }

    /** The text of the key, {@code table.row.column}. */
    public String key() {
        return key;
    }

    /** The key's place in {@link #all()}, which is its place in the wide CSV. */
    int ordinal() {
        return ordinal;
    }

    @Override
    public int compareTo(CellKey other) {
        return Integer.compare(ordinal, other.ordinal);
    }

    @Override
    public String toString() {
        return key;
    }
}
