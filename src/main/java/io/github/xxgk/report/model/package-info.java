/**
 * The typed, immutable model of an annual report: metadata, sections, the three statistical tables addressed by
 * {@link io.github.xxgk.report.model.CellKey}, and {@link io.github.xxgk.report.model.Diagnostic}s.
 */
package io.github.xxgk.report.model;
