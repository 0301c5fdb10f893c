package io.github.xxgk.report.internal.recognize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.xxgk.report.model.AppealOutcome;
import io.github.xxgk.report.model.AppealRow;
import io.github.xxgk.report.model.CellKey;
import io.github.xxgk.report.model.DiagnosticCode;
import io.github.xxgk.report.model.RequestRow;
import io.github.xxgk.report.model.Template;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Hostile input stays cheap: the caps on piece length, splits and search steps turn it into reports, never into a
 * hang or a guess. The timeouts only guard against a hang; they are not benchmarks.
 */
class SplitSolverLimitsTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(5);

    private static SplitResult solve(SplitProblem problem) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> SplitSolver.solve(problem));
    }

    @Test
    void fortyDigitRowEndsWithoutANumber() {
        for (String text : List.of("9".repeat(40), "1234567890".repeat(4), "1".repeat(40))) {
            SplitResult result = solve(SplitProblem.requests(Template.T2021, Map.of(RequestRow.NEW, text)));

            assertThat(result.values()).as(text).isEmpty();
            assertThat(result.ambiguities().size() + result.failures().size()).as(text).isEqualTo(1);
        }
    }

    @Test
    void fortyDigitAppealRowEnds() {
        SplitResult result = solve(SplitProblem.appeals("1234567890".repeat(4)));

        assertThat(result.values()).isEmpty();
    }

    @Test
    void twentyEightLongRowsEnd() {
        Random random = new Random(20260101L);
        List<SplitRun> runs = new ArrayList<>();
        List<SplitConstraint> constraints = new ArrayList<>(
                SplitProblem.requests(Template.T2021, Map.of()).constraints());
        for (RequestRow row : RequestRow.values()) {
            runs.add(new SplitRun(digits(random, 30 + random.nextInt(11)), SplitProblem.requestCells(row)));
        }
        for (AppealRow row : List.of(AppealRow.RECONSIDERATION, AppealRow.LITIGATION_DIRECT)) {
            List<CellKey> cells = new ArrayList<>();
            for (AppealOutcome outcome : AppealOutcome.values()) {
                cells.add(CellKey.of(row, outcome));
            }
            runs.add(new SplitRun(digits(random, 40), cells));
            constraints.add(SplitConstraint.sum(DiagnosticCode.APPEALS_TOTAL, cells.get(4), cells.subList(0, 4)));
        }
        assertThat(runs).hasSize(28);

        SplitResult result = solve(new SplitProblem(runs, constraints));

        assertThat(result.ambiguities().size() + result.failures().size()).isEqualTo(28);
    }

    @Test
    void manyAmbiguousRowsUnderColumnRulesEnd() {
        // 21 outcome rows, each 11|2|0|0|0|0|13 or 1|12|0|0|0|0|13; the results say 11 rows read the first way:
        // 352,716 combinations satisfy the rules, and every split of every row takes part in one
        Map<RequestRow, String> texts = new LinkedHashMap<>();
        for (RequestRow row : RequestRow.printedOrder(Template.T2021)) {
            texts.put(row, row.isOutcome() ? "112000013" : "0000000");
        }
        texts.put(RequestRow.NEW, "131 142 0 0 0 0 273");
        texts.put(RequestRow.RESULTS_TOTAL, "131 142 0 0 0 0 273");

        SplitResult result = solve(SplitProblem.requests(Template.T2021, texts));

        assertThat(result.status()).isEqualTo(SplitResult.Status.AMBIGUOUS);
        assertThat(result.ambiguities()).hasSize(21).allSatisfy(ambiguity ->
                assertThat(ambiguity.splits()).containsExactly("1|12|0|0|0|0|13", "11|2|0|0|0|0|13"));
        assertThat(result.values()).containsEntry(CellKey.parse("requests.granted.total"), new BigDecimal("13"));
    }

    @Test
    void unsatisfiableCombinationsBeyondTheCapStayUndetermined() {
        // the natural-person column can only sum to 21 + 10k: 125 is impossible, but only going through the 2^21
        // combinations would prove it, which the step cap stops
        Map<RequestRow, String> texts = new LinkedHashMap<>();
        for (RequestRow row : RequestRow.printedOrder(Template.T2021)) {
            texts.put(row, row.isOutcome() ? "112000013" : "0000000");
        }
        texts.put(RequestRow.NEW, "125 148 0 0 0 0 273");
        texts.put(RequestRow.RESULTS_TOTAL, "125 148 0 0 0 0 273");

        SplitResult result = solve(SplitProblem.requests(Template.T2021, texts));

        assertThat(result.status()).isEqualTo(SplitResult.Status.SEARCH_LIMIT);
        assertThat(result.values()).doesNotContainKeys(CellKey.parse("requests.granted.natural_person"));
    }

    private static String digits(Random random, int length) {
        StringBuilder text = new StringBuilder();
        text.append((char) ('1' + random.nextInt(9)));
        while (text.length() < length) {
            text.append((char) ('0' + random.nextInt(10)));
        }
        return text.toString();
    }
}
