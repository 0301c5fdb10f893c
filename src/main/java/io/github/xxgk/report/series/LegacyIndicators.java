package io.github.xxgk.report.series;

import io.github.xxgk.report.model.LegacyRow;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The indicators of pre-2019 statistics tables that mean a headline figure, by label. Labels are compared after
 * removing white space, a leading 其中 and item number (1. 1、 （1） 一、) and a trailing unit in brackets; only the
 * forms listed here are mapped, so a label that could mean two things (接受行政诉讼、举报数) or only a part of a
 * figure (当面申请数) maps to nothing.
 */
final class LegacyIndicators {

    private static final Map<String, Indicator> BY_LABEL = Map.ofEntries(
            Map.entry("受理依申请公开信息总数", Indicator.REQUESTS_NEW),
            Map.entry("受理依申请公开信息数", Indicator.REQUESTS_NEW),
            Map.entry("受理依申请公开总数", Indicator.REQUESTS_NEW),
            Map.entry("受理政府信息公开申请总数", Indicator.REQUESTS_NEW),
            Map.entry("受理政府信息公开申请数", Indicator.REQUESTS_NEW),
            Map.entry("受理申请总数", Indicator.REQUESTS_NEW),
            Map.entry("收到政府信息公开申请数", Indicator.REQUESTS_NEW),
            Map.entry("收到申请总数", Indicator.REQUESTS_NEW),
            Map.entry("依申请公开信息受理数", Indicator.REQUESTS_NEW),
            Map.entry("上年结转申请数", Indicator.REQUESTS_CARRIED_OVER),
            Map.entry("上年度结转申请数", Indicator.REQUESTS_CARRIED_OVER),
            Map.entry("同意公开答复数", Indicator.GRANTED),
            Map.entry("同意公开数", Indicator.GRANTED),
            Map.entry("予以公开答复数", Indicator.GRANTED),
            Map.entry("予以公开数", Indicator.GRANTED),
            Map.entry("同意部分公开答复数", Indicator.PARTIALLY_GRANTED),
            Map.entry("同意部分公开数", Indicator.PARTIALLY_GRANTED),
            Map.entry("部分公开答复数", Indicator.PARTIALLY_GRANTED),
            Map.entry("部分公开数", Indicator.PARTIALLY_GRANTED),
            Map.entry("不予公开答复数", Indicator.DENIED),
            Map.entry("不同意公开答复数", Indicator.DENIED),
            Map.entry("否决公开答复数", Indicator.DENIED),
            Map.entry("不予公开数", Indicator.DENIED),
            Map.entry("对申请的答复总数", Indicator.RESULTS_TOTAL),
            Map.entry("对申请的答复数", Indicator.RESULTS_TOTAL),
            Map.entry("对申请答复总数", Indicator.RESULTS_TOTAL),
            Map.entry("申请答复总数", Indicator.RESULTS_TOTAL),
            Map.entry("答复总数", Indicator.RESULTS_TOTAL),
            Map.entry("结转下年度继续办理数", Indicator.CARRIED_FORWARD),
            Map.entry("结转下年度办理数", Indicator.CARRIED_FORWARD),
            Map.entry("行政复议数", Indicator.RECONSIDERATION),
            Map.entry("行政复议案件数", Indicator.RECONSIDERATION),
            Map.entry("申请行政复议数", Indicator.RECONSIDERATION),
            Map.entry("被申请行政复议数", Indicator.RECONSIDERATION),
            Map.entry("行政诉讼数", Indicator.LITIGATION),
            Map.entry("行政诉讼案件数", Indicator.LITIGATION),
            Map.entry("提起行政诉讼数", Indicator.LITIGATION),
            Map.entry("被提起行政诉讼数", Indicator.LITIGATION));

    private static final Pattern PREFIX = Pattern.compile(
            "^(?:其中)?[:：]?(?:[0-9０-９]+[.．、]|[（(][0-9０-９一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)?");
    private static final Pattern UNIT = Pattern.compile("[（(][^（()）]{1,4}[)）]$");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");

    private LegacyIndicators() {
    }

    /** The indicator a printed label means, if it is one of the mapped forms. */
    static Optional<Indicator> of(String label) {
        return Optional.ofNullable(BY_LABEL.get(normalize(label)));
    }

    /** The label without white space, leading 其中 and item number, or trailing unit. */
    static String normalize(String label) {
        String compact = label.replaceAll("\\s+", "");
        String unnumbered = PREFIX.matcher(compact).replaceFirst("");
        return UNIT.matcher(unnumbered).replaceFirst("");
    }

    /**
     * The headline figures of a pre-2019 report: for each indicator, the value its mapped rows give in the column of
     * the reporting year (本年度, 2016年度; never 历年累计 or another year's column). Two rows that give an
     * indicator different values leave it out.
     */
    static Map<Indicator, SeriesValue> values(List<LegacyRow> rows, OptionalInt year) {
        Map<Indicator, SeriesValue> found = new EnumMap<>(Indicator.class);
        Map<Indicator, Boolean> conflicting = new EnumMap<>(Indicator.class);
        for (LegacyRow row : rows) {
            Optional<Indicator> indicator = of(row.indicator());
            if (indicator.isEmpty() || !isYearColumn(row.column(), year)) {
                continue;
            }
            SeriesValue value = new SeriesValue(row.value(), "legacy:" + row.indicator() + "@" + row.column());
            SeriesValue before = found.putIfAbsent(indicator.get(), value);
            if (before != null && !sameNumber(before.value(), row.value())) {
                conflicting.put(indicator.get(), true);
            }
        }
        conflicting.keySet().forEach(found::remove);
        return found;
    }

    /** Whether a column holds this year's values: not cumulative, and naming no other year than the report's. */
    static boolean isYearColumn(String column, OptionalInt year) {
        if (column.contains("累计")) {
            return false;
        }
        Matcher years = YEAR.matcher(column);
        while (years.find()) {
            if (year.isEmpty() || Integer.parseInt(years.group()) != year.getAsInt()) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) == 0;
    }
}
