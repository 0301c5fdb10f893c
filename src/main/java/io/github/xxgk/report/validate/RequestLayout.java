package io.github.xxgk.report.validate;

import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.Applicant;
import io.github.xxgk.report.model.CellKey;
import io.github.xxgk.report.model.RequestRow;
import io.github.xxgk.report.model.Template;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which rows of table 三 the rules run over for one report: those of its template, in printed order.
 *
 * <p>A report whose template is neither 2021 nor 2019 has no template to say which rows it should have. Its
 * （六）其他处理 rows decide when they can: the three sub-rows mean the 2021 rows, the single
 * {@link RequestRow#OTHER_HANDLING} row the 2019 rows. When they cannot (neither or both are present), the rules run
 * over exactly the rows present.
 */
final class RequestLayout {

    private RequestLayout() {
    }

    /** The rows the rules run over, in printed order. */
    static List<RequestRow> rows(AnnualReport report) {
        Template template = report.metadata().template();
        if (template == Template.T2021 || template == Template.T2019) {
            return RequestRow.printedOrder(template);
        }
        Map<CellKey, BigDecimal> values = report.requests().values();
        boolean subRows = present(values, RequestRow.OTHER_NO_CORRECTION)
                || present(values, RequestRow.OTHER_UNPAID_FEE) || present(values, RequestRow.OTHER_OTHER);
        boolean singleRow = present(values, RequestRow.OTHER_HANDLING);
        if (subRows != singleRow) {
            return RequestRow.printedOrder(subRows ? Template.T2021 : Template.T2019);
        }
        List<RequestRow> rows = new ArrayList<>();
        for (RequestRow row : allPrinted()) {
            if (present(values, row)) {
                rows.add(row);
            }
        }
        return List.copyOf(rows);
    }

    /** Every row of either template in printed order, {@link RequestRow#OTHER_HANDLING} where 2019 prints it. */
    private static List<RequestRow> allPrinted() {
        List<RequestRow> rows = new ArrayList<>(RequestRow.printedOrder(Template.T2021));
        rows.add(rows.indexOf(RequestRow.RESULTS_TOTAL), RequestRow.OTHER_HANDLING);
        return rows;
    }

    private static boolean present(Map<CellKey, BigDecimal> values, RequestRow row) {
        for (Applicant column : Applicant.values()) {
            if (values.containsKey(CellKey.of(row, column))) {
                return true;
            }
        }
        return false;
    }
}
