package io.github.xxgk.report.internal.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** UTF-8 is taken only when the bytes are valid UTF-8, whatever characters the text holds; else GB18030. */
class TextDecoderTest {

    private static final String TEXT = "政府信息公开工作年度报告\t本年新收\t12\n";

    @Test
    void validUtf8IsUtf8() {
        assertThat(TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_8))).isEqualTo(TEXT);
    }

    @Test
    void aRealReplacementCharacterInValidUtf8IsKept() {
        // The fast UTF-8 path decides on U+FFFD in its result; a text that holds one must still be read as UTF-8.
        String text = "替换字符\uFFFD在正文中";
        assertThat(TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
        assertThat(TextDecoder.decodeStrict(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .contains(text);
    }

    @Test
    void gb18030IsNotValidUtf8() {
        byte[] gb = TEXT.getBytes(TextDecoder.GB18030);
        assertThat(TextDecoder.decodeStrict(gb, StandardCharsets.UTF_8)).isEmpty();
        assertThat(TextDecoder.decode(gb)).isEqualTo(TEXT);
    }

    @Test
    void aTruncatedSequenceIsNotValidUtf8() {
        byte[] utf8 = "年度".getBytes(StandardCharsets.UTF_8);
        byte[] truncated = Arrays.copyOf(utf8, utf8.length - 1);
        assertThat(TextDecoder.decodeStrict(truncated, StandardCharsets.UTF_8)).isEmpty();
    }
}
