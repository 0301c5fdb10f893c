package io.github.xxgk.report.internal.input;

import io.github.xxgk.report.internal.text.Whitespace;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    private static final Pattern HEADING_NAME = Pattern.compile("(?:heading|标题)\\s*([1-9])");
    private static final Set<String> TITLE_NAMES = Set.of("title", "标题");
    /** Word's outline level for body text. */
    private static final int BODY_TEXT = 9;
    private static final int MAX_CHAIN = 16;

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
                && seen.size() <= MAX_CHAIN; style = style(style.getBasisStyleID())) {
            String name = style.getName() == null ? "" : Whitespace.collapse(style.getName()).toLowerCase(Locale.ROOT);
            Matcher heading = HEADING_NAME.matcher(name);
            if (heading.matches()) {
                return Math.min(6, heading.group(1).charAt(0) - '0');
            }
            if (TITLE_NAMES.contains(name)) {
                return 1;
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
                && seen.size() <= MAX_CHAIN; style = style(style.getBasisStyleID())) {
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
        int level = outline.getVal().intValue();
        return level < 0 || level >= BODY_TEXT ? 0 : Math.min(6, level + 1);
    }
}
