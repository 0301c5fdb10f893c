package io.github.xxgk.report.internal.recognize;

import io.github.xxgk.report.internal.block.Cell;
import io.github.xxgk.report.internal.text.HeaderCues;
import io.github.xxgk.report.model.Applicant;
import io.github.xxgk.report.model.CellKey;
import io.github.xxgk.report.model.Labelled;
import io.github.xxgk.report.model.ProactiveColumn;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The template columns the last header of a table names, in order, for a short table that prints only some of them
 * (申请人情况 | 自然人 | 法人或其他组织 | 总计; 信息内容 | 本年制发件数): a row with exactly as many values as the header
 * names columns gives those columns' values. 法人或其他组织 names the five organisation columns together, so its
 * value has no cell of its own and is not used. A header with a cell that names no column (a variant label, a
 * header word broken over two lines) is not trusted: a column it may have lost would shift the values.
 */
final class HeaderColumns {

    private static final String ORGANISATIONS_LABEL = Text.normalizeLabel("法人或其他组织");
    private static final Set<Applicant> ORGANISATION_COLUMNS = EnumSet.of(Applicant.COMMERCIAL, Applicant.RESEARCH,
            Applicant.NONPROFIT, Applicant.LEGAL_SERVICE, Applicant.OTHER_ORG);

    /** The template's column headers by their normalised label. */
    private static final Map<String, Labelled> COLUMNS = columns();
    /** 本年收费金额, which copies print with or without its unit. */
    private static final String FEES_AMOUNT = Text.normalizeLabel("本年收费金额");

    /** The header's columns in order; empty for 法人或其他组织, a header over several columns with none of its own. */
    private final List<Optional<Labelled>> columns = new ArrayList<>();
    private boolean rowsSince;
    private boolean untrusted;

    /**
     * A header cell read (a label cell that is no row of the template): a column joins the current header, a
     * caption is passed over, anything else makes the header untrusted. The first header cell after rows starts a
     * new header.
     */
    void header(String text) {
        if (rowsSince) {
            columns.clear();
            rowsSince = false;
            untrusted = false;
        }
        String normalized = Text.normalizeLabel(text);
        boolean organisations = normalized.equals(ORGANISATIONS_LABEL);
        Optional<Labelled> column = organisations ? Optional.empty() : column(normalized);
        if (organisations || column.isPresent()) {
            columns.add(column);
        } else if (!HeaderCues.isCaption(normalized)) {
            untrusted = true;
        }
    }

    /** A row of values was read under the current header. */
    void row() {
        rowsSince = true;
    }

    /**
     * The printed values under the row's cells that the header names, if the row has exactly one value per header
     * column and every named column is one of the row's; empty otherwise.
     */
    Optional<Map<CellKey, Cell>> place(List<CellKey> cells, List<Cell> printed) {
        if (untrusted || columns.isEmpty() || columns.size() != printed.size() || columns.size() >= cells.size()) {
            return Optional.empty();
        }
        boolean organisationsWithTheirColumns = columns.contains(Optional.<Labelled>empty())
                && columns.stream().flatMap(Optional::stream).anyMatch(ORGANISATION_COLUMNS::contains);
        if (organisationsWithTheirColumns) {
            return Optional.empty();
        }
        Map<CellKey, Cell> placed = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).isEmpty()) {
                continue;
            }
            Labelled column = columns.get(i).get();
            Optional<CellKey> cell = cells.stream().filter(c -> c.column() == column).findFirst();
            if (cell.isEmpty()) {
                return Optional.empty();
            }
            placed.put(cell.get(), printed.get(i));
        }
        return placed.isEmpty() ? Optional.empty() : Optional.of(placed);
    }

    private static Optional<Labelled> column(String normalized) {
        Labelled column = COLUMNS.get(normalized);
        if (column == null && normalized.startsWith(FEES_AMOUNT)) {
            column = ProactiveColumn.AMOUNT;
        }
        return Optional.ofNullable(column);
    }

    private static Map<String, Labelled> columns() {
        Map<String, Labelled> byLabel = new HashMap<>();
        byLabel.put(Text.normalizeLabel("处理决定数量"), ProactiveColumn.DECISIONS);
        byLabel.put(Text.normalizeLabel("采购总金额"), ProactiveColumn.AMOUNT);
        for (Applicant applicant : Applicant.values()) {
            byLabel.put(Text.normalizeLabel(applicant.label()), applicant);
        }
        for (ProactiveColumn column : ProactiveColumn.values()) {
            byLabel.put(Text.normalizeLabel(column.label()), column);
        }
        return Map.copyOf(byLabel);
    }
}
