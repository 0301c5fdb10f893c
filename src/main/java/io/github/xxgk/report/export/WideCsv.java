package io.github.xxgk.report.export;

import io.github.xxgk.report.model.AgencyDivision;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.CellKey;
import io.github.xxgk.report.model.DiagnosticCode;
import io.github.xxgk.report.model.Division;
import io.github.xxgk.report.model.ReportMetadata;
import io.github.xxgk.report.model.Severity;
import io.github.xxgk.report.series.Indicator;
import io.github.xxgk.report.series.Rate;
import io.github.xxgk.report.series.Series;
import io.github.xxgk.report.series.SeriesValue;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes reports as the wide CSV: one row per source file, with the columns {@code file}, {@code status}
 * ({@code parsed}; {@code not_a_report} for a document with no report in it, its reason in {@code message}; or
 * {@code failed}), {@code template}, {@code agency}, {@code year}, {@code errors}, {@code warnings},
 * {@code message}, then where the agency sits ({@link #DIVISION_COLUMNS}: its level and the code and name of its
 * province, prefecture, county and township, empty where it is not placed or has no such division), then one column
 * per cell key of the spec in {@link CellKey#all()} order, empty where the report does not give the cell, then the
 * headline figures ({@code series.*}, one per {@link Indicator}) and the rates ({@code rate.*}, one per {@link Rate})
 * of {@link Series}, empty where they cannot be derived. {@link Codebook#wide()} describes every column.
 *
 * <p>The header names the columns by key ({@link #columns()}), in Chinese ({@link #chineseColumns()}), by Stata name,
 * or in several header rows ({@link #withHeader}); the rows are the same either way. Quoting is RFC 4180's; rows end with {@code \n}. The writer does not close the
 * underlying stream.
 */
public final class WideCsv implements ReportWriter {

    /** The columns before the cell columns, in order. */
    public static final List<String> LEADING_COLUMNS = List.of("file", "status", "template", "agency", "year",
            "errors", "warnings", "message");

    /**
     * The columns of the agency's division, after {@link #LEADING_COLUMNS}: {@code division.level} (the
     * {@link io.github.xxgk.report.model.AgencyLevel} key), then code and name of each level from the province down.
     */
    public static final List<String> DIVISION_COLUMNS = List.of("division.level", "division.province_code",
            "division.province", "division.prefecture_code", "division.prefecture", "division.county_code",
            "division.county", "division.township_code", "division.township");

    /** The levels of the division columns, in their order. */
    private static final List<Function<AgencyDivision, Optional<Division>>> LEVELS = List.of(
            AgencyDivision::province, AgencyDivision::prefecture, AgencyDivision::county, AgencyDivision::township);

    private final CsvRows csv;

    private WideCsv(Writer out, List<List<String>> header) throws IOException {
        this.csv = new CsvRows(out);
        for (List<String> row : header) {
            csv.write(row);
        }
    }

    /** A writer onto this output, its header of column keys ({@link #columns()}) written. */
    public WideCsv(Writer out) throws IOException {
        this(out, List.of(columns()));
    }

    /** A writer onto this output, its header of Chinese column names ({@link #chineseColumns()}) written. */
    public static WideCsv withChineseHeader(Writer out) throws IOException {
        return new WideCsv(out, List.of(chineseColumns()));
    }

    /**
     * A writer onto this output, with one header row per entry of {@code rows}, each naming the columns as it says
     * (e.g. Stata names then Chinese names).
     */
    public static WideCsv withHeader(Writer out, List<ColumnNames> rows) throws IOException {
        return new WideCsv(out, Codebook.header(Codebook.wide(), rows));
    }

    /** Every column name, in order. */
    public static List<String> columns() {
        return Codebook.wide().stream().map(Column::name).toList();
    }

    /**
     * Every column's Chinese name, in the order of {@link #columns()}, each distinct: 文件, 状态, 模板, 发布机关, 年度,
     * 错误数, 警告数, 说明, 行政层级, 省级区划代码, 省级区划 … 乡级区划, then for each cell the template's own labels
     * from the section down to the column, joined by {@code -}, e.g. {@code 三、收到和处理政府信息公开申请情况-本年新收政府信息公开申请数量-总计}.
     */
    public static List<String> chineseColumns() {
        return Codebook.wide().stream().map(Column::chineseName).toList();
    }

    /** Writes the row of a parsed report. */
    @Override
    public void write(String file, AnnualReport report) throws IOException {
        csv.write(row(file, report));
    }

    /**
     * The values of a parsed report's row, in the order of {@link #columns()}, as {@link #write(String,
     * AnnualReport)} writes them before CSV quoting: an absent value is an empty string, a number is its plain
     * decimal text. For tables of other kinds than CSV (a Spark job's, a database's) built with the same columns.
     */
    public static List<String> row(String file, AnnualReport report) {
        ReportMetadata metadata = report.metadata();
        List<String> row = new ArrayList<>(Codebook.wide().size());
        row.add(file);
        row.add(status(report));
        row.add(metadata.template().key());
        row.add(metadata.agency().orElse(""));
        row.add(metadata.year().isPresent() ? Integer.toString(metadata.year().getAsInt()) : "");
        row.add(Integer.toString(report.diagnostics(Severity.ERROR).size()));
        row.add(Integer.toString(report.diagnostics(Severity.WARNING).size()));
        row.add(notAReportReason(report));
        addDivision(row, metadata.division());
        for (CellKey key : CellKey.all()) {
            row.add(report.value(key).map(BigDecimal::toPlainString).orElse(""));
        }
        Series series = Series.of(report);
        for (Indicator indicator : Indicator.values()) {
            row.add(series.get(indicator).map(SeriesValue::value).map(BigDecimal::toPlainString).orElse(""));
        }
        for (Rate rate : Rate.values()) {
            row.add(series.rate(rate).map(BigDecimal::toPlainString).orElse(""));
        }
        return row;
    }

    /** The {@link #DIVISION_COLUMNS} of a report: all empty for an agency not placed. */
    private static void addDivision(List<String> row, Optional<AgencyDivision> division) {
        row.add(division.map(place -> place.level().key()).orElse(""));
        for (Function<AgencyDivision, Optional<Division>> level : LEVELS) {
            Optional<Division> unit = division.flatMap(level);
            row.add(unit.map(Division::code).orElse(""));
            row.add(unit.map(Division::name).orElse(""));
        }
    }

    /** The {@code status} of a read file: {@code parsed}, or {@code not_a_report} for a document without a report. */
    static String status(AnnualReport report) {
        return report.isReport() ? "parsed" : "not_a_report";
    }

    /** Why a read file is no report, for the {@code message} column; empty for a report. */
    static String notAReportReason(AnnualReport report) {
        return report.diagnostics().stream().filter(d -> d.code() == DiagnosticCode.SOURCE_NOT_A_REPORT)
                .map(d -> d.code().code() + ": " + d.message()).findFirst().orElse("");
    }

    /** Writes the row of a file that could not be read: status {@code failed}, the reason and message in {@code message}. */
    @Override
    public void write(ReadFailure failure) throws IOException {
        csv.write(row(failure));
    }

    /** The values of a failed file's row, as {@link #row(String, AnnualReport)} gives a parsed report's. */
    public static List<String> row(ReadFailure failure) {
        List<String> row = new ArrayList<>(Codebook.wide().size());
        row.add(failure.file());
        row.add("failed");
        for (int i = 2; i < LEADING_COLUMNS.size() - 1; i++) {
            row.add("");
        }
        row.add(failure.text());
        while (row.size() < Codebook.wide().size()) {
            row.add("");
        }
        return row;
    }

    @Override
    public void flush() throws IOException {
        csv.flush();
    }
}
