package io.github.xxgk.report.export;

import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.CellKey;
import io.github.xxgk.report.model.LegacyRow;
import io.github.xxgk.report.model.ReportMetadata;
import io.github.xxgk.report.series.Indicator;
import io.github.xxgk.report.series.Rate;
import io.github.xxgk.report.series.Series;
import io.github.xxgk.report.series.SeriesValue;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes reports as the long CSV: one row per value a report gives, with the columns {@link #COLUMNS}.
 *
 * <p>A template cell is written with its keys ({@code requests}, {@code new}, {@code total}); a value of a pre-2019
 * report's free-form tables ({@link AnnualReport#legacyRows()}) with table {@code legacy}, the indicator label as
 * row and the column header as column. Every file appears at least once: a file with no value at all (one that could
 * not be read, or whose tables were not found) gets one row with {@code table}, {@code row}, {@code column} and
 * {@code value} empty. Cells come in {@link CellKey#all()} order, then legacy values in source order, then the
 * headline figures (table {@code series}) and rates (table {@code rate}) of {@link Series}, with column empty and
 * in {@code source} the cells or the legacy indicator they came from, or the rate's formula; {@code source} is
 * empty on every other row.
 *
 * <p>Quoting is RFC 4180's; rows end with {@code \n}. The writer does not close the underlying stream.
 */
public final class LongCsv implements ReportWriter {

    /** The columns, in order. */
    public static final List<String> COLUMNS = Codebook.longFormat().stream().map(Column::name).toList();

    /** The table name of a headline figure ({@link Indicator}), its row the indicator's key. */
    public static final String SERIES_TABLE = "series";

    /** The table name of a rate ({@link Rate}), its row the rate's key. */
    public static final String RATE_TABLE = "rate";

    /** The table name of values from a pre-2019 report's free-form tables. */
    public static final String LEGACY_TABLE = "legacy";

    private final CsvRows csv;

    /** A writer onto this output, its header ({@link #COLUMNS}) written. */
    public LongCsv(Writer out) throws IOException {
        this(out, List.of(ColumnNames.KEYS));
    }

    private LongCsv(Writer out, List<ColumnNames> header) throws IOException {
        this.csv = new CsvRows(out);
        for (List<String> row : Codebook.header(Codebook.longFormat(), header)) {
            csv.write(row);
        }
    }

    /** A writer onto this output, with one header row per entry of {@code rows}, each naming the columns as it says. */
    public static LongCsv withHeader(Writer out, List<ColumnNames> rows) throws IOException {
        return new LongCsv(out, rows);
    }

    /** Writes the rows of a parsed report: one per value, or one without a value if it gives none. */
    @Override
    public void write(String file, AnnualReport report) throws IOException {
        ReportMetadata metadata = report.metadata();
        String agency = metadata.agency().orElse("");
        String year = metadata.year().isPresent() ? Integer.toString(metadata.year().getAsInt()) : "";
        String template = metadata.template().key();
        Map<CellKey, BigDecimal> values = report.values();
        for (Map.Entry<CellKey, BigDecimal> entry : values.entrySet()) {
            CellKey key = entry.getKey();
            csv.write(List.of(file, agency, year, template, key.table().key(), key.row().key(), key.column().key(),
                    entry.getValue().toPlainString(), ""));
        }
        for (LegacyRow legacy : report.legacyRows()) {
            csv.write(List.of(file, agency, year, template, LEGACY_TABLE, legacy.indicator(), legacy.column(),
                    legacy.value().toPlainString(), ""));
        }
        Series series = Series.of(report);
        for (Indicator indicator : Indicator.values()) {
            Optional<SeriesValue> value = series.get(indicator);
            if (value.isPresent()) {
                csv.write(List.of(file, agency, year, template, SERIES_TABLE, indicator.key(), "",
                        value.get().value().toPlainString(), value.get().source()));
            }
        }
        for (Rate rate : Rate.values()) {
            Optional<BigDecimal> value = series.rate(rate);
            if (value.isPresent()) {
                csv.write(List.of(file, agency, year, template, RATE_TABLE, rate.key(), "",
                        value.get().toPlainString(), rate.formula()));
            }
        }
        if (values.isEmpty() && report.legacyRows().isEmpty()) {
            csv.write(List.of(file, agency, year, template, "", "", "", "", ""));
        }
    }

    /** Writes the one row of a file that could not be read: every column but {@code file} empty. */
    @Override
    public void write(ReadFailure failure) throws IOException {
        csv.write(List.of(failure.file(), "", "", "", "", "", "", "", ""));
    }

    @Override
    public void flush() throws IOException {
        csv.flush();
    }
}
