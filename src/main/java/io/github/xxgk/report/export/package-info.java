/** Export: a report as JSON and as rows of the wide and long CSV formats. */
package io.github.xxgk.report.export;
