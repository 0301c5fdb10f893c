package io.github.xxgk.report.internal.input;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;

/**
 * What a paragraph's style makes of it, resolved through the style definitions rather than the style id (ids are
 * localised: {@code "1"}, {@code "a3"}, {@code "标题 1"}): its heading level from an outline level or a heading
 * style's name along the {@code basedOn} chain, and the numbering a style carries.
 */
final class DocxStyles {


    private final XWPFStyles styles;

    DocxStyles(XWPFStyles styles) {
        this.styles = styles;
    }

    /** The heading level, 1–6, of a paragraph with these direct properties and style, or 0 for body text. */
    int headingLevel(CTPPr direct, String styleId) {
        if (direct != null && direct.getOutlineLvl() != null) {
            return outlineToHeading(direct.getOutlineLvl());
        }
        Set<String> seen = new HashSet<>();
        for (XWPFStyle style = style(styleId); style != null && seen.add(style.getStyleId())
                && seen.size() <= HeadingStyles.MAX_CHAIN; style = style(style.getBasisStyleID())) {
            int named = HeadingStyles.levelOfName(style.getName());
            if (named > 0) {
                return named;
            }
            CTPPrGeneral ppr = style.getCTStyle().getPPr();
            if (ppr != null && ppr.getOutlineLvl() != null) {
                return outlineToHeading(ppr.getOutlineLvl());
            }
        }
        return 0;
    }

    /** The numbering of a paragraph: its own, else its style's (nearest along {@code basedOn}), else null. */
    CTNumPr numbering(CTPPr direct, String styleId) {
        if (direct != null && direct.getNumPr() != null) {
            return direct.getNumPr();
        }
        Set<String> seen = new HashSet<>();
        for (XWPFStyle style = style(styleId); style != null && seen.add(style.getStyleId())
                && seen.size() <= HeadingStyles.MAX_CHAIN; style = style(style.getBasisStyleID())) {
            CTPPrGeneral ppr = style.getCTStyle().getPPr();
            if (ppr != null && ppr.getNumPr() != null) {
                return ppr.getNumPr();
            }
        }
        return null;
    }

    private XWPFStyle style(String id) {
        return styles == null || id == null ? null : styles.getStyle(id);
    }

    private static int outlineToHeading(CTDecimalNumber outline) {
        if (outline.getVal() == null) {
            return 0;
        }
        BigInteger level = outline.getVal();
        return level.bitLength() < Integer.SIZE ? HeadingStyles.levelOfOutline(level.intValue()) : 0;
    }
}
