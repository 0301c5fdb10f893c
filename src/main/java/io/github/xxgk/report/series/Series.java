package io.github.xxgk.report.series;

import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.AppealOutcome;
import io.github.xxgk.report.model.AppealRow;
import io.github.xxgk.report.model.CellKey;
import io.github.xxgk.report.model.Template;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The headline figures ({@link Indicator}) and rates ({@link Rate}) of one report, comparable across templates.
 *
 * <p>In a 2019 or 2021 report an indicator is the sum of its {@link Indicator#cells()}, present only when every one
 * of those cells is (a sum over missing cells is missing, never 0). In a pre-2019 report it is the value of the
 * statistics-table indicator whose label names it, in the column of the reporting year; a label that could mean
 * more than one figure is not mapped, and two rows that give one figure different values leave it absent. A report
 * of unknown template has none. Rates are computed from the published values; nothing is corrected.
 *
 * <p>Immutable and safe to share.
 */
public final class Series {

    /** The decimals a rate is rounded to. */
    public static final int RATE_SCALE = 4;

    private final Map<Indicator, SeriesValue> values;
    private final Map<Rate, BigDecimal> rates;

    private Series(Map<Indicator, SeriesValue> values, Map<Rate, BigDecimal> rates) {
        this.values = Collections.unmodifiableMap(values);
        this.rates = Collections.unmodifiableMap(rates);
    }

    /** The series of a report. */
    public static Series of(AnnualReport report) {
        Template template = report.metadata().template();
        Map<Indicator, SeriesValue> values = switch (template) {
            case T2021, T2019 -> fromCells(report);
            case PRE2019 -> LegacyIndicators.values(report.legacyRows(), report.metadata().year());
            case UNKNOWN -> new EnumMap<>(Indicator.class);
        };
        Map<Rate, BigDecimal> rates = new EnumMap<>(Rate.class);
        ratio(sum(values, Indicator.GRANTED, Indicator.PARTIALLY_GRANTED), value(values, Indicator.RESULTS_TOTAL))
                .ifPresent(rate -> rates.put(Rate.DISCLOSURE, rate));
        ratio(value(values, Indicator.DENIED), value(values, Indicator.RESULTS_TOTAL))
                .ifPresent(rate -> rates.put(Rate.REFUSAL, rate));
        correction(report, List.of(AppealRow.RECONSIDERATION))
                .ifPresent(rate -> rates.put(Rate.RECONSIDERATION_CORRECTION, rate));
        correction(report, List.of(AppealRow.LITIGATION_DIRECT, AppealRow.LITIGATION_AFTER_RECONSIDERATION))
                .ifPresent(rate -> rates.put(Rate.LITIGATION_CORRECTION, rate));
        return new Series(values, rates);
    }

    /** The indicator's value and source, if the report gives it. */
    public Optional<SeriesValue> get(Indicator indicator) {
        return Optional.ofNullable(values.get(indicator));
    }

    /** The rate, if every term is present and the denominator is not 0. */
    public Optional<BigDecimal> rate(Rate rate) {
        return Optional.ofNullable(rates.get(rate));
    }

    private static Map<Indicator, SeriesValue> fromCells(AnnualReport report) {
        Map<Indicator, SeriesValue> values = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.values()) {
            sumOfCells(report, indicator.cells()).ifPresent(sum -> {
                StringJoiner source = new StringJoiner(" + ");
                indicator.cells().forEach(cell -> source.add(cell.key()));
                values.put(indicator, new SeriesValue(sum, source.toString()));
            });
        }
        return values;
    }

    private static Optional<BigDecimal> sumOfCells(AnnualReport report, List<CellKey> cells) {
        BigDecimal sum = BigDecimal.ZERO;
        for (CellKey cell : cells) {
            Optional<BigDecimal> value = report.value(cell);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            sum = sum.add(value.get());
        }
        return Optional.of(sum);
    }

    private static Optional<BigDecimal> value(Map<Indicator, SeriesValue> values, Indicator indicator) {
        return Optional.ofNullable(values.get(indicator)).map(SeriesValue::value);
    }

    private static Optional<BigDecimal> sum(Map<Indicator, SeriesValue> values, Indicator a, Indicator b) {
        return value(values, a).flatMap(x -> value(values, b).map(x::add));
    }

    /** 纠错率 over the rows: (corrected + other) / (upheld + corrected + other), each summed over the rows. */
    private static Optional<BigDecimal> correction(AnnualReport report, List<AppealRow> rows) {
        Optional<BigDecimal> upheld = sumOfCells(report, cells(rows, AppealOutcome.UPHELD));
        Optional<BigDecimal> corrected = sumOfCells(report, cells(rows, AppealOutcome.CORRECTED));
        Optional<BigDecimal> other = sumOfCells(report, cells(rows, AppealOutcome.OTHER));
        if (upheld.isEmpty() || corrected.isEmpty() || other.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal corrections = corrected.get().add(other.get());
        return ratio(Optional.of(corrections), Optional.of(corrections.add(upheld.get())));
    }

    private static List<CellKey> cells(List<AppealRow> rows, AppealOutcome outcome) {
        return rows.stream().map(row -> CellKey.of(row, outcome)).toList();
    }

    private static Optional<BigDecimal> ratio(Optional<BigDecimal> numerator, Optional<BigDecimal> denominator) {
        if (numerator.isEmpty() || denominator.isEmpty() || denominator.get().signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(numerator.get().divide(denominator.get(), RATE_SCALE, RoundingMode.HALF_EVEN));
    }
}
