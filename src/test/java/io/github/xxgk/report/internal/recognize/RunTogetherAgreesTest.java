package io.github.xxgk.report.internal.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.report.TestData;
import io.github.xxgk.report.XxgkReport;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.CellKey;
import io.github.xxgk.report.model.DiagnosticCode;
import io.github.xxgk.report.model.TableKind;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 平潭综合实验区 published each report as a web page, and a crawler kept a copy that lost every cell boundary. The
 * cells recovered from the flattened copy agree with the page, and tables 三 and 四 are recovered whole.
 */
class RunTogetherAgreesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"pingtan-2019-runtogether.txt, pingtan-2019.html", "pingtan-2021-runtogether.txt, pingtan-2021.html",
        "pingtan-2024-runtogether.txt, pingtan-2024.html"})
    void flattenedCopyAgreesWithThePage(String flattened, String page) throws Exception {
        AnnualReport recovered = XxgkReport.parse(TestData.REPORTS.resolve(flattened));
        AnnualReport published = XxgkReport.parse(TestData.REPORTS.resolve(page));

        Map<CellKey, BigDecimal> values = recovered.values();
        values.forEach((cell, value) -> assertThat(published.value(cell)).as(cell.key())
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(value)));
        for (TableKind table : new TableKind[] {TableKind.REQUESTS, TableKind.APPEALS}) {
            assertThat(values.keySet()).as("table %s recovered whole", table.key())
                    .containsAll(published.values().keySet().stream().filter(k -> k.table() == table).toList());
        }
        assertThat(recovered.metadata().template()).isEqualTo(published.metadata().template());
        assertThat(recovered.diagnostics()).filteredOn(d -> d.code() == DiagnosticCode.CELL_RECOVERED_SPLIT)
                .isNotEmpty()
                .allSatisfy(d -> assertThat(values).containsKey(CellKey.parse(d.location().table().orElseThrow() + "."
                        + d.location().row().orElseThrow() + "." + d.location().column().orElseThrow())));
    }
}
