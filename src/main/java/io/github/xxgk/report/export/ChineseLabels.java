package io.github.xxgk.report.export;

import io.github.xxgk.report.model.AppealRow;
import io.github.xxgk.report.model.Applicant;
import io.github.xxgk.report.model.CellKey;
import io.github.xxgk.report.model.Labelled;
import io.github.xxgk.report.model.ProactiveColumn;
import io.github.xxgk.report.model.ProactiveRow;
import io.github.xxgk.report.model.RequestRow;
import io.github.xxgk.report.model.SectionKey;
import io.github.xxgk.report.model.TableKind;
import java.util.List;

/**
 * The Chinese column names of the wide CSV, built from the model's labels as the template prints them: the
 * numbered section, then the row's place in the table, then the column's, joined by {@code -}, e.g.
 * {@code 三、收到和处理政府信息公开申请情况-本年新收政府信息公开申请数量-总计}.
 */
final class ChineseLabels {

    private static final String SEPARATOR = "-";
    private static final String NUMERALS = "一二三四五六";
    // Header cells the template prints above a group of columns or rows; the model's enums name only the leaves.
    private static final String ORGANISATIONS = "法人或其他组织";
    private static final String LITIGATION = "行政诉讼";
    // The model labels AMOUNT as the 2021 fees column; the 2019 procurement row prints its own header.
    private static final String PROCUREMENT_AMOUNT = "采购总金额";

    private ChineseLabels() {
    }

    static String of(CellKey cell) {
        return section(cell.table()) + SEPARATOR + row(cell) + SEPARATOR + column(cell);
    }

    private static String section(TableKind table) {
        SectionKey section = SectionKey.ofKey(table.key());
        return NUMERALS.charAt(section.ordinal()) + "、" + section.label();
    }

    private static String row(CellKey cell) {
        Labelled row = cell.row();
        if (row instanceof RequestRow request) {
            RequestRow.Group group = request.group();
            if (group == RequestRow.Group.NONE) {
                return request.label();
            }
            String results = RequestRow.Group.RESULTS.label();
            return group == RequestRow.Group.RESULTS ? results + SEPARATOR + request.label()
                    : results + SEPARATOR + group.label() + SEPARATOR + request.label();
        }
        if (row == AppealRow.LITIGATION_DIRECT || row == AppealRow.LITIGATION_AFTER_RECONSIDERATION) {
            return LITIGATION + SEPARATOR + row.label();
        }
        return row.label();
    }

    private static String column(CellKey cell) {
        Labelled column = cell.column();
        if (column instanceof Applicant applicant && applicant.isApplicant() && applicant != Applicant.NATURAL_PERSON) {
            return ORGANISATIONS + SEPARATOR + applicant.label();
        }
        if (cell.row() == ProactiveRow.PROCUREMENT && column == ProactiveColumn.AMOUNT) {
            return PROCUREMENT_AMOUNT;
        }
        return column.label();
    }
}
