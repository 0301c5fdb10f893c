package io.github.xxgk.report.cli.summary;

import io.github.xxgk.report.cli.summary.Charts.Kind;
import io.github.xxgk.report.cli.summary.Charts.Series;
import io.github.xxgk.report.cli.summary.Html.Column;
import io.github.xxgk.report.model.DiagnosticCode;
import io.github.xxgk.report.model.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jsoup.nodes.Element;

/**
 * Consistency, from the diagnostics CSV: how many reports break each arithmetic rule and which (file, cells, both
 * sides), how many could not be checked, and every diagnostic code with its counts. Each rule lists its first
 * {@value #LISTED} violations; the diagnostics CSV has them all.
 */
final class ConsistencySection {

    /** The violations of one rule the page lists. */
    static final int LISTED = 200;
    /** The largest violations the page lists. */
    static final int LARGEST = 25;

    private static final List<DiagnosticCode> RULES = Arrays.stream(DiagnosticCode.values())
            .filter(DiagnosticCode::isRule).toList();

    /** The counts of one code at one severity. */
    private static final class CodeCount {
        private final BitSet files = new BitSet();
        private int diagnostics;
    }

    /** What is known of one rule. */
    private static final class RuleCount {
        private final BitSet broken = new BitSet();
        private final BitSet unchecked = new BitSet();
        private final List<Violation> listed = new ArrayList<>();
        private int violations;
    }

    private final Map<String, Integer> fileIds = new HashMap<>();
    private final List<String> reportLabels = new ArrayList<>();
    private final Map<String, CodeCount> codes = new TreeMap<>();
    private final Map<DiagnosticCode, RuleCount> rules = new EnumMap<>(DiagnosticCode.class);
    private final TopN<Violation> largest = new TopN<>(LARGEST);
    private boolean given;

    ConsistencySection() {
        RULES.forEach(rule -> rules.put(rule, new RuleCount()));
    }

    /** Notes a file of the wide CSV, so that its diagnostics can name its agency and year. */
    void add(ReportRow row) {
        int id = id(row.file());
        reportLabels.set(id, row.label());
    }

    /** Notes that a diagnostics CSV was given (even one without rows). */
    void given() {
        given = true;
    }

    void add(DiagnosticRow diagnostic) {
        int id = id(diagnostic.file());
        CodeCount count = codes.computeIfAbsent(diagnostic.code() + " " + diagnostic.severity(), c -> new CodeCount());
        count.diagnostics++;
        count.files.set(id);
        Optional<DiagnosticCode> rule = RULES.stream().filter(r -> r.code().equals(diagnostic.code())).findFirst();
        if (rule.isEmpty()) {
            return;
        }
        RuleCount ruleCount = rules.get(rule.get());
        if (diagnostic.severity().equals(Severity.INFO.key())) {
            ruleCount.unchecked.set(id);
            return;
        }
        Violation violation = Violation.of(diagnostic, reportLabels.get(id));
        ruleCount.violations++;
        ruleCount.broken.set(id);
        if (ruleCount.listed.size() < LISTED) {
            ruleCount.listed.add(violation);
        }
        if (!Double.isNaN(violation.difference())) {
            largest.add(violation, violation.difference());
        }
    }

    /** The rule violations whose two sides are furthest apart, largest first. */
    List<Violation> largest() {
        return largest.items();
    }

    void render(Element body, Charts charts, BatchSection batch) {
        Element section = Html.section(body, "consistency", "一致性", "Consistency");
        Element figures = Html.figures(section);
        Html.figure(figures, "reports_with_errors", batch.withErrors(), "有算术错误的报告", "reports with errors");
        if (!given) {
            Html.note(section, "未提供诊断文件：各规则的统计需要 --diagnostics diagnostics.csv。",
                    "No diagnostics file was given: the counts by rule need --diagnostics diagnostics.csv.");
            return;
        }
        BitSet broken = new BitSet();
        rules.values().forEach(rule -> broken.or(rule.broken));
        Html.figure(figures, "reports_breaking_rules", broken.cardinality(), "违反规则的报告",
                "reports breaking a rule");
        Html.figure(figures, "violations", rules.values().stream().mapToInt(rule -> rule.violations).sum(),
                "规则违反次数", "rule violations");
        charts.add(section, "chart-rules", Kind.BAR, "各规则违反的报告数", "Reports breaking each rule").horizontal()
                .categories(RULES.stream().map(DiagnosticCode::code).toList())
                .series(Series.bars("报告 reports",
                        RULES.stream().mapToDouble(rule -> rules.get(rule).broken.cardinality()).toArray()));
        ruleTable(section);
        for (DiagnosticCode rule : RULES) {
            RuleCount count = rules.get(rule);
            if (count.violations > 0) {
                violations(section, rule, count);
            }
        }
        codeTable(section);
    }

    private void ruleTable(Element section) {
        Element table = Html.table(section, "rules", false, List.of(Column.text("规则", "rule"),
                Column.text("含义", "meaning"), Column.number("违反的报告", "reports breaking it"),
                Column.number("违反次数", "violations"), Column.number("无法核对的报告", "reports it could not check")));
        for (DiagnosticCode rule : RULES) {
            RuleCount count = rules.get(rule);
            Element row = Html.row(table, rule.code());
            if (count.violations > 0) {
                Html.link(row, anchor(rule), rule.code()).addClass("code");
            } else {
                Html.code(row, rule.code());
            }
            Element meaning = Html.text(row, Labels.rule(rule));
            meaning.appendElement("br");
            meaning.appendElement("span").addClass("en").text(rule.meaning());
            Html.number(row, count.broken.cardinality());
            Html.number(row, count.violations);
            Html.number(row, count.unchecked.cardinality());
        }
    }

    private void violations(Element section, DiagnosticCode rule, RuleCount count) {
        Html.heading(section, "h3", "违反 " + rule.code(), "Breaking " + rule.code()).id(anchor(rule));
        if (count.violations > count.listed.size()) {
            Html.note(section, "列出前 " + count.listed.size() + " 条，共 " + count.violations + " 条；全部见诊断文件。",
                    "The first " + count.listed.size() + " of " + count.violations
                            + " are listed; the diagnostics file has them all.");
        }
        Element table = Html.table(section, "violations-" + rule.code(), true, violationColumns());
        count.listed.forEach(violation -> violationRow(table, violation));
    }

    /** The columns of a table of violations. */
    static List<Column> violationColumns() {
        return List.of(Column.text("文件", "file"), Column.text("报告", "report"), Column.text("规则", "rule"),
                Column.text("单元格", "cells"), Column.text("左边", "left side"), Column.text("右边", "right side"),
                Column.number("差额", "difference"));
    }

    /** A violation as a row of a table of {@link #violationColumns()}. */
    static void violationRow(Element table, Violation violation) {
        Element row = Html.row(table, "");
        Html.text(row, violation.file());
        Html.text(row, violation.report());
        Html.code(row, violation.code());
        Html.code(row, violation.place());
        Html.text(row, violation.left());
        Html.text(row, violation.right());
        Html.decimal(row, violation.difference());
    }

    private void codeTable(Element section) {
        Html.heading(section, "h3", "全部诊断代码", "Every diagnostic code");
        Element table = Html.table(section, "codes", true, List.of(Column.text("代码", "code"),
                Column.text("级别", "severity"), Column.text("含义", "meaning"), Column.number("诊断", "diagnostics"),
                Column.number("文件", "files")));
        codes.forEach((key, count) -> {
            String code = key.substring(0, key.indexOf(' '));
            String severity = key.substring(key.indexOf(' ') + 1);
            Element row = Html.row(table, key);
            Html.code(row, code);
            Html.text(row, severity);
            Html.text(row, meaning(code));
            Html.number(row, count.diagnostics);
            Html.number(row, count.files.cardinality());
        });
    }

    private static String meaning(String code) {
        if (code.startsWith("read.")) {
            return "文件无法读取 the file could not be read";
        }
        return Arrays.stream(DiagnosticCode.values()).filter(c -> c.code().equals(code)).findFirst()
                .map(DiagnosticCode::meaning).orElse("");
    }

    private static String anchor(DiagnosticCode rule) {
        return "rule-" + rule.code();
    }

    private int id(String file) {
        Integer id = fileIds.get(file);
        if (id == null) {
            id = reportLabels.size();
            fileIds.put(file, id);
            reportLabels.add("");
        }
        return id;
    }
}
