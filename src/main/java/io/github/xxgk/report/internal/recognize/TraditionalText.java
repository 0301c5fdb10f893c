package io.github.xxgk.report.internal.recognize;

import com.github.houbb.opencc4j.util.ZhTwConverterUtil;
import io.github.xxgk.report.internal.block.Block;
import io.github.xxgk.report.internal.block.Cell;
import io.github.xxgk.report.internal.block.Paragraph;
import io.github.xxgk.report.internal.block.Row;
import io.github.xxgk.report.internal.block.SourceDocument;
import io.github.xxgk.report.internal.block.Table;
import io.github.xxgk.report.model.Diagnostic;
import io.github.xxgk.report.model.DiagnosticCode;
import io.github.xxgk.report.model.Location;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Copies that mirror sites republish in traditional characters (繁體), sometimes with pinyin glosses after
 * characters ("數(shù)"): told by characters that only traditional text uses, and converted to simplified characters
 * with OpenCC's data (through opencc4j, loaded on the first such copy only; Taiwan phrasing such as 檔案 for
 * 文件, which machine conversion brings in, is turned back too) before recognition, so they are read as
 * the original.
 */
final class TraditionalText {

    /**
     * Traditional-only forms of characters every report prints many times (公開, 報告, 處理, 數量, 規範, 機關 …). They
     * only tell a copy's script; the conversion itself is OpenCC's.
     */
    private static final String CUES = "開報會處請與數據條務機關於發時區縣鎮規範檔單體況級應總計這們為對題經營業環權義辦";
    private static final BitSet CUE_SET = new BitSet();
    /** A traditional copy prints at least this many cue characters, and they are at least 1 % of its ideographs. */
    private static final int MIN_CUES = 10;
    private static final int CUES_PER_IDEOGRAPHS = 100;
    /** A pinyin gloss after an ideograph: "(shù)", "(zhèn)". */
    private static final Pattern GLOSS = Pattern.compile(
            "(?<=\\p{IsHan})[(（][a-zü\\u00E0-\\u00FC\\u0101-\\u01DC]{1,7}[)）]");
    private static final Pattern GLOSS_VOWEL = Pattern.compile("[aeiouü\\u00E0-\\u00FC\\u0101-\\u01DC]");

    static {
        CUES.chars().forEach(CUE_SET::set);
    }

    private TraditionalText() {
    }

    /** The document in simplified characters with a note that it was converted, or the document itself. */
    static SourceDocument simplified(SourceDocument document) {
        int[] counts = new int[3];
        forEachText(document, text -> {
            count(text, counts);
            counts[2] += countGlosses(text);
        });
        int cues = counts[0];
        int ideographs = counts[1];
        int glosses = counts[2];
        boolean traditional = cues >= MIN_CUES && cues * CUES_PER_IDEOGRAPHS >= ideographs;
        if (!traditional && glosses == 0) {
            return document;
        }
        UnaryOperator<String> convert = traditional ? t -> toSimple(withoutGlosses(t)) : TraditionalText::withoutGlosses;
        List<Block> blocks = new ArrayList<>(document.blocks().size());
        for (Block block : document.blocks()) {
            blocks.add(convert(block, convert));
        }
        List<Diagnostic> diagnostics = new ArrayList<>(document.diagnostics());
        diagnostics.add(Diagnostic.of(DiagnosticCode.SOURCE_CONVERTED, Location.none(),
                (traditional ? "printed in traditional characters (" + cues + " characters such as 開 報 數), "
                        + "converted to simplified characters" : "printed with pinyin glosses")
                        + (glosses > 0 ? "; " + glosses + " pinyin glosses such as \"數(shù)\" removed" : "")
                        + "; the text is read and given as converted"));
        return new SourceDocument(document.name(), document.format(), document.titleHint().map(convert),
                blocks, diagnostics, document.openEnd());
    }

    private static void count(String text, int[] counts) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u4E00' && c <= '\u9FFF') {
                counts[1]++;
                if (CUE_SET.get(c)) {
                    counts[0]++;
                }
            }
        }
    }

    private static int countGlosses(String text) {
        if (!mayHoldGloss(text)) {
            return 0;
        }
        int n = 0;
        var m = GLOSS.matcher(text);
        while (m.find()) {
            if (GLOSS_VOWEL.matcher(m.group()).find()) {
                n++;
            }
        }
        return n;
    }

    /** Whether a bracket opens before a letter of pinyin somewhere in the text, as every gloss does. */
    private static boolean mayHoldGloss(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '(' || c == '（') && isPinyinLetter(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** A letter {@link #GLOSS} allows inside the brackets. */
    private static boolean isPinyinLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= '\u00E0' && c <= '\u00FC' || c >= '\u0101' && c <= '\u01DC';
    }

    private static String withoutGlosses(String text) {
        if (countGlosses(text) == 0) {
            return text;
        }
        return GLOSS.matcher(text).replaceAll(m -> GLOSS_VOWEL.matcher(m.group()).find() ? "" : m.group());
    }

    private static String toSimple(String text) {
        return text.isEmpty() ? text : Converter.toSimple(text);
    }

    private static Block convert(Block block, UnaryOperator<String> convert) {
        if (block instanceof Paragraph paragraph) {
            return new Paragraph(convert.apply(paragraph.text()), paragraph.line(), paragraph.headingLevel());
        }
        Table table = (Table) block;
        List<Row> rows = new ArrayList<>(table.rows().size());
        for (Row row : table.rows()) {
            List<Cell> cells = new ArrayList<>(row.cells().size());
            row.cells().forEach(cell -> cells.add(new Cell(convert.apply(cell.text()), cell.origin())));
            rows.add(new Row(cells, row.line()));
        }
        return new Table(rows, table.line());
    }

    private static void forEachText(SourceDocument document, Consumer<String> action) {
        document.titleHint().ifPresent(action);
        for (Block block : document.blocks()) {
            if (block instanceof Paragraph paragraph) {
                action.accept(paragraph.text());
            } else if (block instanceof Table table) {
                table.rows().forEach(row -> row.cells().forEach(cell -> action.accept(cell.text())));
            }
        }
    }

    /**
     * opencc4j's converter, used first under this class's initialisation, which other threads wait for: opencc4j builds
     * its phrase trie on first use and lets other threads read it while it is being filled, which converts their text
     * only in part (two copies converted at once at the start of a run were read differently).
     */
    private static final class Converter {

        static {
            ZhTwConverterUtil.toSimple("開");
        }

        private Converter() {
        }

        static String toSimple(String text) {
            return ZhTwConverterUtil.toSimple(text);
        }
    }
}
