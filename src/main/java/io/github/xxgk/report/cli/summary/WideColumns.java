package io.github.xxgk.report.cli.summary;

import io.github.xxgk.report.export.Codebook;
import io.github.xxgk.report.export.Column;
import io.github.xxgk.report.export.WideCsv;
import io.github.xxgk.report.model.CellKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each column of a wide CSV stands, read from its header: the leading columns by name (in keys or, for a CSV
 * written with {@code --header zh}, in Chinese), the cell columns by their cell key, and every {@code series.*} and
 * {@code rate.*} column the header has, in its order. Columns the summary does not know are ignored, so a CSV with
 * more columns than this version writes still reads.
 */
final class WideColumns {

    /** Series columns: comparable indicators across templates. */
    static final String SERIES = "series.";
    /** Rate columns: ratios of series. */
    static final String RATE = "rate.";
    /** A column naming each file's detected format, used when the CSV has one. */
    static final String FORMAT = "format";

    private static final Map<String, String> KEYS_OF_CHINESE = keysOfOtherNames();
    private static final Map<String, String> CHINESE_OF_KEYS = pairs(WideCsv.columns(), WideCsv.chineseColumns());

    private final int size;
    private final Map<String, Integer> leading;
    private final Map<CellKey, Integer> cells;
    private final Map<String, Integer> series;
    private final Map<String, Integer> rates;
    private final int format;

    private WideColumns(int size, Map<String, Integer> leading, Map<CellKey, Integer> cells,
            Map<String, Integer> series, Map<String, Integer> rates, int format) {
        this.size = size;
        this.leading = leading;
        this.cells = cells;
        this.series = series;
        this.rates = rates;
        this.format = format;
    }

    /**
     * The columns of this header.
     *
     * @throws IllegalArgumentException naming the leading columns it lacks, if it is not the header of a wide CSV
     */
    static WideColumns of(List<String> header) {
        Map<String, Integer> leading = new HashMap<>();
        Map<CellKey, Integer> cells = new LinkedHashMap<>();
        Map<String, Integer> series = new LinkedHashMap<>();
        Map<String, Integer> rates = new LinkedHashMap<>();
        int format = -1;
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            String key = KEYS_OF_CHINESE.getOrDefault(name, name);
            Optional<CellKey> cell = CellKey.find(key);
            if (cell.isPresent()) {
                cells.putIfAbsent(cell.get(), i);
            } else if (key.startsWith(SERIES)) {
                series.putIfAbsent(key, i);
            } else if (key.startsWith(RATE)) {
                rates.putIfAbsent(key, i);
            } else if (key.equals(FORMAT)) {
                format = i;
            } else if (WideCsv.LEADING_COLUMNS.contains(key)) {
                leading.putIfAbsent(key, i);
            }
        }
        List<String> missing = new ArrayList<>(WideCsv.LEADING_COLUMNS);
        missing.removeAll(leading.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("not a wide CSV of xxgk-report convert: no column "
                    + String.join(", ", missing));
        }
        return new WideColumns(header.size(), Map.copyOf(leading), cells, series, rates, format);
    }

    /** The number of columns. */
    int size() {
        return size;
    }

    /** The index of a leading column ({@link WideCsv#LEADING_COLUMNS}). */
    int leading(String name) {
        return leading.get(name);
    }

    /** The cell columns present, in header order. */
    Map<CellKey, Integer> cells() {
        return cells;
    }

    /** The {@code series.*} columns, in header order. */
    Map<String, Integer> series() {
        return series;
    }

    /** The {@code rate.*} columns, in header order. */
    Map<String, Integer> rates() {
        return rates;
    }

    /** The index of the {@code format} column, if the CSV has one. */
    Optional<Integer> format() {
        return format < 0 ? Optional.empty() : Optional.of(format);
    }

    /** The Chinese name {@code --header zh} gives a column of this version; empty for another column. */
    static String chineseName(String key) {
        return CHINESE_OF_KEYS.getOrDefault(key, "");
    }

    /** The keys of the columns by their Chinese and their Stata names. */
    private static Map<String, String> keysOfOtherNames() {
        Map<String, String> map = new HashMap<>();
        for (Column column : Codebook.wide()) {
            map.put(column.stataName(), column.name());
            map.put(column.chineseName(), column.name());
        }
        return Map.copyOf(map);
    }

    /** Whether a row is a second header row of Chinese names, as {@code convert --header both} writes. */
    static boolean isChineseHeader(List<String> row) {
        return !row.isEmpty() && row.get(0).strip().equals(WideCsv.chineseColumns().get(0))
                && row.stream().allMatch(name -> KEYS_OF_CHINESE.containsKey(name.strip()));
    }

    /** The names of one list to those of the other at the same place. */
    private static Map<String, String> pairs(List<String> from, List<String> to) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < from.size(); i++) {
            map.put(from.get(i), to.get(i));
        }
        return Map.copyOf(map);
    }
}
