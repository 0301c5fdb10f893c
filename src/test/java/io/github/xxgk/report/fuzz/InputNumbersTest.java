package io.github.xxgk.report.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The fuzz oracle: which values count as printed in an input. */
class InputNumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "本年新收 12 件|12|true",
        "合计 1,234 件|1234|true",
        "合计 1，234 件|1234|true",
        "合计 1 234 件|1234|true",
        "合计 1,2 件|12|false",
        "合计 63 0 件|630|false",
        "全角 １２ 件|12|true",
        "收费 0.5 万元|0.5|true",
        "收费 1.50 万元|1.5|true",
        "1000001 run together|100|true",
        "1000001 run together|1000002|false",
        "负数 -3|-3|true",
        "&#49;&#50; as entities|12|false"})
    void aValueIsPrintedIfItsDigitsArePartOfARun(String text, String value, boolean printed) {
        assertThat(new InputNumbers(List.of(text)).printed(new BigDecimal(value))).isEqualTo(printed);
    }
}
