package io.github.xxgk.report.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shared vocabulary: white space against the character tables, placeholders and units as reports print them. */
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
}
