package io.github.xxgk.report.internal.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.report.model.SourceFormat;
import org.junit.jupiter.api.Test;

/** Markdown is told from plain text by its pipe tables wherever they are, not only near the start. */
class MarkdownDetectionTest {

    private static final String PROSE = "本年度共收到政府信息公开申请，均已按时办结。".repeat(300);

    // before: a copy whose only heading is its title and whose first table comes after 4,096 characters of prose
    // (testdata/renderings/pingtan-2019.md) was read as plain text, "# " kept in the title; after: Markdown.
    @Test
    void aPipeTableAfterLongProseMakesMarkdown() {
        String text = "# 某某区2019年政府信息公开工作年度报告\n\n" + PROSE + "\n\n| 信息内容 | 本年新制作数量 |\n|---|---|\n"
                + "| 规章 | 0 |\n";

        assertThat(FormatDetector.detectText(text)).isEqualTo(SourceFormat.MARKDOWN);
    }

    @Test
    void aRuleOfDashesAfterLongProseLeavesPlainText() {
        String text = "某某区2019年政府信息公开工作年度报告\n\n" + PROSE + "\n\n----------\n\n规章\t0\t0\t0\n";

        assertThat(FormatDetector.detectText(text)).isEqualTo(SourceFormat.TEXT);
    }
}
