/** JMH benchmarks of the parser per format, each beside the cost of reading the same input without us. */
package io.github.xxgk.report.bench;
