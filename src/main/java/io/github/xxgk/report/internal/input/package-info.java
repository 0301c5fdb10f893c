/**
 * Input formats: each reader turns a source's bytes into the neutral {@link io.github.xxgk.report.internal.block}
 * form, the format detected from the content by {@link io.github.xxgk.report.internal.input.Sources}. Internal: not
 * exported by the module, not part of the API.
 */
package io.github.xxgk.report.internal.input;
