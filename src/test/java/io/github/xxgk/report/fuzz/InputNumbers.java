package io.github.xxgk.report.fuzz;

import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.LegacyRow;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The oracle of "never lies": every value a report gives must be printed in its input. A value is printed if its
 * digits (with its decimal point, without sign) are a substring of a digit run of the input text, where
 *
 * <ul>
 *   <li>the text is taken as it is and NFKC-normalised, so full-width digits (１２) count as digits, as the parser
 *       reads them;
 *   <li>a run is a maximal run of ASCII digits, or a number written with thousands separators ({@code 1,234},
 *       {@code 1，234} or {@code 1 234}, groups of exactly three) and decimals, separators removed — but
 *       {@code 1,2} and {@code 1 2} are two runs;
 *   <li>a substring, not the whole run, because a run-together row ({@code 1000001}, seven cells printed without
 *       spaces) is split into values that are each a piece of it.
 * </ul>
 *
 * <p>So the check is sound: a correct parser never fails it. It is weak for one-digit values, which any input holds
 * somewhere; it bites on what a parser could invent: a sum, a misread thousands separator, digits joined across
 * cells.
 */
final class InputNumbers {

    /** ASCII digits only: Java's {@code \d} without UNICODE_CHARACTER_CLASS; other digits count after NFKC. */
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern NUMBER =
            Pattern.compile("\\d{1,3}(?:(?:[,，]|\\s+)\\d{3})+(?:\\.\\d+)?|\\d+\\.\\d+");

    private final Set<String> runs = new HashSet<>();

    /** The digit runs of these texts: the decodings of one input. */
    InputNumbers(Collection<String> texts) {
        for (String text : texts) {
            add(text);
            add(Normalizer.normalize(text, Normalizer.Form.NFKC));
        }
    }

    private void add(String text) {
        Matcher digits = DIGITS.matcher(text);
        while (digits.find()) {
            runs.add(digits.group());
        }
        Matcher number = NUMBER.matcher(text);
        while (number.find()) {
            runs.add(number.group().replaceAll("[,，\\s]", ""));
        }
    }

    /** Whether the value's digits are printed in the input. */
    boolean printed(BigDecimal value) {
        String digits = value.abs().toPlainString();
        for (String run : runs) {
            if (run.contains(digits)) {
                return true;
            }
        }
        return false;
    }

    /** The report's values, table cells and legacy rows, that are not printed in the input. */
    List<String> invented(AnnualReport report) {
        List<String> invented = new ArrayList<>();
        for (Map.Entry<?, BigDecimal> cell : report.values().entrySet()) {
            if (!printed(cell.getValue())) {
                invented.add(cell.getKey() + "=" + cell.getValue().toPlainString());
            }
        }
        for (LegacyRow row : report.legacyRows()) {
            if (!printed(row.value())) {
                invented.add("legacy " + row.indicator() + "/" + row.column() + "=" + row.value().toPlainString());
            }
        }
        return invented;
    }
}
