package io.github.xxgk.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.report.export.ReportJson;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The seed report gives the same model whatever encoding and line ends its copy has. */
class EncodingTest {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};

    static Stream<Arguments> encodings() {
        String text = TestData.seedText();
        String crlf = text.replace("\n", "\r\n");
        String cr = text.replace("\n", "\r");
        Charset gb18030 = Charset.forName("GB18030");
        return Stream.of(
                Arguments.of("GB18030", text.getBytes(gb18030)),
                Arguments.of("GBK", text.getBytes(Charset.forName("GBK"))),
                Arguments.of("UTF-8 with BOM", concat(UTF8_BOM, text.getBytes(StandardCharsets.UTF_8))),
                Arguments.of("UTF-16LE with BOM", concat(UTF16LE_BOM, text.getBytes(StandardCharsets.UTF_16LE))),
                Arguments.of("UTF-16BE with BOM", concat(UTF16BE_BOM, text.getBytes(StandardCharsets.UTF_16BE))),
                Arguments.of("CRLF", crlf.getBytes(StandardCharsets.UTF_8)),
                Arguments.of("CR", cr.getBytes(StandardCharsets.UTF_8)),
                Arguments.of("GB18030 with CRLF", crlf.getBytes(gb18030)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encodings")
    void sameModelAsUtf8(String encoding, byte[] bytes) throws Exception {
        String name = TestData.SEED.getFileName().toString();
        String expected = ReportJson.toJson(ReportParser.create().parse(
                TestData.seedText().getBytes(StandardCharsets.UTF_8), name));
        String actual = ReportJson.toJson(ReportParser.create().parse(bytes, name));
        assertThat(actual).isEqualTo(expected);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
