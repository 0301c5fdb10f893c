package io.github.xxgk.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.Diagnostic;
import io.github.xxgk.report.model.DiagnosticCode;
import io.github.xxgk.report.model.Template;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A readable document with no report in it (a column's list page, a guide, a news item, a CSV or JSON file, a
 * README, an error page a crawler saved) is not an error: it parses to a document that {@link AnnualReport#isReport()
 * is no report}, of template {@code unknown}, with no cell, no metadata and one {@code source.not_a_report} warning
 * saying why. A short report with no requests at all is still a report.
 */
class NotAReportTest {

    static final Path NOT_REPORTS = TestData.ROOT.resolve("not-reports");

    static Stream<Arguments> documents() throws IOException {
        try (Stream<Path> files = Files.list(NOT_REPORTS)) {
            List<Arguments> documents = new java.util.ArrayList<>(files.sorted()
                    .map(f -> Arguments.of(f.getFileName().toString(), TestData.read(f))).toList());
            documents.add(Arguments.of("404.html", "<html><head><meta charset=\"utf-8\"><title>页面不存在_平潭综合实验区"
                    + "</title></head><body><div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/zwgk/\">政务公开</a>"
                    + "</div><div class=\"main\"><h1>404</h1><p>抱歉，您访问的页面不存在或已被删除。</p>"
                    + "<p>请返回首页继续浏览。</p></div><div class=\"footer\">版权所有：平潭综合实验区管委会</div>"
                    + "</body></html>"));
            return documents.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void isNoReport(String name, String text) throws Exception {
        AnnualReport report = ReportParser.create().parse(text.getBytes(StandardCharsets.UTF_8), name);

        assertThat(report.isReport()).isFalse();
        assertThat(report.metadata().template()).isEqualTo(Template.UNKNOWN);
        assertThat(report.metadata().agency()).isEmpty();
        assertThat(report.metadata().year()).isEmpty();
        assertThat(report.values()).isEmpty();
        assertThat(report.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.SOURCE_NOT_A_REPORT);
    }

    @Test
    void aReportWithNoRequestsAndItsTablesIsAReport() throws Exception {
        String text = """
                某某镇人民政府2023年政府信息公开工作年度报告
                一、总体情况
                2023年，某某镇认真贯彻落实《中华人民共和国政府信息公开条例》。本年度未收到政府信息公开申请。
                二、主动公开政府信息情况
                第二十条第（五）项
                信息内容\t本年处理决定数量
                行政许可\t3
                三、收到和处理政府信息公开申请情况
                本年度未收到政府信息公开申请。
                四、政府信息公开行政复议、行政诉讼情况
                本年度未发生政府信息公开行政复议、行政诉讼。
                """;
        AnnualReport report = ReportParser.create().parseText(text, "no-requests.txt");

        assertThat(report.isReport()).isTrue();
        assertThat(report.metadata().agency()).contains("某某镇人民政府");
        assertThat(report.diagnostics()).extracting(Diagnostic::code).doesNotContain(DiagnosticCode.SOURCE_NOT_A_REPORT);
    }

    @Test
    void aReportTitleWithNothingElseIsStillAReport() throws Exception {
        AnnualReport report = ReportParser.create()
                .parseText("吴忠市民政局2021年政府信息公开工作年度报告\n（图片版）\n", "image-only.txt");

        assertThat(report.isReport()).isTrue();
    }
}
