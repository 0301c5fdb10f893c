package io.github.xxgk.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opencsv.CSVReader;
import io.github.xxgk.report.TestData;
import io.github.xxgk.report.export.Codebook;
import io.github.xxgk.report.export.Column;
import io.github.xxgk.report.export.DiagnosticsCsv;
import io.github.xxgk.report.export.WideCsv;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files statistical software reads: the wide CSV with Stata names, the do-file and R script that read it, the
 * codebook as CSV and JSON, and two header rows with {@code --header both}.
 */
class StatisticalFilesTest {

    private static final Pattern STATA_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,31}");
    private static final Pattern LABEL = Pattern.compile("^label variable (\\S+) `\"(.*)\"'$");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private String run(String... args) {
        out.reset();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(code).as(String.join(" ", args)).isIn(Main.OK, Main.SOME_FAILED);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<String[]> csv(String text) throws Exception {
        try (CSVReader reader = new CSVReader(new StringReader(text))) {
            return reader.readAll();
        }
    }

    @Test
    void stataNamesAreValidUniqueAndTheDoFileLabelsEachInBothLanguages() throws Exception {
        List<String[]> rows = csv(run("convert", TestData.REPORTS.toString(), "--names", "stata"));
        List<String> header = List.of(rows.get(0));
        assertThat(header).allMatch(name -> STATA_NAME.matcher(name).matches()).doesNotHaveDuplicates()
                .hasSize(WideCsv.columns().size()).contains("req_new_total", "req_den_secret_natural",
                        "app_lit_after_recon_corrected", "series_requests_new", "rate_disclosure");
        long longNames = WideCsv.columns().stream().filter(name -> name.length() > 32).count();
        assertThat(longNames).as("the keys Stata could not take").isGreaterThan(100);

        String doFile = run("columns", "--format", "stata");
        List<String> english = new ArrayList<>();
        List<String> chinese = new ArrayList<>();
        List<String> current = null;
        for (String line : doFile.lines().toList()) {
            if (line.equals("label language en, rename")) {
                current = english;
            } else if (line.equals("label language zh, new")) {
                current = chinese;
            }
            Matcher label = LABEL.matcher(line);
            if (label.matches()) {
                assertThat(current).as("a label before its language").isNotNull();
                assertThat(label.group(2)).hasSizeLessThanOrEqualTo(ImportScripts.STATA_LABEL_LENGTH)
                        .doesNotContain("\"'");
                current.add(label.group(1));
            }
        }
        assertThat(english).containsExactlyElementsOf(header);
        assertThat(chinese).containsExactlyElementsOf(header);
        assertThat(doFile).contains("label variable req_new_total `\"requests.new.total\"'",
                "label variable req_new_total `\"三、收到和处理政府信息公开申请情况-本年新收政府信息公开申请数量-总计\"'");
        assertThat(doFile.lines().reduce((a, b) -> b)).contains("label language en");
    }

    @Test
    void theDoFileImportsTextColumnsAsStringsAndEveryOtherColumnAsNumbers() {
        String doFile = run("columns", "--format", "stata");
        Matcher columns = Pattern.compile("stringcols\\(([^)]*)\\) numericcols\\(([^)]*)\\)").matcher(doFile);
        assertThat(columns.find()).isTrue();
        List<Integer> strings = expand(columns.group(1));
        List<Integer> numbers = expand(columns.group(2));
        List<Column> wide = Codebook.wide();
        assertThat(strings).containsExactlyElementsOf(IntStream.rangeClosed(1, wide.size())
                .filter(i -> !wide.get(i - 1).type().isNumeric()).boxed().toList());
        assertThat(numbers).containsExactlyElementsOf(IntStream.rangeClosed(1, wide.size())
                .filter(i -> wide.get(i - 1).type().isNumeric()).boxed().toList());
        assertThat(strings).contains(1, 2, 3, 4, 8);
    }

    /** Stata's numlist: {@code 1/4 8} → 1, 2, 3, 4, 8. */
    private static List<Integer> expand(String numlist) {
        List<Integer> numbers = new ArrayList<>();
        for (String part : numlist.split(" ")) {
            String[] range = part.split("/");
            int first = Integer.parseInt(range[0]);
            int last = Integer.parseInt(range[range.length - 1]);
            IntStream.rangeClosed(first, last).forEach(numbers::add);
        }
        return numbers;
    }

    @Test
    void theRScriptNamesEveryColumnWithItsClassAndRunsWhereRIsInstalled() throws Exception {
        String script = run("columns", "--format", "r");
        for (Column column : Codebook.wide()) {
            assertThat(script).contains("\"" + column.name() + "\"", "\"" + column.stataName() + "\"");
        }
        assertThat(script.chars().filter(c -> c == '(').count()).isEqualTo(script.chars().filter(c -> c == ')')
                .count());
        assertThat(script.chars().filter(c -> c == '"').count() % 2).isZero();
        assertThat(script).contains("na.strings = \"\"", "read_xxgk_wide <- function(file");

        Path rscript = Path.of("/usr/bin/Rscript");
        if (Files.isExecutable(rscript)) {
            Path csv = dir.resolve("reports.csv");
            Path source = Files.writeString(dir.resolve("read.R"), script + "reports <- read_xxgk_wide(\""
                    + csv + "\")\ncat(nrow(reports), sum(is.na(reports[[\"requests.new.total\"]])), \"\\n\")\n");
            run("convert", TestData.REPORTS.toString(), "-o", csv.toString());
            Process r = new ProcessBuilder(rscript.toString(), source.toString()).redirectErrorStream(true).start();
            assertThat(r.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(new String(r.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip())
                    .startsWith(Integer.toString(csv(Files.readString(csv)).size() - 1));
        }
    }

    @Test
    void theCodebookAsCsvAndJsonListsEveryColumnOfEveryOutput() throws Exception {
        List<String[]> rows = csv(run("columns", "--format", "csv"));
        assertThat(rows.get(0)).containsExactlyElementsOf(CodebookData.CSV_COLUMNS);
        assertThat(rows).hasSize(1 + Codebook.wide().size() + Codebook.longFormat().size()
                + Codebook.diagnostics().size());
        assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("wide", "requests.new.total",
                "三、收到和处理政府信息公开申请情况-本年新收政府信息公开申请数量-总计", "req_new_total", "count", "2021 2019"));
        assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("wide", "series.fees",
                "可比指标-行政事业性收费金额（万元）", "series_fees", "amount", ""));

        JsonNode json = new ObjectMapper().readTree(run("columns", "--format", "json"));
        assertThat(json.get("wide")).hasSize(Codebook.wide().size());
        assertThat(json.get("long")).hasSize(Codebook.longFormat().size());
        assertThat(json.get("diagnostics")).hasSize(Codebook.diagnostics().size());
        JsonNode rate = json.get("wide").get(WideCsv.columns().indexOf("rate.disclosure"));
        assertThat(rate.get("type").asText()).isEqualTo("rate");
        assertThat(rate.get("stata_name").asText()).isEqualTo("rate_disclosure");
        assertThat(json.get("codes").findValuesAsText("code")).contains("requests.balance", "read.empty");
    }

    @Test
    void headerBothGivesNamesThenChineseNamesInEveryCsvAndTheRowsAreUnchanged() throws Exception {
        Path diagnostics = dir.resolve("diagnostics.csv");
        List<String[]> both = csv(run("convert", TestData.SEED.toString(), "--header", "both", "--names", "stata",
                "--diagnostics", diagnostics.toString()));
        List<String[]> plain = csv(run("convert", TestData.SEED.toString()));

        assertThat(both.get(0)).contains("req_new_total");
        assertThat(both.get(1)).containsExactlyElementsOf(WideCsv.chineseColumns());
        assertThat(both.subList(2, both.size())).usingRecursiveComparison().isEqualTo(plain.subList(1, plain.size()));
        List<String[]> diagnosticRows = csv(Files.readString(diagnostics));
        assertThat(diagnosticRows.get(0)).containsExactlyElementsOf(DiagnosticsCsv.COLUMNS);
        assertThat(diagnosticRows.get(1)).containsExactly("文件", "严重程度", "代码", "表", "行", "列", "行号", "说明");

        List<String[]> zh = csv(run("convert", TestData.SEED.toString(), "--format", "long", "--header", "zh"));
        assertThat(zh.get(0)).containsExactly("文件", "发布机关", "年度", "模板", "表", "行", "列", "数值", "来源");
    }

    /** The 2011, 2016 and 2018 reports' figures in the wide CSV: all of them zero, as their tables print. */
    @Test
    void thePre2019ReportsHaveTheirSeriesInTheWideCsv() throws Exception {
        List<String[]> rows = csv(run("convert", TestData.REPORTS.toString()));
        List<String> header = List.of(rows.get(0));
        Map<String, String> expected = Map.of("series.requests_new", "0", "series.granted", "0",
                "series.partially_granted", "0", "series.denied", "0", "series.results_total", "0",
                "series.reconsideration", "0", "series.litigation", "0", "series.fees", "", "rate.disclosure", "");
        for (String file : List.of("pingtan-county-2011-legacy.html", "pingtan-2016-legacy-runtogether.txt",
                "pingtan-2018-legacy-runtogether.txt")) {
            String[] row = rows.stream().filter(r -> r[0].endsWith(file)).findFirst().orElseThrow();
            expected.forEach((column, value) -> assertThat(row[header.indexOf(column)]).as(file + " " + column)
                    .isEqualTo(value));
        }
    }
}
