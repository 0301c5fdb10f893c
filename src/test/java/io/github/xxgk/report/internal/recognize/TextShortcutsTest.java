package io.github.xxgk.report.internal.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.report.internal.text.ItemNumbers;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The shortcuts in {@link Text} and {@link ItemNumbers} (no lookup for characters that cannot be spaces, no regular
 * expression where it cannot match, one pass for the punctuation) give exactly what the plain formulas give, kept
 * here as the reference.
 */
class TextShortcutsTest {

    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__");
    private static final String CJK = "[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF“”‘’]";
    private static final Pattern SPACE_AROUND_CJK = Pattern.compile(
            "(?<=" + CJK + ")[\\s\\u00A0\\u3000]+|[\\s\\u00A0\\u3000]+(?=" + CJK + ")");
    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:[（(]?[一二三四五六七八九十]{1,3}[)）、.．]|[（(]?\\d{1,2}[)）]|\\d{1,2}(?:[、.．](?!\\d)))\\s*");

    @Provide
    Arbitrary<String> reportText() {
        // Characters that reports print and that the shortcuts treat differently: CJK, numerals, ASCII, full-width
        // forms, every kind of space, emphasis markers, the punctuation normalised, brackets.
        return Arbitraries.strings()
                .withChars("年度申请公开一二三十0123456789abAB \t\n\r\u000B\f\u00A0\u3000\u2003\u200B\uFEFF*_"
                        + "“”‘’〔〕【】[]；。、.．:;,（）()１２Ａ，－—…·●\uD840\uDC00")
                .ofMaxLength(24);
    }

    @Property(tries = 3000)
    void normalizeLabelAsTheFormula(@ForAll("reportText") String text) {
        assertThat(Text.normalizeLabel(text)).isEqualTo(referenceNormalizeLabel(text));
    }

    @Property(tries = 3000)
    void halfWidthAsNfkc(@ForAll("reportText") String text) {
        assertThat(Text.halfWidth(text)).isEqualTo(Normalizer.normalize(text, Normalizer.Form.NFKC));
    }

    @Property(tries = 3000)
    void halfWidthAsNfkcOnAnyCharacters(@ForAll("anyCharacters") String text) {
        assertThat(Text.halfWidth(text)).isEqualTo(Normalizer.normalize(text, Normalizer.Form.NFKC));
    }

    @Provide
    Arbitrary<String> anyCharacters() {
        // The ranges the character-by-character mapping covers, their edges, and what lies beside them.
        return Arbitraries.strings()
                .withCharRange('\u0000', '\u00FF')
                .withCharRange('\u2010', '\u2030')
                .withCharRange('\u3000', '\u3020')
                .withCharRange('\u25A0', '\u25D0')
                .withCharRange('\u4DF0', '\u4E10')
                .withCharRange('\u9FF0', '\uA010')
                .withCharRange('\uFEF0', '\uFFEF')
                .withChars('\u0301', '\u0308', '\u3099', '\u309A', '\uF900', '\u2F00')
                .ofMaxLength(16);
    }

    @Property(tries = 3000)
    void cleanProseAsTheFormula(@ForAll("reportText") String text) {
        String s = EMPHASIS.matcher(text).replaceAll("");
        assertThat(Text.cleanProse(text)).isEqualTo(SPACE_AROUND_CJK.matcher(s).replaceAll("").trim());
    }

    @Property(tries = 3000)
    void stripNumberingAsTheFormula(@ForAll("reportText") String text) {
        Matcher m = NUMBERING.matcher(text);
        assertThat(ItemNumbers.strip(text)).isEqualTo(m.find() ? text.substring(m.end()) : text);
    }

    private static String referenceNormalizeLabel(String text) {
        StringBuilder noSpaces = new StringBuilder();
        String half = Normalizer.normalize(EMPHASIS.matcher(text).replaceAll(""), Normalizer.Form.NFKC);
        half.chars().filter(c -> !(Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF'
                || c == '\u200B')).forEach(c -> noSpaces.append((char) c));
        String s = noSpaces.toString().replace('“', '"').replace('”', '"').replace('‘', '\'').replace('’', '\'')
                .replace('〔', '(').replace('〕', ')').replace('【', '(').replace('】', ')')
                .replace('[', '(').replace(']', ')').replace('；', ';').replace('。', '.');
        int end = s.length();
        while (end > 0 && ".:;,".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end);
    }
}
