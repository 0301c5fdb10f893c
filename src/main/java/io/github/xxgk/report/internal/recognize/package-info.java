/**
 * Recognition: finds the title, sections and the template's tables in the neutral blocks, by content. Internal: not
 * exported by the module, not part of the API.
 */
package io.github.xxgk.report.internal.recognize;
