package io.github.xxgk.report.cli.summary;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.report.export.DiagnosticsCsv;
import io.github.xxgk.report.export.WideCsv;
import io.github.xxgk.report.model.CellKey;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The page of 50,000 reports stays the size of the page of a few: the lists are bounded, the rest are counts. (The
 * time to build it from CSVs is measured by bench/summary-50k.sh.)
 */
class LargeBatchSummaryTest {

    private static final int REPORTS = 50_000;
    private static final int MAX_PAGE_BYTES = 1_600_000;

    @Test
    void thePageOfFiftyThousandReportsIsBoundedInSize() {
        List<String> header = WideCsv.columns();
        BatchSummary summary = BatchSummary.forHeader(header);
        summary.diagnosticsHeader(DiagnosticsCsv.COLUMNS);
        int newRequests = header.indexOf(CellKey.parse("requests.new.total").key());
        for (int i = 0; i < REPORTS; i++) {
            String[] row = new String[header.size()];
            for (int c = 0; c < row.length; c++) {
                row[c] = c >= WideCsv.LEADING_COLUMNS.size() && (i + c) % 7 != 0 ? Integer.toString((i * c) % 50) : "";
            }
            String file = "reports/" + (i % 31) + "/某市某局-" + i + ".html";
            row[0] = file;
            row[1] = i % 50 == 0 ? "failed" : "parsed";
            row[2] = i % 3 == 0 ? "2019" : "2021";
            row[3] = "某市某局" + (i % 997);
            row[4] = Integer.toString(2019 + i % 7);
            row[5] = Integer.toString(i % 10 == 0 ? 1 : 0);
            row[6] = Integer.toString(i % 4);
            row[7] = i % 50 == 0 ? "corrupt: the document cannot be parsed" : "";
            row[newRequests] = Integer.toString(i % 3000);
            summary.addReport(row);
            if (i % 10 == 0) {
                summary.addDiagnostic(new String[] {file, "error", "requests.row_total", "requests", "new", "", "",
                    "requests.row_total[new]: natural_person " + i % 9 + " + commercial 0 = " + i % 9
                            + ", but total = " + i % 100});
            }
            summary.addDiagnostic(new String[] {file, "warning", "row.missing", "requests", "granted", "", "",
                "row.missing: the row was not found"});
            summary.addDiagnostic(new String[] {file, "info", "requests.balance", "requests", "", "total", "",
                "requests.balance[total]: could not be checked, absent: carried_forward"});
        }

        String page = summary.page();

        assertThat(page.getBytes(StandardCharsets.UTF_8).length).isLessThan(MAX_PAGE_BYTES);
        Document document = Jsoup.parse(page);
        assertThat(document.select("[data-key=files] .n").text()).isEqualTo("50,000");
        assertThat(document.select("[id=violations-requests.row_total] tbody tr")).hasSize(ConsistencySection.LISTED);
        assertThat(document.select("#consistency .note").eachText()).anyMatch(text -> text.contains("of 5000"));
        assertThat(document.select("#largest-violations tbody tr")).hasSize(ConsistencySection.LARGEST);
        assertThat(document.select("#most-warnings tbody tr")).hasSize(OffendersSection.LISTED);
        assertThat(document.select("#rules tr[data-key=requests.balance] td.n").eachText())
                .containsExactly("0", "0", "50,000");
    }
}
