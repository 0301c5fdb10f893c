package io.github.xxgk.report.internal.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.report.internal.recognize.CellText.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a cell's text is, on texts seen in real tables; units and placeholders written in ideographs included. */
class CellTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|BLANK", "'  '|BLANK", "0|NUMBER", "123|NUMBER", "1,234|NUMBER", "1 234|NUMBER", "+2|NUMBER",
        "-1|NUMBER", "２４|NUMBER", "12件|NUMBER", "3万元|NUMBER", "251000元|NUMBER", "24252.311|NUMBER",
        "0000011|MALFORMED", "1,2|MALFORMED", "3.4.5|MALFORMED", "63 0|MALFORMED", "—|PLACEHOLDER",
        "无|PLACEHOLDER", "空|PLACEHOLDER", "N/A|PLACEHOLDER", "/|PLACEHOLDER", "规章|TEXT", "总计|TEXT",
        "0（其中修订16件）|TEXT", "1.属于国家秘密|TEXT", "无正当理由|TEXT", "件数|TEXT", "12个人|TEXT"})
    void classifies(String text, Kind kind) {
        assertThat(CellText.classify(text)).isEqualTo(kind);
    }
}
