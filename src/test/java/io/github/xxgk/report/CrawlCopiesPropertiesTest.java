package io.github.xxgk.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.report.SeedTables.SeedRow;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.CellKey;
import io.github.xxgk.report.model.Labelled;
import io.github.xxgk.report.model.Template;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The reports of {@code testdata/reports/} (2019 and 2021 templates) written back as crawls copy pages — every
 * table cell on its own line, with or without blank lines between, with or without {@code |} after each cell and a
 * bare {@code |} for a blank cell, header cells broken mid-word — and with their numbers put into words ("增19",
 * "减3", "124件", "无变化", full-width digits, thousands separators, an amount in 元 under 万元). The oracle is the
 * original's values: with {@code |} every value comes back; without, a row whose blank cells leave nothing on the
 * page cannot be told and stays absent, but no value is ever wrong.
 */
class CrawlCopiesPropertiesTest {

    private static final List<AnnualReport> REPORTS = reports();
    private static final String FULL_WIDTH_DIGITS = "０１２３４５６７８９";

    private static List<AnnualReport> reports() {
        List<AnnualReport> reports = new ArrayList<>();
        for (var file : TestData.reports()) {
            try {
                AnnualReport report = XxgkReport.parse(file);
                Template template = report.metadata().template();
                if ((template == Template.T2019 || template == Template.T2021) && !report.values().isEmpty()) {
                    reports.add(report);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(reports);
    }

    @Provide
    Arbitrary<Integer> reportIndex() {
        return Arbitraries.integers().between(0, REPORTS.size() - 1);
    }

    /** How a copy prints its cells. */
    record Layout(boolean pipes, boolean blankLines, boolean brokenHeaders, boolean worded, long seed) {
    }

    @Property(tries = 150)
    void aCopyOneCellPerLineGivesTheOriginalsValues(@ForAll("reportIndex") int index, @ForAll boolean pipes,
            @ForAll boolean blankLines, @ForAll boolean brokenHeaders) throws Exception {
        AnnualReport original = REPORTS.get(index);
        AnnualReport copy = parse(original, new Layout(pipes, blankLines, brokenHeaders, false, 0));

        assertNoWrongValue(original, copy);
        if (pipes) {
            assertSameValues(original, copy);
        } else {
            assertRowsWithoutPartialBlanks(original, copy);
        }
    }

    @Property(tries = 150)
    void numbersInWordsGiveTheOriginalsValues(@ForAll("reportIndex") int index, @ForAll boolean blankLines,
            @ForAll long seed) throws Exception {
        AnnualReport original = REPORTS.get(index);
        AnnualReport copy = parse(original, new Layout(true, blankLines, false, true, seed));

        assertSameValues(original, copy);
    }

    private static AnnualReport parse(AnnualReport original, Layout layout) throws Exception {
        return ReportParser.create().parseText(render(original, layout), "copy.txt");
    }

    private static void assertNoWrongValue(AnnualReport original, AnnualReport copy) {
        copy.values().forEach((key, value) -> assertThat(original.value(key)).as(key.key())
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(value)));
    }

    private static void assertSameValues(AnnualReport original, AnnualReport copy) {
        assertNoWrongValue(original, copy);
        assertThat(original.values().keySet().stream().filter(key -> copy.value(key).isEmpty()).map(CellKey::key))
                .as("cells of %s the copy lost", original.metadata().sourceName()).isEmpty();
    }

    /** Every row the original gives whole, or not at all, the copy gives the same. */
    private static void assertRowsWithoutPartialBlanks(AnnualReport original, AnnualReport copy) {
        Map<Labelled, List<CellKey>> rows = CellKey.all().stream()
                .filter(key -> original.metadata().template() != Template.T2019 || key.templates()
                        .contains(Template.T2019))
                .collect(Collectors.groupingBy(CellKey::row));
        rows.forEach((row, cells) -> {
            long present = cells.stream().filter(cell -> original.value(cell).isPresent()).count();
            if (present == cells.size()) {
                cells.forEach(cell -> assertThat(copy.value(cell)).as(cell.key()).isPresent());
            }
        });
    }

    /** The report as a page's text, its tables one cell per line in the layout. */
    static String render(AnnualReport report, Layout layout) {
        Random random = new Random(layout.seed());
        List<String> lines = new ArrayList<>();
        lines.add(report.metadata().title().orElse("政府信息公开工作年度报告"));
        lines.add("一、总体情况");
        lines.add("本年度政府信息公开工作有序开展。");
        lines.add("二、主动公开政府信息情况");
        cells(ModelTables.proactiveRows(report), layout, random, lines);
        lines.add("三、收到和处理政府信息公开申请情况");
        cells(ModelTables.requestRows(report), layout, random, lines);
        lines.add("四、政府信息公开行政复议、行政诉讼情况");
        cells(ModelTables.appealRows(report), layout, random, lines);
        lines.add("五、存在的主要问题及改进情况");
        lines.add("无。");
        lines.add("六、其他需要报告的事项");
        lines.add("无。");
        return String.join(layout.blankLines() ? "\n\n" : "\n", lines) + "\n";
    }

    /**
     * The rows' cells, one per line. A value's form, when worded, follows its column: table 二's header row before
     * it names the column (本年增/减 a signed change, 本年收费金额 an amount in 万元, 采购总金额 an amount).
     */
    private static void cells(List<SeedRow> rows, Layout layout, Random random, List<String> lines) {
        List<String> header = List.of();
        for (SeedRow row : rows) {
            boolean isHeader = row.numbers().isEmpty();
            if (isHeader && row.labels().size() > 1) {
                header = row.labels();
            }
            for (String label : row.labels()) {
                if (isHeader && layout.brokenHeaders() && label.length() >= 4) {
                    lines.add(cell(label.substring(0, label.length() / 2), layout));
                    lines.add(cell(label.substring(label.length() / 2), layout));
                } else {
                    lines.add(cell(label, layout));
                }
            }
            for (int i = 0; i < row.numbers().size(); i++) {
                String number = row.numbers().get(i);
                String column = header.size() == row.numbers().size() + 1 ? header.get(i + 1) : "";
                if (number.isEmpty()) {
                    if (layout.pipes()) {
                        lines.add("|");
                    }
                } else {
                    lines.add(cell(layout.worded() ? worded(number, column, random) : number, layout));
                }
            }
        }
    }

    private static String cell(String text, Layout layout) {
        return layout.pipes() ? text + " |" : text;
    }

    /** A number written as copies write it in its column, its value unchanged. */
    static String worded(String number, String column, Random random) {
        BigDecimal value = new BigDecimal(number);
        if (column.contains("万元")) {
            return random.nextBoolean() ? number : value.movePointRight(4).toPlainString() + "元";
        }
        if (column.contains("金额")) {
            return random.nextBoolean() ? number : number + "元";
        }
        if (column.contains("增/减")) {
            String magnitude = value.abs().toPlainString();
            return switch (random.nextInt(3)) {
                case 0 -> number;
                case 1 -> value.signum() == 0 ? "无变化" : (value.signum() < 0 ? "减" : "增") + magnitude;
                default -> value.signum() == 0 ? "0" : (value.signum() < 0 ? "减少" : "增加") + magnitude;
            };
        }
        return switch (random.nextInt(4)) {
            case 0 -> number;
            case 1 -> number + "件";
            case 2 -> fullWidth(number);
            default -> value.compareTo(BigDecimal.valueOf(1000)) >= 0 ? String.format(Locale.ROOT, "%,d", value.longValue())
                    : number;
        };
    }

    private static String fullWidth(String digits) {
        StringBuilder out = new StringBuilder();
        for (char c : digits.toCharArray()) {
            out.append(Character.isDigit(c) ? FULL_WIDTH_DIGITS.charAt(c - '0') : c);
        }
        return out.toString();
    }
}
