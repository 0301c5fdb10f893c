package io.github.xxgk.report.internal.recognize;

import io.github.xxgk.report.model.AppealOutcome;
import io.github.xxgk.report.model.AppealRow;
import io.github.xxgk.report.model.Applicant;
import io.github.xxgk.report.model.CellKey;
import io.github.xxgk.report.model.Labelled;
import io.github.xxgk.report.model.ProactiveColumn;
import io.github.xxgk.report.model.ProactiveRow;
import io.github.xxgk.report.model.RequestRow;
import io.github.xxgk.report.model.Template;
import java.util.ArrayList;
import java.util.List;

/** The cells a printed row holds, in the order the template prints its values. */
final class TableColumns {

    private TableColumns() {
    }

    /** The cells of a row in printed order for the template; empty if the template lacks the row. */
    static List<CellKey> cellsOf(Labelled row, Template template) {
        List<CellKey> cells = new ArrayList<>();
        if (row instanceof ProactiveRow proactive) {
            for (ProactiveColumn column : proactiveColumns(proactive, template)) {
                cells.add(CellKey.of(proactive, column));
            }
        } else if (row instanceof RequestRow request) {
            if (request.existsIn(template)) {
                for (Applicant column : Applicant.values()) {
                    cells.add(CellKey.of(request, column));
                }
            }
        } else if (row instanceof AppealRow appeal) {
            for (AppealOutcome column : AppealOutcome.values()) {
                cells.add(CellKey.of(appeal, column));
            }
        }
        return cells;
    }

    /** The 15 cells of table 四's one printed data row, in order. */
    static List<CellKey> appealCells() {
        List<CellKey> cells = new ArrayList<>();
        for (AppealRow row : AppealRow.values()) {
            cells.addAll(cellsOf(row, Template.T2021));
        }
        return cells;
    }

    private static List<ProactiveColumn> proactiveColumns(ProactiveRow row, Template template) {
        if (template == Template.T2019) {
            return switch (row) {
                case REGULATIONS, NORMATIVE_DOCUMENTS -> List.of(ProactiveColumn.CREATED, ProactiveColumn.PUBLISHED,
                        ProactiveColumn.TOTAL_PUBLISHED);
                case LICENSING, OTHER_SERVICES, PENALTY, COERCION -> List.of(ProactiveColumn.ITEMS_PREV_YEAR,
                        ProactiveColumn.ITEMS_CHANGE, ProactiveColumn.DECISIONS);
                case FEES -> List.of(ProactiveColumn.ITEMS_PREV_YEAR, ProactiveColumn.ITEMS_CHANGE);
                case PROCUREMENT -> List.of(ProactiveColumn.PROJECTS, ProactiveColumn.AMOUNT);
            };
        }
        return switch (row) {
            case REGULATIONS, NORMATIVE_DOCUMENTS -> List.of(ProactiveColumn.ISSUED, ProactiveColumn.REPEALED,
                    ProactiveColumn.IN_FORCE);
            case LICENSING, PENALTY, COERCION -> List.of(ProactiveColumn.DECISIONS);
            case FEES -> List.of(ProactiveColumn.AMOUNT);
            case OTHER_SERVICES, PROCUREMENT -> List.of();
        };
    }
}
