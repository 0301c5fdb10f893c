package io.github.xxgk.report.internal.input;

import io.github.xxgk.report.internal.text.Whitespace;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.Paragraph;

/**
 * Word 97's automatic list numbers as printed, which the binary format stores as rules, not text: for each numbered
 * paragraph, in document order, the level's number text ({@code "\u0000、"}, {@code "（\u0001）"}) with each
 * placeholder the counter of that level in the level's format ({@link NumberFormats}). As in Word, the paragraphs
 * of one list ({@code lsid}) share its counters, a list override that restarts a level restarts it when first used,
 * and numbering a level restarts the levels below it. Bullets print nothing here: their glyphs are decoration.
 */
final class DocNumbering {

    /**
     * Word's number formats by their code in the binary format (the order of OOXML's {@code ST_NumberFormat}),
     * up to the Chinese ones.
     */
    private static final List<String> FORMATS = List.of("decimal", "upperRoman", "lowerRoman", "upperLetter",
            "lowerLetter", "ordinal", "cardinalText", "ordinalText", "hex", "chicago", "ideographDigital",
            "japaneseCounting", "aiueo", "iroha", "decimalFullWidth", "decimalHalfWidth", "japaneseLegal",
            "japaneseDigitalTenThousand", "decimalEnclosedCircle", "decimalFullWidth2", "aiueoFullWidth",
            "irohaFullWidth", "decimalZero", "bullet", "ganada", "chosung", "decimalEnclosedFullstop",
            "decimalEnclosedParen", "decimalEnclosedCircleChinese", "ideographEnclosedCircle", "ideographTraditional",
            "ideographZodiac", "ideographZodiacTraditional", "taiwaneseCounting", "ideographLegalTraditional",
            "taiwaneseCountingThousand", "taiwaneseDigital", "chineseCounting", "chineseLegalSimplified",
            "chineseCountingThousand");
    private static final int LEVELS = 9;
    private static final int NOT_STARTED = Integer.MIN_VALUE;
    /** What follows the number: a tab (0), a space (1) or nothing (2). */
    private static final byte FOLLOWED_BY_NOTHING = 2;

    private final Map<Integer, int[]> counters = new HashMap<>();
    private final Set<Integer> usedOverrides = new HashSet<>();

    /**
     * Advances the counters for a paragraph and returns its text as printed: with its number in front if it is
     * numbered, else unchanged. A paragraph whose list cannot be read is left unnumbered.
     */
    String apply(Paragraph paragraph, String text) {
        HWPFList list;
        try {
            list = paragraph.isInList() ? paragraph.getList() : null;
        } catch (RuntimeException e) {
            return text;
        }
        int ilvl = paragraph.getIlvl();
        if (list == null || ilvl < 0 || ilvl >= LEVELS) {
            return text;
        }
        int[] count = counters.computeIfAbsent(list.getLsid(), id -> newCounters());
        if (usedOverrides.add(paragraph.getIlfo())) {
            restartOverridden(list, count);
        }
        for (int i = 0; i < ilvl; i++) {
            if (count[i] == NOT_STARTED) {
                count[i] = list.getStartAt((char) i);
            }
        }
        count[ilvl] = count[ilvl] == NOT_STARTED ? list.getStartAt((char) ilvl) : count[ilvl] + 1;
        Arrays.fill(count, ilvl + 1, LEVELS, NOT_STARTED);
        if (format(list, ilvl).equals("bullet")) {
            return text;
        }
        String prefix = Whitespace.trim(prefix(list, ilvl, count));
        if (prefix.isEmpty()) {
            return text;
        }
        boolean nothing = list.getTypeOfCharFollowingTheNumber((char) ilvl) == FOLLOWED_BY_NOTHING;
        if (nothing || text.isEmpty() || CjkText.isWide(prefix.codePointBefore(prefix.length()))) {
            return prefix + text;
        }
        return prefix + " " + text;
    }

    private static int[] newCounters() {
        int[] count = new int[LEVELS];
        Arrays.fill(count, NOT_STARTED);
        return count;
    }

    private static void restartOverridden(HWPFList list, int[] count) {
        for (int level = 0; level < LEVELS; level++) {
            if (list.isStartAtOverridden((char) level)) {
                Arrays.fill(count, level, LEVELS, NOT_STARTED);
                return;
            }
        }
    }

    /** The level's number text with each level placeholder (characters 0–8) replaced by that level's counter. */
    private static String prefix(HWPFList list, int ilvl, int[] count) {
        String template = list.getNumberText((char) ilvl);
        if (template == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c < LEVELS) {
                if (c <= ilvl && count[c] != NOT_STARTED) {
                    out.append(NumberFormats.format(format(list, c), count[c]));
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String format(HWPFList list, int level) {
        int code = list.getNumberFormat((char) level);
        return code >= 0 && code < FORMATS.size() ? FORMATS.get(code) : "none";
    }
}
