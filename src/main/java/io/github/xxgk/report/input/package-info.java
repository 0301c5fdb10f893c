/**
 * Input formats: each reader turns a source's bytes into the neutral {@link io.github.xxgk.report.block} form, the
 * format detected from the content by {@link io.github.xxgk.report.input.Sources}.
 */
package io.github.xxgk.report.input;
