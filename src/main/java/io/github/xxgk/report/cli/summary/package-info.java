/**
 * The summary page of a converted batch ({@code summarize}, {@code convert --summary}): one self-contained HTML
 * file built from the wide CSV and the diagnostics CSV; part of the command-line tool, not of the library's API.
 */
package io.github.xxgk.report.cli.summary;
