package io.github.xxgk.report.cli.summary;

import io.github.xxgk.report.cli.summary.Charts.Kind;
import io.github.xxgk.report.cli.summary.Charts.Series;
import io.github.xxgk.report.cli.summary.Html.Column;
import io.github.xxgk.report.model.AppealOutcome;
import io.github.xxgk.report.model.AppealRow;
import io.github.xxgk.report.model.Applicant;
import io.github.xxgk.report.model.CellKey;
import io.github.xxgk.report.model.ProactiveColumn;
import io.github.xxgk.report.model.ProactiveRow;
import io.github.xxgk.report.model.RequestRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The numbers by year: the {@code series.*} columns when the CSV has them (with the {@code rate.*} columns), else
 * the headline cells of the tables; for each, the reports giving a value, their total and their median per year;
 * and how the requests received are distributed over the reports.
 */
final class NumbersSection {

    /** The headline cells, used when the CSV has no {@code series.*} columns. */
    static final List<CellKey> HEADLINE_CELLS = List.of(
            CellKey.of(RequestRow.NEW, Applicant.TOTAL),
            CellKey.of(RequestRow.CARRIED_OVER, Applicant.TOTAL),
            CellKey.of(RequestRow.GRANTED, Applicant.TOTAL),
            CellKey.of(RequestRow.PARTIALLY_GRANTED, Applicant.TOTAL),
            CellKey.of(RequestRow.RESULTS_TOTAL, Applicant.TOTAL),
            CellKey.of(RequestRow.CARRIED_FORWARD, Applicant.TOTAL),
            CellKey.of(AppealRow.RECONSIDERATION, AppealOutcome.TOTAL),
            CellKey.of(AppealRow.LITIGATION_DIRECT, AppealOutcome.TOTAL),
            CellKey.of(AppealRow.LITIGATION_AFTER_RECONSIDERATION, AppealOutcome.TOTAL),
            CellKey.of(ProactiveRow.FEES, ProactiveColumn.AMOUNT));

    /** The requests received, the distribution's column when the CSV has no series of them. */
    static final CellKey REQUESTS_RECEIVED = CellKey.of(RequestRow.NEW, Applicant.TOTAL);

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE]-?\\d+)?");
    private static final double[] BINS = {0, 1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10_000};

    /**
     * A column drawn by year.
     *
     * @param key the column's name
     * @param zh its Chinese name, empty if it has none
     * @param index its place in the row
     * @param rate whether it is a rate, whose total means nothing
     * @param years its values, by year
     */
    private record Indicator(String key, String zh, int index, boolean rate, Map<Integer, Values> years) {
    }

    private final List<Indicator> indicators = new ArrayList<>();
    private final boolean fromSeries;
    private final Optional<Integer> distributionColumn;
    private final String distributionKey;
    private final double[] bins = new double[BINS.length];
    private int negatives;

    NumbersSection(WideColumns header) {
        fromSeries = !header.series().isEmpty();
        if (fromSeries) {
            header.series().forEach((key, index) -> indicators.add(new Indicator(key, "", index, false,
                    new TreeMap<>())));
        } else {
            HEADLINE_CELLS.stream().filter(header.cells()::containsKey).forEach(cell -> indicators.add(
                    new Indicator(cell.key(), cell.row().label() + "（" + cell.column().label() + "）",
                            header.cells().get(cell), false, new TreeMap<>())));
        }
        header.rates().forEach((key, index) -> indicators.add(new Indicator(key, "", index, true, new TreeMap<>())));
        Optional<String> receivedSeries = header.series().keySet().stream()
                .filter(key -> key.equals(io.github.xxgk.report.series.Indicator.REQUESTS_NEW.column())).findFirst();
        distributionKey = receivedSeries.orElse(REQUESTS_RECEIVED.key());
        distributionColumn = receivedSeries.map(header.series()::get)
                .or(() -> Optional.ofNullable(header.cells().get(REQUESTS_RECEIVED)));
    }

    void add(ReportRow row) {
        if (!row.isReport()) {
            return;
        }
        if (row.year().isPresent()) {
            int year = row.year().getAsInt();
            for (Indicator indicator : indicators) {
                String cell = row.cells()[indicator.index()];
                if (NUMBER.matcher(cell).matches()) {
                    indicator.years().computeIfAbsent(year, y -> new Values()).add(Double.parseDouble(cell));
                }
            }
        }
        distributionColumn.map(index -> row.cells()[index]).filter(cell -> NUMBER.matcher(cell).matches())
                .ifPresent(cell -> bin(Double.parseDouble(cell)));
    }

    void render(Element body, Charts charts) {
        Element section = Html.section(body, "numbers", "数字", "The numbers");
        if (fromSeries) {
            Html.note(section, "各年度的 series.* 指标（及 rate.* 比率）：有值的报告数、合计与中位数。",
                    "The series.* indicators (and rate.* rates) by year: reports with a value, total and median.");
        } else {
            Html.note(section, "CSV 没有 series.* 列，故按年度显示各表的主要单元格：有值的报告数、合计与中位数。",
                    "The CSV has no series.* columns, so the tables' headline cells are shown by year: reports "
                            + "with a value, total and median.");
        }
        Html.note(section, "有算术错误的报告也计入，数字照原样。", "Reports with errors are counted too, their numbers as "
                + "published.");
        List<Integer> years = years();
        List<String> categories = years.stream().map(String::valueOf).toList();
        Element grid = section.appendElement("div").addClass("grid");
        int n = 0;
        for (Indicator indicator : indicators) {
            if (indicator.years().isEmpty()) {
                continue;
            }
            Charts.Chart chart = charts.add(grid, "chart-year-" + n++, Kind.YEARLY,
                    indicator.zh().isEmpty() ? indicator.key() : indicator.zh(), indicator.key())
                    .categories(categories);
            chart.series(new Series("有值的报告 reports", false, true, true,
                    perYear(indicator, years, Values::size, 0)));
            if (!indicator.rate()) {
                chart.series(new Series("合计 total", true, false, true, perYear(indicator, years, Values::sum, Double.NaN)));
            }
            chart.series(new Series("中位数 median", true, false, indicator.rate(),
                    perYear(indicator, years, Values::median, Double.NaN)));
        }
        distributionChart(grid, charts);
        table(section, years);
    }

    private void bin(double value) {
        int bin = BINS.length - 1;
        while (bin >= 0 && value < BINS[bin]) {
            bin--;
        }
        if (bin < 0) {
            negatives++;
        } else {
            bins[bin]++;
        }
    }

    private void distributionChart(Element parent, Charts charts) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < BINS.length; i++) {
            names.add(i == BINS.length - 1 ? "≥" + Html.count((long) BINS[i])
                    : BINS[i + 1] - BINS[i] == 1 ? Html.count((long) BINS[i])
                    : Html.count((long) BINS[i]) + "–" + Html.count((long) BINS[i + 1] - 1));
        }
        charts.add(parent, "chart-requests-distribution", Kind.BAR, "每份报告（一个机关一年）的新收申请数",
                "Requests received per report (one agency, one year): " + distributionKey)
                .categories(names).series(Series.bars("报告 reports", bins.clone()));
        if (negatives > 0) {
            Html.note(parent, negatives + " 个负数未计入分布。",
                    negatives + " negative values are left out of the distribution.");
        }
    }

    private void table(Element section, List<Integer> years) {
        Element table = Html.table(section, "numbers-by-year", true, List.of(Column.text("指标", "indicator"),
                Column.number("年度", "year"), Column.number("有值的报告", "reports with a value"),
                Column.number("合计", "total"), Column.number("中位数", "median")));
        for (Indicator indicator : indicators) {
            for (int year : years) {
                Values values = indicator.years().get(year);
                if (values == null) {
                    continue;
                }
                Element row = Html.row(table, indicator.key() + "@" + year);
                Html.code(row, indicator.key());
                Html.year(row, Integer.toString(year));
                Html.number(row, values.size());
                Html.decimal(row, indicator.rate() ? Double.NaN : values.sum());
                Html.decimal(row, values.median());
            }
        }
    }

    private List<Integer> years() {
        TreeSet<Integer> years = new TreeSet<>();
        indicators.forEach(indicator -> years.addAll(indicator.years().keySet()));
        return List.copyOf(years);
    }

    /** A measure of the indicator's values for each year, {@code absent} for a year without values. */
    private static double[] perYear(Indicator indicator, List<Integer> years, ToDoubleFunction<Values> measure,
            double absent) {
        return years.stream().mapToDouble(year -> {
            Values values = indicator.years().get(year);
            return values == null ? absent : measure.applyAsDouble(values);
        }).toArray();
    }
}
