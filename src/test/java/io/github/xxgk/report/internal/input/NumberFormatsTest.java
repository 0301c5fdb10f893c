package io.github.xxgk.report.internal.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberFormatsTest {

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
        "chineseCounting, 1, 一",
        "chineseCounting, 6, 六",
        "chineseCounting, 10, 十",
        "chineseCounting, 11, 十一",
        "chineseCounting, 20, 二十",
        "chineseCounting, 23, 二十三",
        "chineseCountingThousand, 105, 一百零五",
        "chineseCountingThousand, 110, 一百一十",
        "chineseCountingThousand, 1001, 一千零一",
        "chineseCountingThousand, 2024, 二千零二十四",
        "chineseLegalSimplified, 3, 叁",
        "ideographTraditional, 1, 甲",
        "ideographTraditional, 4, 丁",
        "ideographTraditional, 11, 11",
        "ideographZodiac, 12, 亥",
        "ideographDigital, 2021, 二〇二一",
        "decimal, 7, 7",
        "decimalZero, 7, 07",
        "decimalFullWidth, 12, １２",
        "decimalEnclosedCircle, 3, ③",
        "decimalEnclosedCircleChinese, 20, ⑳",
        "decimalEnclosedParen, 2, ⑵",
        "upperRoman, 14, XIV",
        "lowerRoman, 9, ix",
        "upperLetter, 27, AA",
        "lowerLetter, 2, b",
        "someFutureFormat, 5, 5"
    })
    void formatsAsWordPrints(String numFmt, int n, String printed) {
        assertThat(NumberFormats.format(numFmt, n)).isEqualTo(printed);
    }

    @ParameterizedTest
    @CsvSource({"none", "bullet"})
    void formatsWithoutNumbersPrintNothing(String numFmt) {
        assertThat(NumberFormats.format(numFmt, 3)).isEmpty();
    }
}
