package io.github.xxgk.report.internal.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.report.model.AppealOutcome;
import io.github.xxgk.report.model.AppealRow;
import io.github.xxgk.report.model.CellKey;
import io.github.xxgk.report.model.ProactiveColumn;
import io.github.xxgk.report.model.ProactiveRow;
import io.github.xxgk.report.model.RequestRow;
import io.github.xxgk.report.model.Template;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The solver on tables of real reports whose cells were run together by a crawler. Each raw text is the text between
 * two row labels of {@code /work/shared/corpus/NAME} (the whole body is on line 10 of each file); the expected
 * numbers are the report's own, read from the HTML copy of the same page ({@code pingtan-YEAR.html}) or, for 2022,
 * from {@code gold/pingtan-2022-runtogether.json} and the report's narrative (no HTML copy).
 */
class SplitCorpusTest {

    /** The rows of table 三 in the template's printed order, each with its raw text and its cells as printed. */
    private record RequestCase(String file, Template template, String[][] rows) {

        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Arguments> requestTables() {
        return Stream.of(
                // pingtan-2019-runtogether.txt line 10, 三、收到和处理政府信息公开申请情况 (2019 template, 23 rows)
                Arguments.of(new RequestCase("pingtan-2019-runtogether.txt", Template.T2019, new String[][] {
                    {"230 000023", "23|0|0|0|0|0|23"},
                    {"0000000", "0|0|0|0|0|0|0"},
                    {"7000007", "7|0|0|0|0|0|7"},
                    {"1000001", "1|0|0|0|0|0|1"},
                    {"0000000", "0|0|0|0|0|0|0"},
                    {"0000000", "0|0|0|0|0|0|0"},
                    {"0000000", "0|0|0|0|0|0|0"},
                    {"0000000", "0|0|0|0|0|0|0"},
                    {"0000000", "0|0|0|0|0|0|0"},
                    {"0000000", "0|0|0|0|0|0|0"},
                    {"0000000", "0|0|0|0|0|0|0"},
                    {"0000000", "0|0|0|0|0|0|0"},
                    {"7000007", "7|0|0|0|0|0|7"},
                    {"0000000", "0|0|0|0|0|0|0"},
                    {"5000005", "5|0|0|0|0|0|5"},
                    {"0000000", "0|0|0|0|0|0|0"},
                    {"3000003", "3|0|0|0|0|0|3"},
                    {"0000000", "0|0|0|0|0|0|0"},
                    {"0000000", "0|0|0|0|0|0|0"},
                    {"0000000", "0|0|0|0|0|0|0"},
                    {"0 0 0 0 0 00", "0|0|0|0|0|0|0"},
                    {"23 0 00 0 023", "23|0|0|0|0|0|23"},
                    {" 0 0 00 00 0 ", "0|0|0|0|0|0|0"}})),
                // pingtan-2021-runtogether.txt line 10 (2021 template, 25 rows); numbers from pingtan-2021.html
                Arguments.of(new RequestCase("pingtan-2021-runtogether.txt", Template.T2021, new String[][] {
                    {"640020470", "64|0|0|2|0|4|70"},
                    {"0000000", "0|0|0|0|0|0|0"},
                    {"270020130", "27|0|0|2|0|1|30"},
                    {"500000 5", "5|0|0|0|0|0|5"},
                    {"0000000", "0|0|0|0|0|0|0"},
                    {"0000000", "0|0|0|0|0|0|0"},
                    {"0000000", "0|0|0|0|0|0|0"},
                    {"0000000", "0|0|0|0|0|0|0"},
                    {"1000001", "1|0|0|0|0|0|1"},
                    {"0000000", "0|0|0|0|0|0|0"},
                    {"6000006", "6|0|0|0|0|0|6"},
                    {"1000001", "1|0|0|0|0|0|1"},
                    {"220000325", "22|0|0|0|0|3|25"},
                    {"0000000", "0|0|0|0|0|0|0"},
                    {"0000000", "0|0|0|0|0|0|0"},
                    {"0000000", "0|0|0|0|0|0|0"},
                    {"0000000", "0|0|0|0|0|0|0"},
                    {"0000000", "0|0|0|0|0|0|0"},
                    {"0000000", "0|0|0|0|0|0|0"},
                    {"0000000", "0|0|0|0|0|0|0"},
                    {"0000000", "0|0|0|0|0|0|0"},
                    {"0000000", "0|0|0|0|0|0|0"},
                    {"1000001", "1|0|0|0|0|0|1"},
                    {"630020469", "63|0|0|2|0|4|69"},
                    {"1000001 ", "1|0|0|0|0|0|1"}})),
                // pingtan-2022-runtogether.txt line 10 (2021 template); gold/pingtan-2022-runtogether.json
                Arguments.of(new RequestCase("pingtan-2022-runtogether.txt", Template.T2021, new String[][] {
                    {" 713000074", "71|3|0|0|0|0|74"},
                    {" 1000001", "1|0|0|0|0|0|1"},
                    {" 210000021", "21|0|0|0|0|0|21"},
                    {" 8100009", "8|1|0|0|0|0|9"},
                    {"0000000", "0|0|0|0|0|0|0"},
                    {" 0000000", "0|0|0|0|0|0|0"},
                    {" 0000000", "0|0|0|0|0|0|0"},
                    {" 0000000", "0|0|0|0|0|0|0"},
                    {" 1000001", "1|0|0|0|0|0|1"},
                    {" 2000002", "2|0|0|0|0|0|2"},
                    {" 1000001", "1|0|0|0|0|0|1"},
                    {" 0000000", "0|0|0|0|0|0|0"},
                    {" 370000037", "37|0|0|0|0|0|37"},
                    {" 0000000", "0|0|0|0|0|0|0"},
                    {" 0000000", "0|0|0|0|0|0|0"},
                    {" 0000000", "0|0|0|0|0|0|0"},
                    {" 0000000", "0|0|0|0|0|0|0"},
                    {" 0000000", "0|0|0|0|0|0|0"},
                    {" 0000000", "0|0|0|0|0|0|0"},
                    {" 0000000", "0|0|0|0|0|0|0"},
                    {" 2000002", "2|0|0|0|0|0|2"},
                    {" 0000000", "0|0|0|0|0|0|0"},
                    {" 0200002", "0|2|0|0|0|0|2"},
                    {" 723000075", "72|3|0|0|0|0|75"},
                    {" 0000000 ", "0|0|0|0|0|0|0"}})),
                // pingtan-2024-runtogether.txt line 10 (2021 template); numbers from pingtan-2024.html. The text
                // after 二、上年结转… is "0000000三、本年度办 理结果 ": the group label with a stray space ends the run.
                Arguments.of(new RequestCase("pingtan-2024-runtogether.txt", Template.T2021, new String[][] {
                    {"21710000218", "217|1|0|0|0|0|218"},
                    {"0000000", "0|0|0|0|0|0|0"},
                    {"710000071", "71|0|0|0|0|0|71"},
                    {"290000029", "29|0|0|0|0|0|29"},
                    {"4000004", "4|0|0|0|0|0|4"},
                    {"0000000", "0|0|0|0|0|0|0"},
                    {"0000000", "0|0|0|0|0|0|0"},
                    {"3000003", "3|0|0|0|0|0|3"},
                    {"320000032", "32|0|0|0|0|0|32"},
                    {"0000000", "0|0|0|0|0|0|0"},
                    {"0000000", "0|0|0|0|0|0|0"},
                    {"0000000", "0|0|0|0|0|0|0"},
                    {"750000075", "75|0|0|0|0|0|75"},
                    {"0000000", "0|0|0|0|0|0|0"},
                    {"0000000", "0|0|0|0|0|0|0"},
                    {"0000000", "0|0|0|0|0|0|0"},
                    {"1000001", "1|0|0|0|0|0|1"},
                    {"0000000", "0|0|0|0|0|0|0"},
                    {"0000000", "0|0|0|0|0|0|0"},
                    {"0000000", "0|0|0|0|0|0|0"},
                    {" 1000001", "1|0|0|0|0|0|1"},
                    {" 0000000", "0|0|0|0|0|0|0"},
                    {"1100002", "1|1|0|0|0|0|2"},
                    {"21710000218", "217|1|0|0|0|0|218"},
                    {"0000000", "0|0|0|0|0|0|0"}})));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requestTables")
    void requestTableIsRecoveredCellByCell(RequestCase table) {
        List<RequestRow> rows = RequestRow.printedOrder(table.template());
        assertThat(table.rows().length).isEqualTo(rows.size());
        Map<RequestRow, String> texts = new LinkedHashMap<>();
        Map<CellKey, BigDecimal> expected = new LinkedHashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            texts.put(rows.get(r), table.rows()[r][0]);
            expected.putAll(cells(SplitProblem.requestCells(rows.get(r)), table.rows()[r][1]));
        }

        SplitResult result = SplitSolver.solve(SplitProblem.requests(table.template(), texts));

        assertThat(result.status()).isEqualTo(SplitResult.Status.SOLVED);
        assertThat(result.ambiguities()).isEmpty();
        assertThat(result.failures()).isEmpty();
        assertThat(result.values()).containsExactlyInAnyOrderEntriesOf(expected);
    }

    @Test
    void recoveredMarksEveryCellTheSourceDidNotSeparate() {
        // pingtan-2019-runtogether.txt line 10: （六）其他处理 "0 0 0 0 0 00", （七）总计 "23 0 00 0 023"
        Map<RequestRow, String> texts = Map.of(
                RequestRow.OTHER_HANDLING, "0 0 0 0 0 00",
                RequestRow.RESULTS_TOTAL, "23 0 00 0 023");

        SplitResult result = SplitSolver.solve(SplitProblem.requests(Template.T2019, texts));

        List<CellKey> handling = SplitProblem.requestCells(RequestRow.OTHER_HANDLING);
        List<CellKey> total = SplitProblem.requestCells(RequestRow.RESULTS_TOTAL);
        assertThat(result.status()).isEqualTo(SplitResult.Status.SOLVED);
        assertThat(result.values()).containsAllEntriesOf(cells(total, "23|0|0|0|0|0|23"));
        assertThat(result.recovered()).containsExactlyInAnyOrder(handling.get(5), handling.get(6),
                total.get(2), total.get(3), total.get(5), total.get(6));
    }

    static Stream<Arguments> appealTables() {
        return Stream.of(
                // pingtan-2019-runtogether.txt line 10, after the table-4 header
                Arguments.of("pingtan-2019", "000000000000000 ", "0|0|0|0|0|0|0|0|0|0|0|0|0|0|0", true),
                // pingtan-2021-runtogether.txt line 10: decodable only through each row's total (pingtan-2021.html)
                Arguments.of("pingtan-2021", "10203120001200000", "1|0|2|0|3|12|0|0|0|12|0|0|0|0|0", true),
                // pingtan-2022-runtogether.txt line 10: this table kept its separators
                Arguments.of("pingtan-2022", " 0 1 1 0 2 1 0 0 0 1 0 0 0 0 0 ", "0|1|1|0|2|1|0|0|0|1|0|0|0|0|0",
                        false),
                // pingtan-2024-runtogether.txt line 10; pingtan-2024.html prints 复议后起诉 19 > 行政复议 7
                Arguments.of("pingtan-2024", "21317000001324019", "2|1|3|1|7|0|0|0|0|0|13|2|4|0|19", true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("appealTables")
    void appealTableIsRecoveredByEachRowsTotal(String report, String text, String expected, boolean runTogether) {
        SplitResult result = SplitSolver.solve(SplitProblem.appeals(text));

        List<CellKey> cells = new ArrayList<>();
        for (AppealRow row : AppealRow.values()) {
            for (AppealOutcome outcome : AppealOutcome.values()) {
                cells.add(CellKey.of(row, outcome));
            }
        }
        assertThat(result.status()).isEqualTo(SplitResult.Status.SOLVED);
        assertThat(result.values()).containsExactlyInAnyOrderEntriesOf(cells(cells, expected));
        assertThat(result.recovered()).hasSize(runTogether ? 15 : 0);
    }

    @Test
    void proactiveTable2021KeepsOnlyWhatTheCellCountDecides() {
        // pingtan-2022-runtogether.txt line 10, 二、主动公开政府信息情况
        Map<ProactiveRow, String> texts = new LinkedHashMap<>();
        texts.put(ProactiveRow.REGULATIONS, "000");
        texts.put(ProactiveRow.NORMATIVE_DOCUMENTS, "8855698");
        texts.put(ProactiveRow.LICENSING, "10690");
        texts.put(ProactiveRow.PENALTY, "2113");
        texts.put(ProactiveRow.COERCION, "0");
        texts.put(ProactiveRow.FEES, "9116.36 ");

        SplitResult result = SplitSolver.solve(SplitProblem.proactive(Template.T2021, texts));

        assertThat(result.status()).isEqualTo(SplitResult.Status.AMBIGUOUS);
        assertThat(result.values()).containsExactlyInAnyOrderEntriesOf(Map.of(
                CellKey.of(ProactiveRow.REGULATIONS, ProactiveColumn.ISSUED), BigDecimal.ZERO,
                CellKey.of(ProactiveRow.REGULATIONS, ProactiveColumn.REPEALED), BigDecimal.ZERO,
                CellKey.of(ProactiveRow.REGULATIONS, ProactiveColumn.IN_FORCE), BigDecimal.ZERO,
                CellKey.of(ProactiveRow.LICENSING, ProactiveColumn.DECISIONS), new BigDecimal("10690"),
                CellKey.of(ProactiveRow.PENALTY, ProactiveColumn.DECISIONS), new BigDecimal("2113"),
                CellKey.of(ProactiveRow.COERCION, ProactiveColumn.DECISIONS), BigDecimal.ZERO,
                CellKey.of(ProactiveRow.FEES, ProactiveColumn.AMOUNT), new BigDecimal("9116.36")));
        assertThat(result.recovered()).containsExactlyInAnyOrder(
                CellKey.of(ProactiveRow.REGULATIONS, ProactiveColumn.ISSUED),
                CellKey.of(ProactiveRow.REGULATIONS, ProactiveColumn.REPEALED),
                CellKey.of(ProactiveRow.REGULATIONS, ProactiveColumn.IN_FORCE));
        // The narrative says 88 issued and 698 in force; the table alone cannot tell 88|55|698 from 14 other cuts.
        assertThat(result.ambiguities()).singleElement().satisfies(ambiguity -> {
            assertThat(ambiguity.run()).isEqualTo(1);
            assertThat(ambiguity.cells()).containsExactlyElementsOf(
                    SplitProblem.proactiveCells(Template.T2021, ProactiveRow.NORMATIVE_DOCUMENTS));
            assertThat(ambiguity.splits()).hasSize(10).contains("88|55|698", "8|8|55698");
            assertThat(ambiguity.more()).isTrue();
        });
    }

    @Test
    void proactiveTable2019ReadsSignedChangesAndAmountsWithUnits() {
        // pingtan-2019-runtogether.txt line 10, 二、主动公开政府信息情况; pingtan-2019.html has 35|0 and 135 | 75394432.52元
        Map<ProactiveRow, String> texts = new LinkedHashMap<>();
        texts.put(ProactiveRow.REGULATIONS, "000");
        texts.put(ProactiveRow.FEES, "350");
        texts.put(ProactiveRow.PROCUREMENT, "13575394432.52元");

        SplitResult result = SplitSolver.solve(SplitProblem.proactive(Template.T2019, texts));

        assertThat(result.status()).isEqualTo(SplitResult.Status.AMBIGUOUS);
        assertThat(result.values()).containsOnlyKeys(
                SplitProblem.proactiveCells(Template.T2019, ProactiveRow.REGULATIONS));
        assertThat(result.ambiguities()).extracting(SplitResult.Ambiguity::splits).containsExactly(
                List.of("3|50", "35|0"),
                List.of("1|3575394432.52元", "13|575394432.52元", "135|75394432.52元", "1357|5394432.52元",
                        "13575|394432.52元", "135753|94432.52元", "1357539|4432.52元", "13575394|432.52元",
                        "135753944|32.52元", "1357539443|2.52元"));
    }

    /** The cells with the numbers of a split written like {@code 71|3|0|0|0|0|74}. */
    static Map<CellKey, BigDecimal> cells(List<CellKey> keys, String split) {
        String[] numbers = split.split("\\|");
        assertThat(numbers).hasSameSizeAs(keys);
        Map<CellKey, BigDecimal> cells = new LinkedHashMap<>();
        for (int i = 0; i < numbers.length; i++) {
            cells.put(keys.get(i), new BigDecimal(numbers[i]));
        }
        return cells;
    }
}
