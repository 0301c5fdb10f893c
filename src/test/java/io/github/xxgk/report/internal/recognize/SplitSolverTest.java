package io.github.xxgk.report.internal.recognize;

import static io.github.xxgk.report.internal.recognize.SplitCorpusTest.cells;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.xxgk.report.model.Applicant;
import io.github.xxgk.report.model.CellKey;
import io.github.xxgk.report.model.DiagnosticCode;
import io.github.xxgk.report.model.ProactiveColumn;
import io.github.xxgk.report.model.ProactiveRow;
import io.github.xxgk.report.model.RequestRow;
import io.github.xxgk.report.model.Template;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The splitting rules one at a time, on small hand-made rows. */
class SplitSolverTest {

    private static final List<CellKey> NEW = SplitProblem.requestCells(RequestRow.NEW);
    private static final List<CellKey> GRANTED = SplitProblem.requestCells(RequestRow.GRANTED);
    private static final List<CellKey> RESULTS_TOTAL = SplitProblem.requestCells(RequestRow.RESULTS_TOTAL);

    private static SplitResult solveRequests(Map<RequestRow, String> texts) {
        return SplitSolver.solve(SplitProblem.requests(Template.T2021, texts));
    }

    /** A whole 2021 table 三: the given rows, every other row {@code 0000000}. */
    private static SplitResult solveTable(Map<RequestRow, String> texts) {
        Map<RequestRow, String> table = new LinkedHashMap<>();
        for (RequestRow row : RequestRow.printedOrder(Template.T2021)) {
            table.put(row, texts.getOrDefault(row, "0000000"));
        }
        return solveRequests(table);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
        // the example of the issue: 80 | 1 | 0 | 0 | 0 | 0 | 81 scraped as one string
        "801000081; 80|1|0|0|0|0|81",
        // "00" is two zeros: no number has a leading zero
        "1000001; 1|0|0|0|0|0|1",
        "1200003; 1|2|0|0|0|0|3",
        // surviving separators: each piece is split on its own
        "230 000023; 23|0|0|0|0|0|23",
        "10 0 0 0 0 0 10; 10|0|0|0|0|0|10",
        // full-width digits and other separators
        "１２０００００１２; 12|0|0|0|0|0|12",
        "3|0|0|0|0|0|3; 3|0|0|0|0|0|3",
        // thousands separators
        "1,234000001,234; 1234|0|0|0|0|0|1234"})
    void rowIsSplitByItsTotal(String text, String expected) {
        SplitResult result = solveRequests(Map.of(RequestRow.NEW, text));

        assertThat(result.status()).isEqualTo(SplitResult.Status.SOLVED);
        assertThat(result.values()).containsExactlyInAnyOrderEntriesOf(cells(NEW, expected));
    }

    @Test
    void cellsTheSourceSeparatedAreNotRecovered() {
        SplitResult result = solveRequests(Map.of(RequestRow.NEW, "5 0 0 0 0 0 5", RequestRow.GRANTED, "5000005"));

        assertThat(result.values()).containsAllEntriesOf(cells(NEW, "5|0|0|0|0|0|5"));
        assertThat(result.recovered()).containsExactlyInAnyOrderElementsOf(GRANTED);
    }

    @Test
    void cellsOnWhichAllSolutionsAgreeAreDeterminedTheOthersListed() {
        // 11|2|0|0|0|0|13 or 1|12|0|0|0|0|13, the same choice in every row: the columns cannot tell which
        Map<RequestRow, String> texts = new LinkedHashMap<>();
        texts.put(RequestRow.NEW, "112000013");
        texts.put(RequestRow.CARRIED_OVER, "0000000");
        texts.put(RequestRow.GRANTED, "112000013");
        texts.put(RequestRow.RESULTS_TOTAL, "112000013");
        texts.put(RequestRow.CARRIED_FORWARD, "0000000");

        SplitResult result = solveTable(texts);

        assertThat(result.status()).isEqualTo(SplitResult.Status.AMBIGUOUS);
        for (List<CellKey> row : List.of(NEW, GRANTED, RESULTS_TOTAL)) {
            assertThat(result.values()).doesNotContainKeys(row.get(0), row.get(1))
                    .containsAllEntriesOf(Map.of(row.get(2), BigDecimal.ZERO, row.get(6), new BigDecimal("13")));
        }
        assertThat(result.ambiguities()).hasSize(3).allSatisfy(ambiguity -> {
            assertThat(ambiguity.splits()).containsExactly("1|12|0|0|0|0|13", "11|2|0|0|0|0|13");
            assertThat(ambiguity.more()).isFalse();
        });
        assertThat(result.ambiguities().get(0).cells()).containsExactly(NEW.get(0), NEW.get(1));
    }

    @Test
    void oneSeparatedRowDecidesTheOthersThroughTheColumnRules() {
        Map<RequestRow, String> texts = new LinkedHashMap<>();
        texts.put(RequestRow.NEW, "112000013");
        texts.put(RequestRow.CARRIED_OVER, "0000000");
        texts.put(RequestRow.GRANTED, "11 2 0 0 0 0 13");
        texts.put(RequestRow.RESULTS_TOTAL, "112000013");
        texts.put(RequestRow.CARRIED_FORWARD, "0000000");

        SplitResult result = solveTable(texts);

        assertThat(result.status()).isEqualTo(SplitResult.Status.SOLVED);
        assertThat(result.values()).containsAllEntriesOf(cells(NEW, "11|2|0|0|0|0|13"))
                .containsAllEntriesOf(cells(RESULTS_TOTAL, "11|2|0|0|0|0|13"));
        assertThat(result.recovered()).containsAll(NEW).doesNotContainAnyElementsOf(GRANTED);
    }

    @Test
    void contradictoryColumnsKeepOnlyWhatEachRowDecidesAlone() {
        // new says 13, the results say 1: no split balances; each row keeps what its own total decides
        Map<RequestRow, String> texts = new LinkedHashMap<>();
        texts.put(RequestRow.NEW, "112000013");
        texts.put(RequestRow.CARRIED_OVER, "0000000");
        texts.put(RequestRow.GRANTED, "1000001");
        texts.put(RequestRow.RESULTS_TOTAL, "1000001");
        texts.put(RequestRow.CARRIED_FORWARD, "0000000");

        SplitResult result = solveTable(texts);

        assertThat(result.status()).isEqualTo(SplitResult.Status.INCONSISTENT);
        assertThat(result.values()).containsAllEntriesOf(cells(RESULTS_TOTAL, "1|0|0|0|0|0|1"))
                .containsEntry(NEW.get(6), new BigDecimal("13"))
                .doesNotContainKeys(NEW.get(0), NEW.get(1));
        assertThat(result.ambiguities()).singleElement().extracting(SplitResult.Ambiguity::cells)
                .isEqualTo(List.of(NEW.get(0), NEW.get(1)));
    }

    @Test
    void rowWhoseTotalIsMisprintedKeepsItsDigitsWhereTheyAreUnambiguous() {
        SplitResult result = solveRequests(Map.of(RequestRow.NEW, "5000006", RequestRow.GRANTED, "120000013"));

        assertThat(result.status()).isEqualTo(SplitResult.Status.INCONSISTENT);
        // 120000013 reads 12|0|0|0|0|0|13, 1|20|0|0|0|0|13 or 120|0|0|0|0|1|3, and none adds up
        List<CellKey> open = List.of(GRANTED.get(0), GRANTED.get(1), GRANTED.get(5), GRANTED.get(6));
        assertThat(result.values()).containsAllEntriesOf(cells(NEW, "5|0|0|0|0|0|6"))
                .containsAllEntriesOf(Map.of(GRANTED.get(2), BigDecimal.ZERO, GRANTED.get(3), BigDecimal.ZERO,
                        GRANTED.get(4), BigDecimal.ZERO))
                .doesNotContainKeys(open.toArray(CellKey[]::new));
        assertThat(result.failures()).extracting(SplitResult.Failure::reason, SplitResult.Failure::cells)
                .containsExactly(tuple(SplitResult.Reason.RULES_VIOLATED, List.of()),
                        tuple(SplitResult.Reason.RULES_VIOLATED, open));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"12", "", "abc", "1000001 元", "100000１1x"})
    void textThatCannotBeCutIntoTheRowIsAFailure(String text) {
        SplitResult result = solveRequests(Map.of(RequestRow.NEW, text));

        assertThat(result.values()).isEmpty();
        assertThat(result.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.reason()).isEqualTo(SplitResult.Reason.NO_SPLIT);
            assertThat(failure.cells()).isEqualTo(NEW);
        });
    }

    @Test
    void placeholdersAreAbsentCellsAndSilenceTheirRules() {
        SplitResult result = solveRequests(Map.of(
                RequestRow.NEW, "3—————3",
                RequestRow.GRANTED, "— — — — — — —",
                RequestRow.RESULTS_TOTAL, "/ / / / / / 无"));

        assertThat(result.status()).isEqualTo(SplitResult.Status.SOLVED);
        assertThat(result.values()).containsOnlyKeys(NEW.get(0), NEW.get(6))
                .containsEntry(NEW.get(6), new BigDecimal("3"));
        assertThat(result.ambiguities()).isEmpty();
        assertThat(result.failures()).isEmpty();
    }

    @Test
    void stretchOfDashesStandsForAsManyCellsAsTheCountNeeds() {
        SplitResult result = solveRequests(Map.of(RequestRow.NEW, "—— 1 —— 1 1"));

        assertThat(result.values()).containsOnlyKeys(NEW.get(2), NEW.get(5), NEW.get(6));
    }

    @Test
    void signedChangeKeepsItsSignAndDecidesTheCellBeforeIt() {
        // 行政许可 of a 2019 table: 上一年项目数量 | 本年增/减 | 处理决定数量
        SplitResult result = SplitSolver.solve(SplitProblem.proactive(Template.T2019,
                Map.of(ProactiveRow.LICENSING, "396-1181", ProactiveRow.PENALTY, "12 +2 10")));

        CellKey prevYear = CellKey.of(ProactiveRow.LICENSING, ProactiveColumn.ITEMS_PREV_YEAR);
        assertThat(result.values()).containsEntry(prevYear, new BigDecimal("396")).containsAllEntriesOf(Map.of(
                CellKey.of(ProactiveRow.PENALTY, ProactiveColumn.ITEMS_PREV_YEAR), new BigDecimal("12"),
                CellKey.of(ProactiveRow.PENALTY, ProactiveColumn.ITEMS_CHANGE), new BigDecimal("2"),
                CellKey.of(ProactiveRow.PENALTY, ProactiveColumn.DECISIONS), new BigDecimal("10")));
        assertThat(result.ambiguities()).singleElement().extracting(SplitResult.Ambiguity::splits)
                .isEqualTo(List.of("396|-1|181", "396|-11|81", "396|-118|1"));
    }

    @Test
    void amountTakesDecimalsAndAUnit() {
        SplitResult result = SplitSolver.solve(SplitProblem.proactive(Template.T2021, Map.of(
                ProactiveRow.FEES, "24252.311082",
                ProactiveRow.LICENSING, "2293 ")));

        assertThat(result.status()).isEqualTo(SplitResult.Status.SOLVED);
        assertThat(result.values()).containsExactlyInAnyOrderEntriesOf(Map.of(
                CellKey.of(ProactiveRow.FEES, ProactiveColumn.AMOUNT), new BigDecimal("24252.311082"),
                CellKey.of(ProactiveRow.LICENSING, ProactiveColumn.DECISIONS), new BigDecimal("2293")));
        assertThat(result.recovered()).isEmpty();
    }

    @Test
    void pieceLongerThanTheCapIsRefused() {
        SplitResult result = solveRequests(Map.of(RequestRow.NEW, "1".repeat(SplitText.MAX_PIECE_CHARS + 1)));

        assertThat(result.values()).isEmpty();
        assertThat(result.failures()).singleElement().extracting(SplitResult.Failure::reason)
                .isEqualTo(SplitResult.Reason.TOO_LONG);
    }

    @Test
    void problemRejectsMisuse() {
        assertThatThrownBy(() -> SplitProblem.requests(Template.T2021, Map.of(RequestRow.OTHER_HANDLING, "0")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("other_handling");
        assertThatThrownBy(() -> SplitProblem.proactive(Template.PRE2019, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SplitProblem(List.of(new SplitRun("1", List.of(NEW.get(0))),
                new SplitRun("2", List.of(NEW.get(0)))), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two runs");
        assertThatThrownBy(() -> new SplitConstraint(DiagnosticCode.REQUESTS_ROW_TOTAL,
                List.of(CellKey.of(ProactiveRow.FEES, ProactiveColumn.AMOUNT)), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("counts");
        assertThat(CellKey.of(RequestRow.NEW, Applicant.TOTAL)).isEqualTo(NEW.get(6));
    }
}
