package io.github.xxgk.report.cli.summary;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule a report breaks, as its diagnostic states it: the cells, and the two sides of the equation that do not
 * meet ({@code requests.row_total[new]: natural_person 1 + … = 1, but total = 2}).
 *
 * @param file the file of the report
 * @param report its agency and year
 * @param code the rule
 * @param place the cells, {@code table.row.column} as far as the diagnostic names them
 * @param left the left side, or the whole finding if it has no two sides
 * @param right the right side, empty if none
 * @param difference how far apart the sides are; {@code NaN} if they cannot be told
 */
record Violation(String file, String report, String code, String place, String left, String right,
        double difference) {

    private static final String BUT = ", but ";
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");

    /** The violation a rule's diagnostic states. */
    static Violation of(DiagnosticRow diagnostic, String report) {
        String message = diagnostic.message();
        int subject = message.indexOf("]: ");
        String finding = subject < 0 ? message : message.substring(subject + 3);
        int but = finding.indexOf(BUT);
        if (but < 0) {
            return new Violation(diagnostic.file(), report, diagnostic.code(), diagnostic.place(), finding, "",
                    Double.NaN);
        }
        String left = finding.substring(0, but);
        String right = finding.substring(but + BUT.length());
        return new Violation(diagnostic.file(), report, diagnostic.code(), diagnostic.place(), left, right,
                Math.abs(value(left) - value(right)));
    }

    /** The value of a side: after its last {@code =} ({@code a 1 + b 2 = 3}), else its first number. */
    private static double value(String side) {
        Matcher number = NUMBER.matcher(side.substring(side.lastIndexOf('=') + 1));
        return number.find() ? Double.parseDouble(number.group()) : Double.NaN;
    }
}
