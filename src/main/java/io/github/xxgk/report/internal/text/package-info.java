/**
 * The text vocabulary every reader and recogniser shares, each word defined once: white space, placeholders, units,
 * item numbers, page numbers and the cue words of table headers.
 * Internal: not exported by the module, not part of the API.
 */
package io.github.xxgk.report.internal.text;
