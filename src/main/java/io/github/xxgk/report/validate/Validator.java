package io.github.xxgk.report.validate;

import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.CellKey;
import io.github.xxgk.report.model.Diagnostic;
import io.github.xxgk.report.model.DiagnosticCode;
import io.github.xxgk.report.model.Location;
import io.github.xxgk.report.model.RequestRow;
import io.github.xxgk.report.model.Severity;
import io.github.xxgk.report.model.TableKind;
import io.github.xxgk.report.model.Template;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the arithmetic rules of the spec (勾稽关系) on a report's published values, and across the reports of one
 * agency for consecutive years. It never changes a value: it says which ones contradict each other.
 *
 * <p>A rule instance (one equation, e.g. {@code requests.balance} for the column {@code natural_person}) is checked
 * only when all of its cells are present. A violation is an {@link Severity#ERROR} naming the cells and both sides:
 * {@code requests.balance[natural_person]: new 5 + carried_over 1 = 6, but results_total 5 + carried_forward 0 = 5}.
 * An instance with some cells absent yields one {@link Severity#INFO} under the rule's code saying it could not be
 * checked and which cells are absent, so that “consistent” and “unknown” can be told apart; an instance with none
 * of its cells present yields nothing (the missing row is a structural finding of recognition). For a table with no
 * cells at all, each of its rules yields a single info, except in a pre-2019 report, whose template has no such
 * tables.
 *
 * <p>Which rows of table 三 a rule runs over follows the report's template: the 2019 template has the one row
 * {@code other_handling} where the 2021 template has three {@code other_*} rows. Stateless and thread-safe.
 */
public final class Validator {

    private Validator() {
    }

    /**
     * The findings of every rule on one report, rule by rule ({@code requests.balance}, {@code requests.row_total},
     * {@code requests.results_sum}, {@code appeals.total}, {@code nonnegative}), each in table order.
     */
    public static List<Diagnostic> check(AnnualReport report) {
        Template template = report.metadata().template();
        List<RequestRow> rows = RequestLayout.rows(report);
        // Hash copies: the equations look every cell up, and the model's sorted maps are slower to search.
        Map<CellKey, BigDecimal> requests = new HashMap<>(report.requests().values());
        Map<CellKey, BigDecimal> appeals = new HashMap<>(report.appeals().values());
        List<Diagnostic> found = new ArrayList<>();
        checkSums(template, TableKind.REQUESTS, requests, DiagnosticCode.REQUESTS_BALANCE, SumRules.balance(), found);
        checkSums(template, TableKind.REQUESTS, requests, DiagnosticCode.REQUESTS_ROW_TOTAL, SumRules.rowTotal(rows),
                found);
        checkSums(template, TableKind.REQUESTS, requests, DiagnosticCode.REQUESTS_RESULTS_SUM,
                SumRules.resultsSum(rows), found);
        checkSums(template, TableKind.APPEALS, appeals, DiagnosticCode.APPEALS_TOTAL, SumRules.appealsTotal(), found);
        found.addAll(NonNegativeRule.check(report.values()));
        return List.copyOf(found);
    }

    /**
     * The {@code years.carry} findings over several reports: where two of them come from the same agency for years
     * Y−1 and Y, each column's {@code carried_over} of year Y must equal {@code carried_forward} of year Y−1. A
     * mismatch is a {@link Severity#WARNING} (reports get corrected) attached to the year-Y report, e.g.
     * {@code years.carry[natural_person]: carried_over 1 in 2022 report, but carried_forward 0 in 2021 report}.
     *
     * <p>Agencies are the same when their names are equal after NFKC normalisation, removal of all white space and
     * unification of the brackets （）()〔〕[]【】. Reports without an agency or a year, and columns where either cell
     * is absent, are not compared. To keep the findings with the reports, append them:
     * {@code reports.get(i).withDiagnostics(result.get(i))}.
     *
     * @param reports the reports, in any order
     * @return one list of findings per report, in the order of {@code reports}; empty where nothing was found
     */
    public static List<List<Diagnostic>> checkAcrossYears(List<AnnualReport> reports) {
        return CarryRule.check(reports);
    }

    private static void checkSums(Template template, TableKind table, Map<CellKey, BigDecimal> values,
            DiagnosticCode code, List<Equation> equations, List<Diagnostic> found) {
        if (values.isEmpty()) {
            if (template != Template.PRE2019) {
                found.add(new Diagnostic(Severity.INFO, code, Location.table(table),
                        code.code() + ": could not be checked, table " + table.key() + " is empty"));
            }
            return;
        }
        for (Equation equation : equations) {
            equation.check(values).ifPresent(found::add);
        }
    }
}
