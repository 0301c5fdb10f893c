/** The {@code xxgk-report} command-line tool; not part of the library's API. */
package io.github.xxgk.report.cli;
