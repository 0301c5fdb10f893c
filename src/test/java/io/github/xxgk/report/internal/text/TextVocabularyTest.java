package io.github.xxgk.report.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.report.model.TableKind;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shared vocabulary: white space against the character tables; placeholders, units, item numbers, page numbers
 * and header cue words as reports print them.
 */
class TextVocabularyTest {

    @Test
    void isSpaceAgreesWithTheCharacterTables() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
            assertThat(Whitespace.isSpace(c)).as("U+%04X", (int) c).isEqualTo(space);
        }
    }

    @Test
    void removeKeepsTextWithoutSpacesAsItIs() {
        String label = "本年新收政府信息公开申请数量";
        assertThat(Whitespace.remove(label)).isSameAs(label);
        assertThat(Whitespace.remove(" 本年\u3000新收 申请\t")).isEqualTo("本年新收申请");
    }

    @Test
    void collapseAndTrimTreatEverySpaceAlike() {
        assertThat(Whitespace.collapse("\u3000 本年\u00A0\u00A0新收\n申请\u200B")).isEqualTo("本年 新收 申请");
        assertThat(Whitespace.trim("\uFEFF\u2007总计\u202F")).isEqualTo("总计");
        assertThat(Whitespace.nonBlank(" \u3000")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-", "--", "—", "——", "———", "–", "―", "─", "－", "－－", "/", "／", "\\", "无", "空",
        "N/A", "NA", "n/a", "…", "……", "×", "*"})
    void placeholders(String text) {
        assertThat(Placeholders.isPlaceholder(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "无变化", "空白", "—3", "N", "/2"})
    void notPlaceholders(String text) {
        assertThat(Placeholders.isPlaceholder(text)).isFalse();
    }

    @Test
    void aUnitComesBeforeAnyUnitItBeginsWith() {
        for (int i = 0; i < Units.ALL.size(); i++) {
            for (int j = i + 1; j < Units.ALL.size(); j++) {
                assertThat(Units.ALL.get(j)).as("%s after %s", Units.ALL.get(j), Units.ALL.get(i))
                        .doesNotStartWith(Units.ALL.get(i));
            }
        }
        assertThat(Units.ALL).containsAll(Units.MONEY).containsAll(Units.COUNTS);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"一、总体情况|总体情况", "（三）不予公开|不予公开", "(三)不予公开|不予公开",
        "三）不予公开|不予公开", "1.属于国家秘密|属于国家秘密", "1．属于国家秘密|属于国家秘密", "12、其他|其他",
        "(1) 本机关|本机关", "（2）法人|法人", "十二、其他|其他"})
    void itemNumbersAreStripped(String text, String label) {
        assertThat(ItemNumbers.startsWithNumber(text)).isTrue();
        assertThat(ItemNumbers.strip(text)).isEqualTo(label);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021年", "1.5万元", "本年新收", "（注：", "三是", "0", ""})
    void textWithoutAnItemNumberIsKept(String text) {
        assertThat(ItemNumbers.startsWithNumber(text)).isFalse();
        assertThat(ItemNumbers.strip(text)).isSameAs(text);
    }

    @Test
    void sectionNumbersAndBareNumbers() {
        assertThat(ItemNumbers.startsWithSectionNumber("二、主动公开政府信息情况")).isTrue();
        assertThat(ItemNumbers.startsWithSectionNumber("（二）主动公开")).isFalse();
        assertThat(ItemNumbers.startsWithSectionNumber("2.主动公开")).isFalse();
        assertThat(ItemNumbers.isNumberOnly("(三)")).isTrue();
        assertThat(ItemNumbers.isNumberOnly("1.")).isTrue();
        assertThat(ItemNumbers.isNumberOnly("1.其他")).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"一, 1", "九, 9", "十, 10", "十二, 12", "二十, 20", "二十三, 23", "九十九, 99", "甲, -1", "一二, -1",
        "十十, -1", "零十, -1", "'', -1"})
    void chineseNumerals(String numeral, int value) {
        assertThat(ItemNumbers.chineseNumber(numeral)).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"- 4 -", "— 4 —", "-4-", "~6~", "第 4 页", "第4页 共12页", "第 4 页，共 12 页",
        "Page 3 of 9", "page 3"})
    void pageNumbers(String text) {
        assertThat(PageNumbers.isPageNumber(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"4", "-1", "2024 年", "（一）予以公开", "- 共 4 项 -", "第二十条", "0 0 0", "0/0", "4/12"})
    void notPageNumbers(String text) {
        assertThat(PageNumbers.isPageNumber(text)).isFalse();
    }

    @Test
    void fractionsAreTold() {
        assertThat(PageNumbers.isFraction("4/12")).isTrue();
        assertThat(PageNumbers.isFraction(" 4 / 12 ")).isTrue();
        assertThat(PageNumbers.isFraction("1/2/3")).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"信息内容, PROACTIVE", "第二十条第(一)项, PROACTIVE", "申请人情况, REQUESTS", "自然人, REQUESTS",
        "商业企业, REQUESTS", "行政复议, APPEALS", "行政诉讼, APPEALS", "结果维持, APPEALS"})
    void headerCuesNameTheirTable(String header, TableKind table) {
        assertThat(HeaderCues.tableOf(header)).contains(table);
    }

    @Test
    void captionsNameNoColumn() {
        assertThat(HeaderCues.tableOf("本年制发件数")).isEqualTo(Optional.empty());
        assertThat(HeaderCues.isCaption("信息内容")).isTrue();
        assertThat(HeaderCues.isCaption("(一)本表中收到申请数和处理决定数的勾稽关系")).isTrue();
        assertThat(HeaderCues.isCaption("自然人")).isFalse();
    }
}
