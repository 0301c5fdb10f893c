package io.github.xxgk.report.export;

import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.CellKey;
import io.github.xxgk.report.model.DiagnosticCode;
import io.github.xxgk.report.model.ReportMetadata;
import io.github.xxgk.report.model.Severity;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes reports as the wide CSV: one row per source file, with the columns {@code file}, {@code status}
 * ({@code parsed}; {@code not_a_report} for a document with no report in it, its reason in {@code message}; or
 * {@code failed}), {@code template}, {@code agency}, {@code year}, {@code errors}, {@code warnings},
 * {@code message}, then one column per cell key of the spec in {@link CellKey#all()} order, empty where the report
 * does not give the cell.
 *
 * <p>The header names the columns by key ({@link #columns()}) or in Chinese ({@link #chineseColumns()}); the rows
 * are the same either way. Quoting is RFC 4180's; rows end with {@code \n}. The writer does not close the
 * underlying stream.
 */
public final class WideCsv implements ReportWriter {

    /** The columns before the cell columns, in order. */
    public static final List<String> LEADING_COLUMNS = List.of("file", "status", "template", "agency", "year",
            "errors", "warnings", "message");

    private final CsvRows csv;

    private WideCsv(Writer out, List<String> header) throws IOException {
        this.csv = new CsvRows(out);
        csv.write(header);
    }

    /** A writer onto this output, its header of column keys ({@link #columns()}) written. */
    public WideCsv(Writer out) throws IOException {
        this(out, columns());
    }

    /** A writer onto this output, its header of Chinese column names ({@link #chineseColumns()}) written. */
    public static WideCsv withChineseHeader(Writer out) throws IOException {
        return new WideCsv(out, chineseColumns());
    }

    /** Every column name, in order. */
    public static List<String> columns() {
        List<String> columns = new ArrayList<>(LEADING_COLUMNS);
        CellKey.all().forEach(key -> columns.add(key.key()));
        return List.copyOf(columns);
    }

    /**
     * Every column's Chinese name, in the order of {@link #columns()}, each distinct: 文件, 状态, 模板, 发布机关, 年度,
     * 错误数, 警告数, 说明, then for each cell the template's own labels from the section down to the column, joined
     * by {@code -}, e.g. {@code 三、收到和处理政府信息公开申请情况-本年新收政府信息公开申请数量-总计}.
     */
    public static List<String> chineseColumns() {
        List<String> columns = new ArrayList<>(ChineseLabels.LEADING);
        CellKey.all().forEach(key -> columns.add(ChineseLabels.of(key)));
        return List.copyOf(columns);
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
        List<String> row = new ArrayList<>(LEADING_COLUMNS.size() + CellKey.all().size());
        row.add(file);
        row.add(status(report));
        row.add(metadata.template().key());
        row.add(metadata.agency().orElse(""));
        row.add(metadata.year().isPresent() ? Integer.toString(metadata.year().getAsInt()) : "");
        row.add(Integer.toString(report.diagnostics(Severity.ERROR).size()));
        row.add(Integer.toString(report.diagnostics(Severity.WARNING).size()));
        row.add(notAReportReason(report));
        for (CellKey key : CellKey.all()) {
            row.add(report.value(key).map(BigDecimal::toPlainString).orElse(""));
        }
        return row;
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
        List<String> row = new ArrayList<>(LEADING_COLUMNS.size() + CellKey.all().size());
        row.add(failure.file());
        row.add("failed");
        for (int i = 2; i < LEADING_COLUMNS.size() - 1; i++) {
            row.add("");
        }
        row.add(failure.text());
        for (int i = 0; i < CellKey.all().size(); i++) {
            row.add("");
        }
        return row;
    }

    @Override
    public void flush() throws IOException {
        csv.flush();
    }
}
