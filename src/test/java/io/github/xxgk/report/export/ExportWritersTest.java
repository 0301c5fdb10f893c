package io.github.xxgk.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opencsv.CSVReader;
import io.github.xxgk.report.ReportReadException;
import io.github.xxgk.report.TestData;
import io.github.xxgk.report.XxgkReport;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.AppealTable;
import io.github.xxgk.report.model.Diagnostic;
import io.github.xxgk.report.model.DiagnosticCode;
import io.github.xxgk.report.model.LegacyRow;
import io.github.xxgk.report.model.Location;
import io.github.xxgk.report.model.ProactiveTable;
import io.github.xxgk.report.model.ReportMetadata;
import io.github.xxgk.report.model.RequestTable;
import io.github.xxgk.report.model.SourceFormat;
import io.github.xxgk.report.model.Template;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The long CSV, the diagnostics CSV and JSON Lines, on the seed report and on made-up reports. */
class ExportWritersTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String[]> csv(String text) throws Exception {
        try (CSVReader reader = new CSVReader(new StringReader(text))) {
            return reader.readAll();
        }
    }

    private static AnnualReport legacyReport() {
        ReportMetadata metadata = new ReportMetadata(Optional.of("某县人民政府"), OptionalInt.of(2016), Optional.empty(),
                Template.PRE2019, "old.txt", SourceFormat.TEXT);
        List<LegacyRow> legacy = List.of(
                new LegacyRow("主动公开文件数", Optional.of("条"), "2016年度", new BigDecimal("2069"), OptionalInt.of(12)),
                new LegacyRow("依申请公开, 数量", Optional.empty(), "历年累计", new BigDecimal("15.5"), OptionalInt.of(13)));
        return new AnnualReport(metadata, List.of(), List.of(), ProactiveTable.empty(), RequestTable.empty(),
                AppealTable.empty(), legacy, List.of(Diagnostic.of(DiagnosticCode.TABLE_LEGACY, Location.none(),
                        "a pre-2019 report")));
    }

    /** OWASP's CSV injection: text a spreadsheet would run as a formula gets a leading quote; numbers do not. */
    @Test
    void textThatASpreadsheetWouldRunIsMadeInert() throws Exception {
        AnnualReport seed = XxgkReport.parse(TestData.SEED);
        StringWriter text = new StringWriter();
        WideCsv csv = new WideCsv(text);
        csv.write("=HYPERLINK(\"http://x\").txt", seed);
        csv.write(new ReadFailure("+cmd.txt", "empty", "the source is empty"));
        csv.write(new ReadFailure("@sum.txt", "empty", "the source is empty"));
        csv.write(new ReadFailure("-1", "empty", "the source is empty"));
        csv.flush();

        List<String[]> rows = csv(text.toString());
        assertThat(rows).extracting(row -> row[0]).containsExactly("file", "'=HYPERLINK(\"http://x\").txt",
                "'+cmd.txt", "'@sum.txt", "-1");
        assertThat(rows.get(1)[WideCsv.columns().indexOf("requests.new.total")]).isEqualTo("1");
    }

    @Test
    void longCsvHasOneRowPerPresentCellInKeyOrder() throws Exception {
        AnnualReport seed = XxgkReport.parse(TestData.SEED);
        StringWriter text = new StringWriter();
        LongCsv csv = new LongCsv(text);
        csv.write("seed.txt", seed);
        csv.flush();

        List<String[]> rows = csv(text.toString());
        assertThat(rows.get(0)).containsExactly("file", "agency", "year", "template", "table", "row", "column",
                "value", "source");
        List<String[]> cells = rows.subList(1, rows.size()).stream()
                .filter(row -> !row[4].equals(LongCsv.SERIES_TABLE) && !row[4].equals(LongCsv.RATE_TABLE)).toList();
        assertThat(cells).hasSize(seed.values().size());
        assertThat(rows.get(1)).containsExactly("seed.txt", "吴忠市民政局", "2021", "2021", "proactive", "regulations",
                "issued", "0", "");
        assertThat(rows).anySatisfy(row -> assertThat(row).containsExactly("seed.txt", "吴忠市民政局", "2021",
                "2021", "proactive", "licensing", "decisions", "34", ""));
        assertThat(rows).anySatisfy(row -> assertThat(row).containsExactly("seed.txt", "吴忠市民政局", "2021",
                "2021", "requests", "new", "total", "1", ""));
        assertThat(rows).anySatisfy(row -> assertThat(row).containsExactly("seed.txt", "吴忠市民政局", "2021",
                "2021", "series", "requests_new", "", "1", "requests.new.total"));
        assertThat(rows).noneSatisfy(row -> assertThat(row[5]).isEqualTo("other_handling"));
    }

    @Test
    void longCsvWritesLegacyValuesUnderTableLegacyAndAFileWithoutValuesOnce() throws Exception {
        StringWriter text = new StringWriter();
        LongCsv csv = new LongCsv(text);
        csv.write("old.txt", legacyReport());
        ReportMetadata nothing = new ReportMetadata(Optional.empty(), OptionalInt.empty(), Optional.empty(),
                Template.UNKNOWN, "prose.txt", SourceFormat.TEXT);
        csv.write("prose.txt", new AnnualReport(nothing, List.of(), List.of(), ProactiveTable.empty(),
                RequestTable.empty(), AppealTable.empty(), List.of(), List.of()));
        csv.write(new ReadFailure("broken.pdf", "corrupt", "the document cannot be parsed"));
        csv.flush();

        assertThat(csv(text.toString())).containsExactly(
                LongCsv.COLUMNS.toArray(String[]::new),
                new String[] {"old.txt", "某县人民政府", "2016", "pre2019", "legacy", "主动公开文件数", "2016年度", "2069", ""},
                new String[] {"old.txt", "某县人民政府", "2016", "pre2019", "legacy", "依申请公开, 数量", "历年累计", "15.5", ""},
                new String[] {"prose.txt", "", "", "unknown", "", "", "", "", ""},
                new String[] {"broken.pdf", "", "", "", "", "", "", "", ""});
        assertThat(text.toString()).contains("\"依申请公开, 数量\"").doesNotContain("\r");
    }

    @Test
    void diagnosticsCsvHasOneRowPerDiagnosticAndAReadCodeForAFailure() throws Exception {
        AnnualReport report = legacyReport().withDiagnostics(List.of(Diagnostic.of(DiagnosticCode.CELL_NOT_A_NUMBER,
                Location.cell(io.github.xxgk.report.model.CellKey.parse("proactive.licensing.decisions")).atLine(31),
                "proactive.licensing.decisions: \"3.5\" is not a whole number")));
        StringWriter text = new StringWriter();
        DiagnosticsCsv csv = new DiagnosticsCsv(text);
        csv.write("old.txt", report);
        csv.write(ReadFailure.of("empty.txt", ReportReadException.empty("empty.txt", "the source is empty")));
        csv.flush();

        assertThat(csv(text.toString())).containsExactly(
                new String[] {"file", "severity", "code", "table", "row", "column", "line", "message"},
                new String[] {"old.txt", "info", "table.legacy", "", "", "", "", "a pre-2019 report"},
                new String[] {"old.txt", "error", "cell.not_a_number", "proactive", "licensing", "decisions", "31",
                    "proactive.licensing.decisions: \"3.5\" is not a whole number"},
                new String[] {"empty.txt", "error", "read.empty", "", "", "", "", "the source is empty"});
        assertThat(DiagnosticsCsv.readFailureCode("io_error")).isEqualTo("read.io_error");
    }

    @Test
    void jsonLinesPutFileAndStatusBeforeTheReportsOwnJson() throws Exception {
        AnnualReport seed = XxgkReport.parse(TestData.SEED);
        StringWriter text = new StringWriter();
        JsonLines lines = new JsonLines(text);
        lines.write("a/seed.txt", seed);
        lines.write(new ReadFailure("b/empty.txt", "empty", "the source is empty"));
        lines.flush();

        String[] written = text.toString().split("\n", -1);
        assertThat(written).hasSize(3);
        assertThat(written[2]).isEmpty();
        JsonNode parsed = JSON.readTree(written[0]);
        assertThat(parsed.fieldNames()).toIterable().startsWith("file", "status", "metadata");
        assertThat(parsed.get("file").asText()).isEqualTo("a/seed.txt");
        assertThat(parsed.get("status").asText()).isEqualTo("parsed");
        assertThat(parsed.get("cells").get("requests.new.total").asInt()).isEqualTo(1);
        assertThat(parsed.get("metadata").get("agency").asText()).isEqualTo("吴忠市民政局");
        JsonNode withoutHead = parsed.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) withoutHead).remove(List.of("file", "status"));
        assertThat(withoutHead).isEqualTo(JSON.readTree(ReportJson.toJsonLine(seed)));
        JsonNode failed = JSON.readTree(written[1]);
        assertThat(failed.fieldNames()).toIterable().containsExactly("file", "status", "reason", "message");
        assertThat(failed.get("reason").asText()).isEqualTo("empty");
        assertThat(failed.get("status").asText()).isEqualTo("failed");
        assertThat(failed.get("message").asText()).isEqualTo("empty: the source is empty");
    }
}
