/**
 * Validation: the arithmetic rules (勾稽关系) between a report's cells, and between an agency's reports for
 * consecutive years, reported as diagnostics.
 */
package io.github.xxgk.report.validate;
