package io.github.xxgk.report.internal.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.report.model.AppealOutcome;
import io.github.xxgk.report.model.AppealRow;
import io.github.xxgk.report.model.Applicant;
import io.github.xxgk.report.model.CellKey;
import io.github.xxgk.report.model.RequestRow;
import io.github.xxgk.report.model.Template;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Random consistent tables, printed with their cell boundaries lost (all, most or some of them), are split back:
 * every number the solver gives is the true one, and every cell it leaves out is reported. The {@code long}
 * variants run many more tries; the default run keeps to a few seconds.
 */
class SplitSolverPropertiesTest {

    /**
     * A table as its rows were printed, with the numbers it really holds.
     *
     * @param truth every cell of the printed rows with its true number
     * @param texts each row's printed text (for table 四, one text under {@code null})
     * @param runs each run's true split, {@code 80|1|0|0|0|0|81}, in printed order
     * @param separated whether every cell boundary kept its separator
     */
    record PrintedTable(Template template, Map<CellKey, Long> truth, Map<RequestRow, String> texts,
            List<String> runs, boolean separated) {
    }

    @Property(tries = 150)
    void requestTableGetsNoWrongNumber(@ForAll("requestTables") PrintedTable table) {
        check(table, SplitProblem.requests(table.template(), table.texts()));
    }

    @Property(tries = 5_000)
    @Tag("long")
    void requestTableGetsNoWrongNumberLong(@ForAll("requestTables") PrintedTable table) {
        check(table, SplitProblem.requests(table.template(), table.texts()));
    }

    @Property(tries = 300)
    void appealTableGetsNoWrongNumber(@ForAll("appealTables") PrintedTable table) {
        check(table, SplitProblem.appeals(table.texts().get(null)));
    }

    @Property(tries = 20_000)
    @Tag("long")
    void appealTableGetsNoWrongNumberLong(@ForAll("appealTables") PrintedTable table) {
        check(table, SplitProblem.appeals(table.texts().get(null)));
    }

    private static void check(PrintedTable table, SplitProblem problem) {
        SplitResult result = SplitSolver.solve(problem);

        Set<CellKey> reported = new HashSet<>();
        for (SplitResult.Ambiguity ambiguity : result.ambiguities()) {
            reported.addAll(ambiguity.cells());
            if (!ambiguity.more()) {
                assertThat(ambiguity.splits()).contains(table.runs().get(ambiguity.run()));
            }
        }
        for (SplitResult.Failure failure : result.failures()) {
            assertThat(failure.reason()).isEqualTo(SplitResult.Reason.TOO_LONG);
            reported.addAll(failure.cells());
        }
        table.truth().forEach((cell, value) -> {
            BigDecimal found = result.values().get(cell);
            if (found == null) {
                assertThat(reported).as("absent and not reported").contains(cell);
            } else {
                assertThat(found).as(cell.key()).isEqualByComparingTo(BigDecimal.valueOf(value));
            }
        });
        assertThat(result.status()).isNotEqualTo(SplitResult.Status.INCONSISTENT);
        if (table.separated()) {
            assertThat(result.values()).hasSameSizeAs(table.truth());
            assertThat(result.recovered()).isEmpty();
        }
        Statistics.label("status").collect(result.status());
    }

    /** A count as reports have them: mostly zero, often one digit, sometimes large. */
    private static Arbitrary<Long> counts() {
        return Arbitraries.frequencyOf(
                Tuple.of(60, Arbitraries.just(0L)),
                Tuple.of(25, Arbitraries.longs().between(1, 9)),
                Tuple.of(10, Arbitraries.longs().between(10, 99)),
                Tuple.of(4, Arbitraries.longs().between(100, 9_999)),
                Tuple.of(1, Arbitraries.longs().between(10_000, 20_000_000)));
    }

    /** The share of cell boundaries, in percent, that keep a separator: usually none. */
    private static Arbitrary<Integer> separatorPercents() {
        return Arbitraries.of(0, 0, 0, 10, 50, 100);
    }

    @Provide
    Arbitrary<PrintedTable> requestTables() {
        return Combinators.combine(
                Arbitraries.of(Template.T2021, Template.T2019),
                counts().list().ofSize(21 * 6),
                counts().list().ofSize(6),
                counts().list().ofSize(6),
                separatorPercents(),
                Arbitraries.integers().between(0, 99).list().ofSize(25 * 6))
                .as(SplitSolverPropertiesTest::printRequests);
    }

    @Provide
    Arbitrary<PrintedTable> appealTables() {
        return Combinators.combine(
                counts().list().ofSize(12),
                separatorPercents(),
                Arbitraries.integers().between(0, 99).list().ofSize(14))
                .as(SplitSolverPropertiesTest::printAppeals);
    }

    private static PrintedTable printRequests(Template template, List<Long> outcomes, List<Long> forward,
            List<Long> over, int percent, List<Integer> draws) {
        List<RequestRow> rows = RequestRow.printedOrder(template);
        Map<RequestRow, long[]> numbers = new LinkedHashMap<>();
        long[] results = new long[7];
        int outcome = 0;
        for (RequestRow row : rows) {
            if (row.isOutcome()) {
                long[] cells = new long[7];
                for (int c = 0; c < 6; c++) {
                    cells[c] = outcomes.get(outcome * 6 + c);
                    results[c] += cells[c];
                }
                outcome++;
                numbers.put(row, withTotal(cells));
            }
        }
        long[] carriedForward = new long[7];
        long[] carriedOver = new long[7];
        long[] received = new long[7];
        for (int c = 0; c < 6; c++) {
            carriedForward[c] = forward.get(c);
            carriedOver[c] = Math.min(over.get(c), results[c] + carriedForward[c]);
            received[c] = results[c] + carriedForward[c] - carriedOver[c];
        }
        numbers.put(RequestRow.RESULTS_TOTAL, withTotal(results));
        numbers.put(RequestRow.CARRIED_FORWARD, withTotal(carriedForward));
        numbers.put(RequestRow.CARRIED_OVER, withTotal(carriedOver));
        numbers.put(RequestRow.NEW, withTotal(received));

        Map<CellKey, Long> truth = new LinkedHashMap<>();
        Map<RequestRow, String> texts = new LinkedHashMap<>();
        List<String> runs = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            RequestRow row = rows.get(r);
            long[] cells = numbers.get(row);
            for (Applicant column : Applicant.values()) {
                truth.put(CellKey.of(row, column), cells[column.ordinal()]);
            }
            texts.put(row, print(cells, percent, draws.subList(r * 6, r * 6 + 6)));
            runs.add(render(cells));
        }
        return new PrintedTable(template, truth, texts, runs, percent == 100);
    }

    private static PrintedTable printAppeals(List<Long> parts, int percent, List<Integer> draws) {
        long[] cells = new long[15];
        Map<CellKey, Long> truth = new LinkedHashMap<>();
        for (AppealRow row : AppealRow.values()) {
            int base = row.ordinal() * 5;
            for (int k = 0; k < 4; k++) {
                cells[base + k] = parts.get(row.ordinal() * 4 + k);
                cells[base + 4] += cells[base + k];
            }
            for (AppealOutcome outcome : AppealOutcome.values()) {
                truth.put(CellKey.of(row, outcome), cells[base + outcome.ordinal()]);
            }
        }
        Map<RequestRow, String> texts = new LinkedHashMap<>();
        texts.put(null, print(cells, percent, draws));
        return new PrintedTable(Template.T2021, truth, texts, List.of(render(cells)), percent == 100);
    }

    private static long[] withTotal(long[] cells) {
        long[] row = cells.clone();
        row[6] = 0;
        for (int c = 0; c < 6; c++) {
            row[6] += row[c];
        }
        return row;
    }

    /** The cells concatenated, a space kept at each boundary whose draw is under the percentage. */
    private static String print(long[] cells, int percent, List<Integer> draws) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0 && draws.get(i - 1) < percent) {
                text.append(' ');
            }
            text.append(cells[i]);
        }
        return text.toString();
    }

    private static String render(long[] cells) {
        List<String> texts = new ArrayList<>();
        for (long cell : cells) {
            texts.add(Long.toString(cell));
        }
        return String.join("|", texts);
    }
}
