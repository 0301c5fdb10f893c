package io.github.xxgk.report.internal.recognize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The clauses of a pre-2019 report's prose, where the report often states a statistic of its table in words
 * (“2018年全区主动公开政府信息2069条”): evidence for a value whose cell boundaries were lost.
 */
final class LegacyProse {

    private static final Pattern CLAUSE_END = Pattern.compile("[。；;，,：:！？!?\\n]");
    private static final Pattern GROUP = Pattern.compile("^其中[：:]?");
    private static final Pattern ITEM = Pattern.compile("^\\d{1,2}[、.．]");
    private static final int STEM = 4;

    private final List<String> clauses;

    private LegacyProse(List<String> clauses) {
        this.clauses = clauses;
    }

    /** The prose of these texts. */
    static LegacyProse of(List<String> texts) {
        List<String> clauses = new ArrayList<>();
        for (String text : texts) {
            for (String clause : CLAUSE_END.split(Text.cleanProse(text))) {
                if (!clause.isBlank()) {
                    clauses.add(clause);
                }
            }
        }
        return new LegacyProse(clauses);
    }

    /**
     * The one clause that states this value of the indicator for the year, if there is one: it names the year
     * (“2018年”), the beginning of the indicator (its first four characters after any 其中 and item number, “主动公开”) and
     * the value with its unit as a whole number (“2069条”, not “12069条”).
     */
    Optional<String> stating(String indicator, String unit, int year, BigDecimal value) {
        String stem = ITEM.matcher(GROUP.matcher(indicator).replaceFirst("")).replaceFirst("");
        if (stem.length() < STEM) {
            return Optional.empty();
        }
        String begin = stem.substring(0, STEM);
        Pattern number = Pattern.compile("(?<![\\d.,])" + Pattern.quote(value.toPlainString() + unit));
        List<String> found = clauses.stream()
                .filter(c -> c.contains(year + "年") && c.contains(begin) && number.matcher(c).find())
                .toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }
}
