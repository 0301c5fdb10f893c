package io.github.xxgk.report.validate;

import io.github.xxgk.report.model.AppealOutcome;
import io.github.xxgk.report.model.AppealRow;
import io.github.xxgk.report.model.Applicant;
import io.github.xxgk.report.model.CellKey;
import io.github.xxgk.report.model.DiagnosticCode;
import io.github.xxgk.report.model.Location;
import io.github.xxgk.report.model.RequestRow;
import io.github.xxgk.report.model.TableKind;
import io.github.xxgk.report.model.Template;
import java.util.ArrayList;
import java.util.List;

/** The instances of the spec's sum rules over tables 三 and 四, in table order. */
final class SumRules {

    private static final List<Equation> BALANCE = buildBalance();
    private static final List<Equation> APPEALS_TOTAL = buildAppealsTotal();
    /** The row-dependent rules for the printed rows of the 2021 and the 2019 template, which most reports have. */
    private static final List<ForRows> FOR_TEMPLATES = List.of(
            new ForRows(RequestRow.printedOrder(Template.T2021)), new ForRows(RequestRow.printedOrder(Template.T2019)));

    /** The rules that depend on the rows of table 三, for one list of rows. */
    private record ForRows(List<RequestRow> rows, List<Equation> rowTotal, List<Equation> resultsSum) {

        ForRows(List<RequestRow> rows) {
            this(rows, buildRowTotal(rows), buildResultsSum(rows));
        }

        static ForRows of(List<RequestRow> rows) {
            for (ForRows known : FOR_TEMPLATES) {
                if (known.rows.equals(rows)) {
                    return known;
                }
            }
            return new ForRows(rows);
        }
    }

    private SumRules() {
    }

    /** {@code requests.balance}: new + carried_over = results_total + carried_forward, per column incl. total. */
    static List<Equation> balance() {
        return BALANCE;
    }

    /** {@code requests.row_total}: the six applicant columns of a row add up to its total, per row. */
    static List<Equation> rowTotal(List<RequestRow> rows) {
        return ForRows.of(rows).rowTotal();
    }

    /** {@code requests.results_sum}: the outcome rows of a column add up to its results_total, per column. */
    static List<Equation> resultsSum(List<RequestRow> rows) {
        return ForRows.of(rows).resultsSum();
    }

    /** {@code appeals.total}: upheld + corrected + other + pending = total, per row of table 四. */
    static List<Equation> appealsTotal() {
        return APPEALS_TOTAL;
    }

    private static List<Equation> buildBalance() {
        List<Equation> equations = new ArrayList<>();
        for (Applicant column : Applicant.values()) {
            equations.add(new Equation(DiagnosticCode.REQUESTS_BALANCE, column.key(),
                    Location.column(TableKind.REQUESTS, column),
                    List.of(request(RequestRow.NEW, column), request(RequestRow.CARRIED_OVER, column)),
                    List.of(request(RequestRow.RESULTS_TOTAL, column), request(RequestRow.CARRIED_FORWARD, column))));
        }
        return List.copyOf(equations);
    }

    private static List<Equation> buildRowTotal(List<RequestRow> rows) {
        List<Equation> equations = new ArrayList<>();
        for (RequestRow row : rows) {
            List<Term> applicants = new ArrayList<>();
            for (Applicant column : Applicant.values()) {
                if (column.isApplicant()) {
                    applicants.add(Term.byColumn(CellKey.of(row, column)));
                }
            }
            equations.add(new Equation(DiagnosticCode.REQUESTS_ROW_TOTAL, row.key(),
                    Location.row(TableKind.REQUESTS, row), applicants,
                    List.of(Term.byColumn(CellKey.of(row, Applicant.TOTAL)))));
        }
        return List.copyOf(equations);
    }

    private static List<Equation> buildResultsSum(List<RequestRow> rows) {
        List<RequestRow> outcomes = rows.stream().filter(RequestRow::isOutcome).toList();
        List<Equation> equations = new ArrayList<>();
        for (Applicant column : Applicant.values()) {
            List<Term> terms = outcomes.stream().map(row -> request(row, column)).toList();
            equations.add(new Equation(DiagnosticCode.REQUESTS_RESULTS_SUM, column.key(),
                    Location.column(TableKind.REQUESTS, column), terms,
                    List.of(request(RequestRow.RESULTS_TOTAL, column))));
        }
        return List.copyOf(equations);
    }

    private static List<Equation> buildAppealsTotal() {
        List<Equation> equations = new ArrayList<>();
        for (AppealRow row : AppealRow.values()) {
            List<Term> outcomes = new ArrayList<>();
            for (AppealOutcome column : AppealOutcome.values()) {
                if (column != AppealOutcome.TOTAL) {
                    outcomes.add(Term.byColumn(CellKey.of(row, column)));
                }
            }
            equations.add(new Equation(DiagnosticCode.APPEALS_TOTAL, row.key(), Location.row(TableKind.APPEALS, row),
                    outcomes, List.of(Term.byColumn(CellKey.of(row, AppealOutcome.TOTAL)))));
        }
        return List.copyOf(equations);
    }

    private static Term request(RequestRow row, Applicant column) {
        return Term.byRow(CellKey.of(row, column));
    }
}
