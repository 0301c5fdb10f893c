/** Validation: the arithmetic rules (勾稽关系) between a report's cells, reported as diagnostics. */
package io.github.xxgk.report.validate;
