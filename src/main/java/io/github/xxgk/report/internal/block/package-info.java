/**
 * The neutral form every input format is reduced to: paragraphs and tables of cells in reading order, which
 * recognition turns into the model. Internal: not exported by the module, not part of the API.
 */
package io.github.xxgk.report.internal.block;
