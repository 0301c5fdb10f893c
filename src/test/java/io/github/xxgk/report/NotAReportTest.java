package io.github.xxgk.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.Diagnostic;
import io.github.xxgk.report.model.DiagnosticCode;
import io.github.xxgk.report.model.Template;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A readable page or text with no report in it (an error page a crawler saved, a news item) is not an error: it
 * parses to a report of template {@code unknown} whose warnings say that nothing of a report was found, and no cell.
 */
class NotAReportTest {

    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("404.html", "<html><head><meta charset=\"utf-8\"><title>页面不存在_平潭综合实验区</title></head>"
                        + "<body><div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/zwgk/\">政务公开</a></div>"
                        + "<div class=\"main\"><h1>404</h1><p>抱歉，您访问的页面不存在或已被删除。</p>"
                        + "<p>请返回首页继续浏览。</p></div><div class=\"footer\">版权所有：平潭综合实验区管委会</div>"
                        + "</body></html>"),
                Arguments.of("news.txt", "我区召开政务公开工作推进会\n\n11月20日，区管委会召开政务公开工作推进会，"
                        + "总结今年以来政务公开工作情况，部署下一阶段重点任务。会议强调，要进一步提高思想认识。\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void parsesToAnUnknownTemplateWithWarningsAndNoCells(String name, String text) throws Exception {
        AnnualReport report = ReportParser.create().parse(text.getBytes(StandardCharsets.UTF_8), name);

        assertThat(report.metadata().template()).isEqualTo(Template.UNKNOWN);
        assertThat(report.values()).isEmpty();
        assertThat(report.diagnostics()).extracting(Diagnostic::code)
                .contains(DiagnosticCode.TEMPLATE_UNKNOWN, DiagnosticCode.TABLE_MISSING,
                        DiagnosticCode.SECTION_MISSING, DiagnosticCode.METADATA_YEAR_MISSING);
    }
}
