package io.github.xxgk.report.spark;

import io.github.xxgk.report.ReportReadException;
import io.github.xxgk.report.export.Codebook;
import io.github.xxgk.report.export.Column;
import io.github.xxgk.report.export.ColumnType;
import io.github.xxgk.report.export.DiagnosticsCsv;
import io.github.xxgk.report.export.ReadFailure;
import io.github.xxgk.report.export.WideCsv;
import io.github.xxgk.report.model.AnnualReport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The tables a conversion gives, and their rows: the wide table has the columns of the command line's wide CSV
 * ({@link Codebook#wide()}) with the values {@link WideCsv#row} gives, typed; the diagnostics table has those of
 * {@link Codebook#diagnostics()}. An empty CSV value is null.
 *
 * <p>Counts are {@code long}, amounts {@code decimal(38,18)}, rates {@code decimal(38,4)}, {@code year},
 * {@code errors}, {@code warnings} and {@code line} {@code int}, the rest strings. A report with a value its column cannot hold
 * exactly (a count beyond a long, from digits run together) gives a failed row with reason {@code limit_exceeded}
 * naming the cell, never a null or a rounded number.
 */
final class Tables {

    /** The type of amounts: 20 digits before the point and 18 after hold every amount a report prints. */
    static final DecimalType DECIMAL = DataTypes.createDecimalType(38, 18);

    /** The type of rates, which are rounded to four decimals. */
    static final DecimalType RATE = DataTypes.createDecimalType(38, 4);

    /** The column of the outcomes that holds each file's diagnostics. */
    static final String DIAGNOSTICS_COLUMN = "diagnostics";

    /** The wide table. */
    static final StructType REPORTS = schema(Codebook.wide(), Set.of("file", "status"));

    /** The diagnostics table. */
    static final StructType DIAGNOSTICS = schema(Codebook.diagnostics(), Set.of("file", "severity", "code",
            "message"));

    /** One diagnostic, without its file. */
    private static final StructType DIAGNOSTIC = new StructType(Arrays.copyOfRange(DIAGNOSTICS.fields(), 1,
            DIAGNOSTICS.size()));

    /** What the parse of one file gives: its row of the wide table and its diagnostics. */
    static final StructType OUTCOMES = REPORTS.add(DIAGNOSTICS_COLUMN,
            DataTypes.createArrayType(DIAGNOSTIC, false), false);

    private Tables() {
    }

    /** The columns typed, nullable but for those always given. */
    private static StructType schema(List<Column> columns, Set<String> given) {
        List<StructField> fields = new ArrayList<>();
        for (Column column : columns) {
            fields.add(DataTypes.createStructField(column.name(), typeOf(column.type()),
                    !given.contains(column.name())));
        }
        return DataTypes.createStructType(fields);
    }

    private static DataType typeOf(ColumnType type) {
        return switch (type) {
            case STRING -> DataTypes.StringType;
            case INTEGER -> DataTypes.IntegerType;
            case COUNT, SIGNED_COUNT -> DataTypes.LongType;
            case AMOUNT -> DECIMAL;
            case RATE -> RATE;
        };
    }

    /** The outcome of a parsed file, or of a failed one if a value does not fit its column. */
    static Row outcome(String file, AnnualReport report) {
        List<String> values = WideCsv.row(file, report);
        Object[] row = new Object[OUTCOMES.size()];
        StructField[] fields = REPORTS.fields();
        for (int i = 0; i < fields.length; i++) {
            try {
                row[i] = typed(values.get(i), fields[i].dataType());
            } catch (ArithmeticException | NumberFormatException e) {
                return outcome(new ReadFailure(file, ReportReadException.Reason.LIMIT_EXCEEDED.key(),
                        "the cell " + fields[i].name() + " holds " + values.get(i) + ", which its column of type "
                                + fields[i].dataType().simpleString() + " cannot hold"));
            }
        }
        List<List<String>> diagnostics = DiagnosticsCsv.rows(file, report);
        Row[] typed = new Row[diagnostics.size()];
        for (int i = 0; i < typed.length; i++) {
            typed[i] = diagnostic(diagnostics.get(i));
        }
        row[fields.length] = typed;
        return RowFactory.create(row);
    }

    /** The outcome of a file that could not be read: its failed row and its one {@code read.REASON} diagnostic. */
    static Row outcome(ReadFailure failure) {
        List<String> values = WideCsv.row(failure);
        Object[] row = new Object[OUTCOMES.size()];
        StructField[] fields = REPORTS.fields();
        for (int i = 0; i < fields.length; i++) {
            row[i] = typed(values.get(i), fields[i].dataType());
        }
        row[fields.length] = new Row[] {diagnostic(DiagnosticsCsv.row(failure))};
        return RowFactory.create(row);
    }

    /** A diagnostic's row without its file, from its CSV values. */
    private static Row diagnostic(List<String> values) {
        StructField[] fields = DIAGNOSTIC.fields();
        Object[] row = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) {
            row[i] = typed(values.get(i + 1), fields[i].dataType());
        }
        return RowFactory.create(row);
    }

    /** A CSV value as its column's type; null if empty. */
    private static Object typed(String value, DataType type) {
        if (value.isEmpty()) {
            return null;
        }
        if (type == DataTypes.LongType) {
            return Long.parseLong(value);
        }
        if (type == DataTypes.IntegerType) {
            return Integer.parseInt(value);
        }
        if (type instanceof DecimalType decimal) {
            BigDecimal amount = new BigDecimal(value).setScale(decimal.scale(), RoundingMode.UNNECESSARY);
            if (amount.precision() > decimal.precision()) {
                throw new ArithmeticException("beyond " + decimal.precision() + " digits");
            }
            return amount;
        }
        return value;
    }
}
