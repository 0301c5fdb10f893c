package io.github.xxgk.report.internal.input;

import io.github.xxgk.report.internal.text.Whitespace;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Word's automatic list numbers as printed: for each numbered paragraph, in document order, the prefix built from
 * the level's {@code lvlText} ({@code "%1、"}, {@code "（%2）"}) with each {@code %n} the counter of level n in that
 * level's {@code numFmt}. As in Word, list instances ({@code numId}) of one abstract definition share its counters
 * (a list continues across instances) unless an instance overrides a level's start, which restarts that level when
 * the instance is first used; numbering a level restarts the levels below it. Bullets print nothing here: their
 * glyphs are decoration, not text.
 */
final class DocxNumbering {

    private static final Pattern PLACEHOLDER = Pattern.compile("%([1-9])");
    private static final int LEVELS = 9;
    private static final String WORDPROCESSING_ML = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final int NOT_STARTED = Integer.MIN_VALUE;

    private final XWPFNumbering numbering;
    private final Map<BigInteger, int[]> counters = new HashMap<>();
    private final Set<BigInteger> used = new HashSet<>();

    DocxNumbering(XWPFNumbering numbering) {
        this.numbering = numbering;
    }

    /**
     * Advances the counters for a paragraph numbered with {@code numPr} and returns the text as printed: the
     * paragraph's text with its number in front, or the text alone if the paragraph is not numbered.
     */
    String apply(CTNumPr numPr, String text) {
        if (numbering == null || numPr == null || numPr.getNumId() == null) {
            return text;
        }
        BigInteger numId = numPr.getNumId().getVal();
        int ilvl = numPr.getIlvl() == null ? 0 : numPr.getIlvl().getVal().intValue();
        XWPFNum num = numId == null ? null : numbering.getNum(numId);
        if (num == null || ilvl < 0 || ilvl >= LEVELS) {
            return text;
        }
        CTLvl[] levels = levels(num);
        if (levels[ilvl] == null || levels[ilvl].getLvlText() == null) {
            return text;
        }
        CTDecimalNumber abstractId = num.getCTNum().getAbstractNumId();
        BigInteger list = abstractId == null || abstractId.getVal() == null ? numId : abstractId.getVal();
        int[] count = counters.computeIfAbsent(list, id -> newCounters());
        if (used.add(numId)) {
            restartOverridden(num, count);
        }
        for (int i = 0; i < ilvl; i++) {
            if (count[i] == NOT_STARTED && levels[i] != null) {
                count[i] = start(num, levels, i);
            }
        }
        count[ilvl] = count[ilvl] == NOT_STARTED ? start(num, levels, ilvl) : count[ilvl] + 1;
        Arrays.fill(count, ilvl + 1, LEVELS, NOT_STARTED);
        if (format(levels[ilvl]).equals("bullet")) {
            return text;
        }
        String prefix = prefix(levels, ilvl, count);
        return join(prefix, levels[ilvl], text);
    }

    /** A list instance that overrides a level's start restarts that level (and those below) when first used. */
    private static void restartOverridden(XWPFNum num, int[] count) {
        for (CTNumLvl override : num.getCTNum().getLvlOverrideList()) {
            if (override.getIlvl() != null && override.getStartOverride() != null) {
                int level = override.getIlvl().intValue();
                if (level >= 0 && level < LEVELS) {
                    Arrays.fill(count, level, LEVELS, NOT_STARTED);
                }
            }
        }
    }

    private static int[] newCounters() {
        int[] count = new int[LEVELS];
        Arrays.fill(count, NOT_STARTED);
        return count;
    }

    private static String prefix(CTLvl[] levels, int ilvl, int[] count) {
        boolean legal = levels[ilvl].getIsLgl() != null;
        Matcher m = PLACEHOLDER.matcher(String.valueOf(levels[ilvl].getLvlText().getVal()));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int level = m.group(1).charAt(0) - '1';
            String value = level > ilvl || levels[level] == null || count[level] == NOT_STARTED ? ""
                    : NumberFormats.format(legal ? "decimal" : format(levels[level]), count[level]);
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return Whitespace.trim(out.toString());
    }

    /** The number and the text, a space between them where Word prints a tab or space after an ASCII number. */
    private static String join(String prefix, CTLvl level, String text) {
        if (prefix.isEmpty()) {
            return text;
        }
        if (followedByNothing(level) || text.isEmpty() || CjkText.isWide(prefix.codePointBefore(prefix.length()))) {
            return prefix + text;
        }
        return prefix + " " + text;
    }

    /**
     * Whether the level's {@code w:suff} is {@code nothing}, read from the XML: the lite schemas POI ships for XWPF
     * have no class for that element.
     */
    private static boolean followedByNothing(CTLvl level) {
        for (Node child = level.getDomNode().getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && "suff".equals(element.getLocalName())) {
                return "nothing".equals(element.getAttributeNS(WORDPROCESSING_ML, "val"));
            }
        }
        return false;
    }

    private static String format(CTLvl level) {
        return level.getNumFmt() == null || level.getNumFmt().getVal() == null ? "decimal"
                : level.getNumFmt().getVal().toString();
    }

    /** The level's first number: the list instance's override, else the level's start (0 if unset, as in Word). */
    private static int start(XWPFNum num, CTLvl[] levels, int ilvl) {
        for (CTNumLvl override : num.getCTNum().getLvlOverrideList()) {
            if (override.getIlvl() != null && override.getIlvl().intValue() == ilvl
                    && override.getStartOverride() != null) {
                return override.getStartOverride().getVal().intValue();
            }
        }
        CTDecimalNumber start = levels[ilvl].getStart();
        return start == null || start.getVal() == null ? 0 : start.getVal().intValue();
    }

    /** The nine levels of a list instance: the abstract definition's, replaced where the instance overrides one. */
    private CTLvl[] levels(XWPFNum num) {
        CTLvl[] levels = new CTLvl[LEVELS];
        CTDecimalNumber abstractId = num.getCTNum().getAbstractNumId();
        XWPFAbstractNum abstractNum = abstractId == null ? null : numbering.getAbstractNum(abstractId.getVal());
        if (abstractNum != null) {
            CTAbstractNum definition = abstractNum.getCTAbstractNum();
            for (CTLvl lvl : definition.getLvlList()) {
                put(levels, lvl);
            }
        }
        for (CTNumLvl override : num.getCTNum().getLvlOverrideList()) {
            if (override.getLvl() != null) {
                put(levels, override.getLvl());
            }
        }
        return levels;
    }

    private static void put(CTLvl[] levels, CTLvl lvl) {
        int i = lvl.getIlvl() == null ? 0 : lvl.getIlvl().intValue();
        if (i >= 0 && i < LEVELS) {
            levels[i] = lvl;
        }
    }
}
