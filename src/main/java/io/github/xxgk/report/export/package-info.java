/** Export: a report as JSON, JSON Lines, and rows of the wide, long and diagnostics CSV formats. */
package io.github.xxgk.report.export;
