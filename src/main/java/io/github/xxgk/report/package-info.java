/**
 * Parses Chinese government information-disclosure annual reports (政府信息公开工作年度报告): start at
 * {@link io.github.xxgk.report.XxgkReport}.
 */
package io.github.xxgk.report;
