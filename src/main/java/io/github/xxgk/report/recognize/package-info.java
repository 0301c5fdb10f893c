/** Recognition: finds the title, sections and the template's tables in the neutral blocks, by content. */
package io.github.xxgk.report.recognize;
