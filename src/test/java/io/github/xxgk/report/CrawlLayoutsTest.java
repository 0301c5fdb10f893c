package io.github.xxgk.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.CellKey;
import io.github.xxgk.report.model.Diagnostic;
import io.github.xxgk.report.model.DiagnosticCode;
import io.github.xxgk.report.model.Severity;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The classes of mess that crawls of report pages bring, each from a real page of {@code testdata/pages/} (or the
 * seed report) as it was stored, or with one real line changed as the class describes: tables one cell per line,
 * words in cells, agency and year from wherever the report states them, tables without headings or in pieces,
 * copies cut off, traditional characters, tables without labels. {@link PagesTest} measures the whole set.
 */
class CrawlLayoutsTest {

    private static final Path PAGES = TestData.ROOT.resolve("pages");

    private static String page(String name) {
        return TestData.read(PAGES.resolve(name + ".txt"));
    }

    private static AnnualReport parse(String text, String name) throws Exception {
        return ReportParser.create().parseText(text, name);
    }

    private static AnnualReport parsePage(String name) throws Exception {
        return XxgkReport.parse(PAGES.resolve(name + ".txt"));
    }

    private static Optional<BigDecimal> value(AnnualReport report, String key) {
        return report.value(CellKey.parse(key));
    }

    private static void hasValue(AnnualReport report, String key, long expected) {
        assertThat(value(report, key)).as(key).hasValueSatisfying(
                v -> assertThat(v).isEqualByComparingTo(BigDecimal.valueOf(expected)));
    }

    private static List<DiagnosticCode> codes(AnnualReport report) {
        return report.diagnostics().stream().map(Diagnostic::code).toList();
    }

    private static Optional<Diagnostic> first(AnnualReport report, DiagnosticCode code) {
        return report.diagnostics().stream().filter(d -> d.code() == code).findFirst();
    }

    /** Class 1: every table cell on its own line, with or without blank lines and {@code |}. */
    @Nested
    class OneCellPerLine {

        @Test
        void withBlankLinesBetweenCells() throws Exception {
            AnnualReport report = parsePage("guangdong-liwan-nanyuan-street-2020");

            hasValue(report, "proactive.licensing.items_prev_year", 21);
            hasValue(report, "proactive.licensing.items_change", 19);
            hasValue(report, "proactive.licensing.decisions", 40);
            hasValue(report, "proactive.fees.items_change", 0);
            assertThat(codes(report)).doesNotContain(DiagnosticCode.ROW_UNRECOGNIZED, DiagnosticCode.ROW_CELL_COUNT);
        }

        @Test
        void withBarePipesForBlankCells() throws Exception {
            AnnualReport report = parsePage("jilin-changchun-xinqu-market-2020");

            hasValue(report, "proactive.licensing.items_prev_year", 109);
            hasValue(report, "proactive.licensing.items_change", -3);
            hasValue(report, "proactive.coercion.items_change", 20);
            assertThat(value(report, "proactive.regulations.created")).isEmpty();
            assertThat(value(report, "requests.new.total")).isEmpty();
            assertThat(report.diagnostics()).noneMatch(d -> d.code() == DiagnosticCode.ROW_MISSING
                    && d.location().row().equals(Optional.of("regulations")));
        }

        @Test
        void withPaddedValuesIntoTableThree() throws Exception {
            AnnualReport report = parsePage("hebei-qianan-dawuli-town-2020");

            hasValue(report, "requests.new.total", 0);
            hasValue(report, "requests.denied_state_secret.total", 0);
            assertThat(value(report, "proactive.procurement.amount")).isPresent();
        }

        @Test
        void withHeaderCellsBrokenMidWord() throws Exception {
            AnnualReport report = parsePage("sichuan-wutongqiao-niuhua-town-2021");

            hasValue(report, "proactive.regulations.issued", 0);
            hasValue(report, "proactive.fees.amount", 0);
        }

        @Test
        void aRowWhoseNumberOfValuesCannotBeToldStaysAbsentNotShifted() throws Exception {
            String text = page("guangdong-liwan-nanyuan-street-2020").replace("21\n\n+19\n\n40", "21\n\n40");

            AnnualReport report = parse(text, "liwan-one-value-lost.txt");

            assertThat(value(report, "proactive.licensing.items_prev_year")).isEmpty();
            assertThat(value(report, "proactive.licensing.decisions")).isEmpty();
            hasValue(report, "proactive.other_services.decisions", 0);
            assertThat(first(report, DiagnosticCode.ROW_CELL_COUNT)).hasValueSatisfying(
                    d -> assertThat(d.location().row()).contains("licensing"));
        }

        @Test
        void blankCellsThatLeaveNothingOnThePageNeverGetTheirRowsDigitsSplit() throws Exception {
            AnnualReport original = XxgkReport.parse(TestData.REPORTS.resolve("shanghai-gov-office-2019-fragment.html"));
            String copy = CrawlCopiesPropertiesTest.render(original,
                    new CrawlCopiesPropertiesTest.Layout(false, true, false, false, 0));

            AnnualReport report = parse(copy, "shanghai-2019-one-cell-per-line.txt");

            assertThat(value(report, "requests.granted.natural_person")).as("258 with its row's blanks lost").isEmpty();
            assertThat(codes(report)).doesNotContain(DiagnosticCode.CELL_RECOVERED_SPLIT);
            report.values().forEach((key, v) -> assertThat(original.value(key)).hasValueSatisfying(
                    o -> assertThat(o).isEqualByComparingTo(v)));
        }

        @Test
        void aWholeTableOnOneLine() throws Exception {
            AnnualReport report = parsePage("hunan-hengyang-commerce-2022");

            hasValue(report, "proactive.licensing.decisions", 124);
            assertThat(value(report, "proactive.regulations.issued")).isEmpty();
            assertThat(report.metadata().agency()).contains("衡阳市商务局");
        }
    }

    /** Class 2: numbers written with words, signs and units. */
    @Nested
    class WordsInCells {

        @Test
        void aDecreaseInWords() throws Exception {
            AnnualReport report = parsePage("unknown-bureau-2019tpl-mirror-jian4");

            hasValue(report, "proactive.licensing.items_change", -4);
            assertThat(first(report, DiagnosticCode.CELL_WORDED)).hasValueSatisfying(d -> {
                assertThat(d.severity()).isEqualTo(Severity.INFO);
                assertThat(d.message()).contains("\"减4\"");
            });
        }

        @Test
        void aCountWithItsUnit() throws Exception {
            AnnualReport report = parsePage("hunan-hengyang-commerce-2022");

            hasValue(report, "proactive.licensing.decisions", 124);
            assertThat(first(report, DiagnosticCode.CELL_WORDED)).hasValueSatisfying(
                    d -> assertThat(d.message()).contains("\"124件\""));
        }

        @Test
        void increasesNoChangeFullWidthDigitsAndSeparators() throws Exception {
            String text = page("guangdong-liwan-nanyuan-street-2020")
                    .replace("21\n\n+19\n\n40", "２１\n\n增加19\n\n4,0")
                    .replace("其他对外管理服务事项\n\n0\n\n0\n\n0", "其他对外管理服务事项\n\n1,234\n\n无变化\n\n1 234");

            AnnualReport report = parse(text, "liwan-worded.txt");

            hasValue(report, "proactive.licensing.items_prev_year", 21);
            hasValue(report, "proactive.licensing.items_change", 19);
            assertThat(value(report, "proactive.licensing.decisions")).as("4,0 is no number").isEmpty();
            hasValue(report, "proactive.other_services.items_prev_year", 1234);
            hasValue(report, "proactive.other_services.items_change", 0);
            hasValue(report, "proactive.other_services.decisions", 1234);
            assertThat(report.diagnostics()).anyMatch(d -> d.code() == DiagnosticCode.CELL_WORDED
                    && d.message().contains("\"无变化\""));
        }

        @Test
        void wordsThatDecideNoNumberCostOnlyTheirCell() throws Exception {
            String text = page("guangdong-liwan-nanyuan-street-2020").replace("21\n\n+19\n\n40", "0/0\n\n增\n\n40");

            AnnualReport report = parse(text, "liwan-ambiguous.txt");

            assertThat(value(report, "proactive.licensing.items_prev_year")).isEmpty();
            assertThat(value(report, "proactive.licensing.items_change")).isEmpty();
            hasValue(report, "proactive.licensing.decisions", 40);
            assertThat(report.diagnostics()).filteredOn(d -> d.code() == DiagnosticCode.CELL_AMBIGUOUS_TEXT)
                    .hasSize(2).allMatch(d -> d.severity() == Severity.WARNING);
        }

        @Test
        void yuanInTheColumnOfTenThousandYuanIsConverted() throws Exception {
            String text = TestData.seedText().replace("行政事业性收费\t0\t", "行政事业性收费\t984361元\t");

            AnnualReport report = parse(text, "wuzhong-fee-in-yuan.txt");

            assertThat(value(report, "proactive.fees.amount")).hasValueSatisfying(
                    v -> assertThat(v).isEqualByComparingTo("98.4361"));
            assertThat(first(report, DiagnosticCode.CELL_UNIT_CONVERTED)).hasValueSatisfying(
                    d -> assertThat(d.message()).contains("984361元").contains("98.4361"));
        }

        @Test
        void anAmountWithoutAColumnUnitIsKeptAsPrinted() throws Exception {
            AnnualReport report = parsePage("hainan-qionghai-dalu-town-2019");

            hasValue(report, "proactive.procurement.amount", 70487);
        }
    }

    /** Class 3: the agency and year from wherever the report states them, never from site chrome. */
    @Nested
    class AgencyAndYear {

        @Test
        void fromTheSentenceThatSaysWhoCompiledTheReport() throws Exception {
            AnnualReport report = parsePage("shandong-weishan-liangcheng-town-2020");

            assertThat(report.metadata().agency()).contains("两城镇人民政府");
            assertThat(report.metadata().year()).hasValue(2020);
        }

        @Test
        void fromTheSentencePresentingTheReport() throws Exception {
            AnnualReport report = parsePage("neimenggu-wulanchabu-regional-coop-2020");

            assertThat(report.metadata().agency()).contains("乌兰察布市区域经济合作局");
        }

        @Test
        void fromTheFirstSentenceOfTheBody() throws Exception {
            assertThat(parsePage("shaanxi-yangling-stats-2020").metadata().agency()).contains("杨陵区统计局");
            assertThat(parsePage("hunan-hengyang-commerce-2022").metadata().agency()).contains("衡阳市商务局");
        }

        @Test
        void notFromAMetadataTableOrAPagePrefix() throws Exception {
            AnnualReport sasac = parsePage("xizang-sasac-2020");
            AnnualReport flipbook = parsePage("shandong-wendeng-petition-2022-flipbook-p8");

            assertThat(sasac.metadata().agency()).contains("西藏自治区政府国资委");
            assertThat(sasac.metadata().year()).hasValue(2020);
            assertThat(flipbook.metadata().agency()).contains("威海市文登区信访局");
            assertThat(flipbook.metadata().year()).hasValue(2022);
        }

        @Test
        void fromTheSentenceThatSaysWhoCompiledItByAnOfficeOrItself() throws Exception {
            String text = page("shandong-weishan-liangcheng-town-2020");
            String office = text.replace("由两城镇人民政府党政办公室编制", "由两城镇人民政府党政办公室综合科编制");
            String itself = text.replace("本报告是根据《中华人民共和国政府信息公开条例》(以下简称《条例》)要求,"
                    + "由两城镇人民政府党政办公室编制。", "根据《条例》的要求,两城镇人民政府特编制2020年政府信息公开年度报告。");

            assertThat(parse(office, "weishan-office.txt").metadata().agency()).contains("两城镇人民政府");
            assertThat(parse(itself, "weishan-itself.txt").metadata().agency()).contains("两城镇人民政府");
        }

        @Test
        void aTitleSplitAroundTheAgencyLine() throws Exception {
            AnnualReport report = parsePage("sichuan-yanbian-xinjiu-town-2021");

            assertThat(report.metadata().agency()).contains("盐边县新九镇人民政府");
            assertThat(report.metadata().year()).hasValue(2021);
        }

        @Test
        void breadcrumbsAndSiteChromeAreNeverTaken() throws Exception {
            assertThat(parsePage("jiangxi-huichang-zhongcun-township-2020").metadata().agency()).contains("中村乡");
        }

        @Test
        void aYearFromTheStatisticsPeriodOrTheOnlyYearNamed() throws Exception {
            AnnualReport noTitle = parsePage("guangdong-longgang-dept-2024");
            AnnualReport onlyYear = parsePage("jilin-changchun-xinqu-market-2020");

            assertThat(noTitle.metadata().year()).hasValue(2024);
            assertThat(onlyYear.metadata().year()).hasValue(2020);
        }

        @Test
        void anAgencyThatCannotBeFoundIsAbsentNeverWrong() throws Exception {
            AnnualReport noName = parsePage("guangdong-longgang-dept-2024");
            AnnualReport pronoun = parsePage("jilin-changchun-xinqu-market-2020");

            assertThat(noName.metadata().agency()).isEmpty();
            assertThat(pronoun.metadata().agency()).as("the text says 我分局").isEmpty();
            assertThat(codes(noName)).contains(DiagnosticCode.METADATA_AGENCY_MISSING);
        }

        @Test
        void theYearTheBodyOpensWith() throws Exception {
            String text = page("shandong-weishan-liangcheng-town-2020")
                    .replace("本报告中所列数据的统计期限为2020年1月1日至2020年12月31日。", "")
                    .replace("一、工作基本情况\n", "一、工作基本情况\n2020年，两城镇扎实推进政务公开工作。\n");

            assertThat(parse(text, "weishan-year-in-first-sentence.txt").metadata().year()).hasValue(2020);
        }
    }

    /** Class 4: tables without their headings, and tables in pieces. */
    @Nested
    class TablesWithoutHeadingsOrInPieces {

        @Test
        void aTableTwoWithNoHeadingBeforeIt() throws Exception {
            AnnualReport report = parsePage("hubei-wuhan-ecoenv-2020-trad");

            hasValue(report, "proactive.normative_documents.total_published", 19);
            hasValue(report, "proactive.licensing.decisions", 93);
        }

        @Test
        void aTableFourWithStackedHeaderWordsAndItsValuesOnOneLine() throws Exception {
            AnnualReport report = parsePage("shandong-wendeng-petition-2022-flipbook-p8");

            assertThat(report.values()).hasSize(15);
            hasValue(report, "appeals.litigation_after_reconsideration.total", 0);
        }

        @Test
        void aTableFourPrintedAsThreeTables() throws Exception {
            String appeals = TestData.seedText().lines()
                    .filter(line -> line.startsWith("0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0"))
                    .findFirst().orElseThrow();
            String pieces = String.join("\n", "行政复议", "结果维持\t结果纠正\t其他结果\t尚未审结\t总计", "1\t0\t0\t0\t1",
                    "行政诉讼（未经复议直接起诉）", "结果维持\t结果纠正\t其他结果\t尚未审结\t总计", "2\t0\t0\t1\t3",
                    "行政诉讼（复议后起诉）", "结果维持\t结果纠正\t其他结果\t尚未审结\t总计", "0\t0\t0\t0\t0");
            String text = TestData.seedText().replace(appeals, pieces);

            AnnualReport report = parse(text, "wuzhong-appeals-in-three.txt");

            hasValue(report, "appeals.reconsideration.upheld", 1);
            hasValue(report, "appeals.litigation_direct.pending", 1);
            hasValue(report, "appeals.litigation_direct.total", 3);
            hasValue(report, "appeals.litigation_after_reconsideration.total", 0);
            assertThat(report.diagnostics(Severity.ERROR)).isEmpty();
        }

        @Test
        void aTableThreeUnderGenericHeaders() throws Exception {
            String header = TestData.seedText().lines().filter(line -> line.contains("申请人情况")).findFirst()
                    .orElseThrow();
            String text = TestData.seedText().replace(header, "数据1\t数据2\t数据3\t数据4\t数据5\t数据6\t数据7");

            AnnualReport report = parse(text, "wuzhong-generic-headers.txt");

            hasValue(report, "requests.new.natural_person", 1);
            hasValue(report, "requests.results_total.total", 1);
            assertThat(report.values()).hasSameSizeAs(XxgkReport.parse(TestData.SEED).values());
        }
    }

    /** Class 5: copies cut off inside a table. */
    @Nested
    class CutOffCopies {

        @Test
        void aLastValueLeftOpenIsNotRead() throws Exception {
            AnnualReport report = parsePage("yunnan-suijiang-huiyi-town-2021");

            assertThat(value(report, "requests.granted.total")).isEmpty();
            hasValue(report, "requests.carried_over.total", 0);
            assertThat(first(report, DiagnosticCode.SOURCE_TRUNCATED)).hasValueSatisfying(d -> {
                assertThat(d.location().table()).contains("requests");
                assertThat(d.location().line()).isPresent();
            });
        }

        @Test
        void aRowCutInTheMiddleIsAbsent() throws Exception {
            AnnualReport report = parsePage("guangdong-longgang-dept-2024");

            assertThat(value(report, "requests.denied_enforcement_file.total")).isEmpty();
            hasValue(report, "requests.denied_process_info.total", 0);
            assertThat(codes(report)).contains(DiagnosticCode.SOURCE_TRUNCATED);
            assertThat(report.diagnostics()).as("nothing after the cut is reported missing")
                    .noneMatch(d -> d.code() == DiagnosticCode.TABLE_MISSING
                            || d.code() == DiagnosticCode.ROW_MISSING
                            && d.location().row().equals(Optional.of("carried_forward")));
        }

        @Test
        void aLabelCutAfterItsNumberInventsNoValue() throws Exception {
            AnnualReport report = parsePage("hebei-qianan-dawuli-town-2020");

            hasValue(report, "requests.denied_state_secret.total", 0);
            assertThat(value(report, "requests.denied_prohibited_by_law.total")).isEmpty();
        }

        @Test
        void aCompleteReportIsNotCut() throws Exception {
            assertThat(codes(XxgkReport.parse(TestData.SEED))).doesNotContain(DiagnosticCode.SOURCE_TRUNCATED);
        }
    }

    /** Class 7: copies in traditional characters, with pinyin glosses. */
    @Nested
    class TraditionalCharacters {

        @Test
        void convertedAndReadLikeTheOriginal() throws Exception {
            AnnualReport report = parsePage("hubei-wuhan-ecoenv-2020-trad");

            assertThat(report.metadata().template().key()).isEqualTo("2019");
            assertThat(report.metadata().year()).hasValue(2020);
            hasValue(report, "proactive.normative_documents.created", 2);
            assertThat(value(report, "proactive.coercion.decisions")).isEmpty();
            assertThat(first(report, DiagnosticCode.SOURCE_CONVERTED)).isPresent();
        }

        @Test
        void pinyinGlossesAreRemoved() throws Exception {
            AnnualReport report = parsePage("shaanxi-zhashui-fenghuang-town-2021-trad");

            assertThat(report.metadata().year()).hasValue(2021);
            hasValue(report, "proactive.regulations.in_force", 0);
            hasValue(report, "proactive.fees.amount", 0);
            assertThat(first(report, DiagnosticCode.SOURCE_CONVERTED)).hasValueSatisfying(
                    d -> assertThat(d.message()).contains("pinyin"));
            assertThat(report.sections().get(0).paragraphs().get(0)).doesNotContain("(jù)").contains("根据");
        }

        @Test
        void aSimplifiedReportIsLeftAsItIs() throws Exception {
            assertThat(codes(XxgkReport.parse(TestData.SEED))).doesNotContain(DiagnosticCode.SOURCE_CONVERTED);
        }
    }

    /** Class 8: tables that lost their labels or columns. */
    @Nested
    class TablesWithoutLabels {

        /** The seed's table 三 as the bare numbers of its rows, in order. */
        private String seedWithBareTableThree(java.util.function.UnaryOperator<List<String>> change) {
            List<String> lines = TestData.seedText().lines().toList();
            int start = lines.indexOf(lines.stream().filter(l -> l.startsWith("(本列数据")).findFirst().orElseThrow());
            int end = lines.indexOf(lines.stream().filter(l -> l.startsWith("四、政府信息公开行政复议")).findFirst()
                    .orElseThrow());
            List<String> numbers = new java.util.ArrayList<>();
            for (String line : lines.subList(start, end)) {
                for (String cell : line.split("\t")) {
                    if (cell.trim().matches("\\d+")) {
                        numbers.add(cell.trim());
                    }
                }
            }
            List<String> out = new java.util.ArrayList<>(lines.subList(0, start));
            out.add(String.join(" ", change.apply(numbers)));
            out.addAll(lines.subList(end, lines.size()));
            return String.join("\n", out);
        }

        @Test
        void readByTheTemplatesOrderWhenCountAndArithmeticFit() throws Exception {
            AnnualReport report = parse(seedWithBareTableThree(n -> n), "wuzhong-bare-table-three.txt");
            AnnualReport seed = XxgkReport.parse(TestData.SEED);

            assertThat(report.requests().values()).isEqualTo(seed.requests().values());
            assertThat(first(report, DiagnosticCode.CELL_POSITIONAL)).hasValueSatisfying(
                    d -> assertThat(d.message()).contains("175 values"));
        }

        @Test
        void leftAbsentWhenTheArithmeticFails() throws Exception {
            AnnualReport report = parse(seedWithBareTableThree(n -> {
                List<String> changed = new java.util.ArrayList<>(n);
                changed.set(0, "2");
                return changed;
            }), "wuzhong-bare-table-three-changed.txt");

            assertThat(report.requests().values()).isEmpty();
            assertThat(codes(report)).doesNotContain(DiagnosticCode.CELL_POSITIONAL);
        }

        @Test
        void leftAbsentWhenTheCountDoesNotFit() throws Exception {
            AnnualReport report = parse(seedWithBareTableThree(n -> n.subList(1, n.size())),
                    "wuzhong-bare-table-three-short.txt");

            assertThat(report.requests().values()).isEmpty();
        }

        @Test
        void aShortTableGivesTheColumnsItsHeaderNames() throws Exception {
            String text = page("guangdong-longgang-dept-2024")
                    .replace("信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |", "信息内容 | 本年制发件数 |")
                    .replace("规章 | 0 | 0 | 0 |", "规章 | 0 |").replace("行政规范性文件 | 5 | 1 | 25 |", "行政规范性文件 | 5 |");

            AnnualReport report = parse(text, "longgang-issued-only.txt");

            hasValue(report, "proactive.normative_documents.issued", 5);
            assertThat(value(report, "proactive.normative_documents.in_force")).isEmpty();
            hasValue(report, "proactive.regulations.issued", 0);
        }
    }
}
