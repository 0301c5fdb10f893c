package io.github.xxgk.report.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One value of a pre-2019 statistics table (指标名称 / 计量单位 / 本年度 / 历年累计), kept as printed because those
 * tables have no fixed shape and are never mapped to template cells.
 *
 * @param indicator the indicator label (指标名称), e.g. 主动公开文件数
 * @param unit the unit (计量单位), e.g. 条, if printed
 * @param column the column header the value stands under, e.g. 2018年度 or 历年累计
 * @param value the value as a number
 * @param line the 1-based source line, if known
 */
public record LegacyRow(String indicator, Optional<String> unit, String column, BigDecimal value,
        OptionalInt line) {

    /** Checks that no part is null. */
    public LegacyRow {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(line, "line");
    }
}
