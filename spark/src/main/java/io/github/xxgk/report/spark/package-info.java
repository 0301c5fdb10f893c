/**
 * Converts archives of reports on Apache Spark: {@link io.github.xxgk.report.spark.XxgkSpark} turns a table of files
 * (Spark's {@code binaryFile} source) into the wide table of the reports and the table of their diagnostics, one
 * parser per partition; {@link io.github.xxgk.report.spark.XxgkSparkJob} is the {@code spark-submit} job around it.
 */
package io.github.xxgk.report.spark;
