/**
 * Headline figures that every template answers, comparable across the template changes of 2019 and 2021: the
 * {@link io.github.xxgk.report.series.Indicator}s (requests received, granted, refused, appeals, fees …) and the
 * {@link io.github.xxgk.report.series.Rate}s between them, each traced to the cells or the pre-2019 indicator it
 * came from. {@link io.github.xxgk.report.series.Series#of} derives them from a report.
 */
package io.github.xxgk.report.series;
