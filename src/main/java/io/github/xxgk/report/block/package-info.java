/**
 * The neutral form every input format is reduced to: paragraphs and tables of cells in reading order, which
 * recognition turns into the model.
 */
package io.github.xxgk.report.block;
