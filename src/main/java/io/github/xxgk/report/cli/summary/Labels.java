package io.github.xxgk.report.cli.summary;

import io.github.xxgk.report.model.DiagnosticCode;
import io.github.xxgk.report.model.Template;
import java.util.Map;

/** The Chinese and English names the page gives to the values of the CSVs' columns. */
final class Labels {

    private static final Map<String, String> STATUSES = Map.of(
            ReportRow.PARSED, "已解析 parsed",
            ReportRow.NOT_A_REPORT, "非报告 not a report",
            ReportRow.FAILED, "读取失败 failed");

    private static final Map<String, String> REASONS = Map.of(
            "empty", "空文件 empty",
            "unsupported_format", "不支持的格式 unsupported format",
            "encrypted", "已加密 encrypted",
            "corrupt", "文件损坏 corrupt",
            "limit_exceeded", "超出限制 beyond a bound",
            "io_error", "无法读取 cannot be read",
            "internal_error", "内部错误 internal error");

    private static final Map<DiagnosticCode, String> RULES = Map.of(
            DiagnosticCode.REQUESTS_BALANCE, "收支平衡：新收＋上年结转＝办理结果总计＋结转下年",
            DiagnosticCode.REQUESTS_ROW_TOTAL, "行合计：总计＝各类申请人之和",
            DiagnosticCode.REQUESTS_RESULTS_SUM, "办理结果合计：总计＝各项办理结果之和",
            DiagnosticCode.APPEALS_TOTAL, "复议诉讼合计：总计＝维持＋纠正＋其他＋尚未审结",
            DiagnosticCode.NONNEGATIVE, "非负整数：数量不为负、不为小数",
            DiagnosticCode.YEARS_CARRY, "跨年结转：本年上年结转＝上年结转下年");

    private Labels() {
    }

    /** A status of the wide CSV, in both languages; an unknown one as it is. */
    static String status(String status) {
        return STATUSES.getOrDefault(status, status);
    }

    /** A failure reason of the wide CSV's {@code message} column, in both languages; an unknown one as it is. */
    static String reason(String reason) {
        return REASONS.getOrDefault(reason, reason);
    }

    /** A template key with its name: "2021 国办公开办函〔2021〕30号"; an unknown key as it is. */
    static String template(String key) {
        for (Template template : Template.values()) {
            if (template.key().equals(key)) {
                return key + " " + template.label();
            }
        }
        return key;
    }

    /** The Chinese statement of a rule. */
    static String rule(DiagnosticCode rule) {
        return RULES.getOrDefault(rule, "");
    }
}
