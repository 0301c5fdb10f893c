package io.github.xxgk.report.internal.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlTextTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "本年新\\n制作数量"             | 本年新制作数量
            "社会公益\\n \u00A0 \u00A0\\n组织" | 社会公益组织
            "（一）\\n予以公开"            | （一）予以公开
            "危及“\\n三安全一稳定”"        | 危及“三安全一稳定”
            "本年新收\\n217"               | 本年新收 217
            "Total\\ncount"                | Total count
            "总\u3000计"                   | 总 计
            "  \u00A0行政\u00A0 许可\u3000 " | 行政 许可
            "社\u200B会"                   | 社会
            "\\n\\n"                       | ""
            """)
    void normalizesWhiteSpace(String raw, String expected) {
        assertThat(HtmlText.normalize(raw.replace("\\n", "\n"))).isEqualTo(expected);
    }

    @Test
    void weighsHanAboveOtherLettersAndDigits() {
        assertThat(HtmlText.weight("报告 2024 ab，")).isEqualTo(2 * HtmlText.HAN_WEIGHT + 6);
    }
}
