/**
 * The text vocabulary every reader and recogniser shares: white space, placeholders and units, each defined once.
 * Internal: not exported by the module, not part of the API.
 */
package io.github.xxgk.report.internal.text;
