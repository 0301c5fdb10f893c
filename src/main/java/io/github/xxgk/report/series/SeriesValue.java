package io.github.xxgk.report.series;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The value of an {@link Indicator} in one report and where it came from.
 *
 * @param value the value: a cell as published, a sum of published cells, or a pre-2019 indicator's value
 * @param source the cell keys it was summed from joined by {@code " + "} (e.g. {@code requests.new.total}), or for
 *     a pre-2019 report {@code legacy:} followed by the indicator label and column as printed, joined by
 *     {@code @} (e.g. {@code legacy:受理依申请公开信息总数@2016年度})
 */
public record SeriesValue(BigDecimal value, String source) {

    /** Checks that no part is null. */
    public SeriesValue {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
    }
}
