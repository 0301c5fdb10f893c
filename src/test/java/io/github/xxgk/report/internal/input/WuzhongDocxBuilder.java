package io.github.xxgk.report.internal.input;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Writes {@code testdata/renderings/wuzhong-civil-affairs-2021.docx}: the seed report rendered as a Word file the way
 * agencies make them. Not a test; run {@code main} deliberately to regenerate the fixture (see the folder's README).
 *
 * <p>What it exercises: localised style ids ({@code "1"}, {@code "2"}, {@code "a3"}) whose names say what they are,
 * a custom heading style reaching its outline level only through {@code basedOn}, automatic numbering for section
 * headings ({@code 一、}, {@code （一）}, chineseCounting) and for table labels ({@code 1.}, decimal, one list per
 * group), the template's merges as gridSpan and vMerge, and WPS-style hMerge in one block of table 二.
 */
final class WuzhongDocxBuilder {

    private static final String WORDPROCESSING_ML = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final Pattern SECTION = Pattern.compile("([一二三四五六])、(.+)");
    private static final Pattern SUBSECTION = Pattern.compile("（[一二三四五六七八九十]）(.+)");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");

    private final XWPFDocument doc = new XWPFDocument();
    private BigInteger sectionList;
    private BigInteger itemAbstract;

    private WuzhongDocxBuilder() {
    }

    public static void main(String[] args) throws IOException {
        Path seed = Path.of(args.length > 0 ? args[0] : "testdata/reports/wuzhong-civil-affairs-2021.txt");
        Path out = Path.of(args.length > 1 ? args[1] : "testdata/renderings/wuzhong-civil-affairs-2021.docx");
        new WuzhongDocxBuilder().build(Files.readAllLines(seed, StandardCharsets.UTF_8), out);
    }

    private void build(List<String> seed, Path out) throws IOException {
        styles();
        numbering();
        int titleLines = 0;
        for (String raw : seed) {
            String line = raw.strip();
            if (line.isEmpty() || raw.indexOf('\t') >= 0) {
                continue;
            }
            Matcher section = SECTION.matcher(line);
            Matcher sub = SUBSECTION.matcher(line);
            if (titleLines < 2) {
                paragraph("a3", line, null, 0);
                titleLines++;
            } else if (section.matches()) {
                paragraph("10", section.group(2), sectionList, 0);
                switch (section.group(1)) {
                    case "二" -> WuzhongTables.proactive(this);
                    case "三" -> WuzhongTables.requests(this);
                    case "四" -> WuzhongTables.appeals(this);
                    default -> {
                    }
                }
            } else if (sub.matches() && !line.contains("。")) {
                paragraph("2", sub.group(1), sectionList, 1);
            } else if (sub.matches()) {
                paragraph("a", sub.group(1), sectionList, 1);
            } else {
                paragraph("a", line, null, 0);
            }
        }
        page();
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream os = Files.newOutputStream(out)) {
            doc.write(os);
        }
    }

    /** A4 pages with a centred "- N -" page number in the footer, as government documents print them. */
    private void page() {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = sect.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1440));
        margins.setBottom(BigInteger.valueOf(1440));
        margins.setLeft(BigInteger.valueOf(1588));
        margins.setRight(BigInteger.valueOf(1588));
        XWPFParagraph number = doc.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        number.setAlignment(ParagraphAlignment.CENTER);
        number.createRun().setText("- ");
        number.getCTP().addNewFldSimple().setInstr("PAGE");
        number.createRun().setText(" -");
    }

    private void paragraph(String style, String text, BigInteger numId, int level) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        if (numId != null) {
            number(p.getCTP(), numId, level);
        }
        runs(p, text);
    }

    private static void number(CTP p, BigInteger numId, int level) {
        CTNumPr numPr = (p.isSetPPr() ? p.getPPr() : p.addNewPPr()).addNewNumPr();
        numPr.addNewIlvl().setVal(BigInteger.valueOf(level));
        numPr.addNewNumId().setVal(numId);
    }

    /** Text with {@code **bold**} spans as bold runs, as the seed's Markdown-ish markers meant. */
    private static void runs(XWPFParagraph p, String text) {
        Matcher m = BOLD.matcher(text);
        int at = 0;
        while (m.find()) {
            p.createRun().setText(text.substring(at, m.start()));
            XWPFRun bold = p.createRun();
            bold.setBold(true);
            bold.setText(m.group(1));
            at = m.end();
        }
        p.createRun().setText(text.substring(at));
    }

    private void styles() {
        XWPFStyles styles = doc.createStyles();
        styles.addStyle(style("a", "Normal", null, -1));
        styles.addStyle(style("a3", "Title", "a", 0));
        styles.addStyle(style("1", "heading 1", "a", 0));
        styles.addStyle(style("2", "heading 2", "a", -1));
        styles.addStyle(style("10", "报告一级标题", "1", -1));
    }

    private static XWPFStyle style(String id, String name, String basedOn, int outlineLevel) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
        }
        if (outlineLevel >= 0) {
            style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        }
        return new XWPFStyle(style);
    }

    private void numbering() {
        XWPFNumbering numbering = doc.createNumbering();
        CTAbstractNum sections = CTAbstractNum.Factory.newInstance();
        sections.setAbstractNumId(BigInteger.ONE);
        level(sections.addNewLvl(), 0, STNumberFormat.CHINESE_COUNTING, "%1、", "nothing");
        level(sections.addNewLvl(), 1, STNumberFormat.CHINESE_COUNTING, "（%2）", "nothing");
        sectionList = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(sections)));
        CTAbstractNum items = CTAbstractNum.Factory.newInstance();
        items.setAbstractNumId(BigInteger.TWO);
        level(items.addNewLvl(), 0, STNumberFormat.DECIMAL, "%1.", "space");
        itemAbstract = numbering.addAbstractNum(new XWPFAbstractNum(items));
    }

    private static void level(CTLvl lvl, int ilvl, STNumberFormat.Enum format, String text, String suff) {
        lvl.setIlvl(BigInteger.valueOf(ilvl));
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(format);
        try (XmlCursor cursor = lvl.newCursor()) {
            cursor.toEndToken();
            cursor.beginElement(new QName(WORDPROCESSING_ML, "suff", "w"));
            cursor.insertAttributeWithValue(new QName(WORDPROCESSING_ML, "val", "w"), suff);
        }
        lvl.addNewLvlText().setVal(text);
    }

    /** A new list of table labels {@code 1.}, {@code 2.}, … restarting at 1. */
    BigInteger itemList() {
        XWPFNumbering numbering = doc.getNumbering();
        BigInteger numId = numbering.addNum(itemAbstract);
        CTNum num = numbering.getNum(numId).getCTNum();
        var override = num.addNewLvlOverride();
        override.setIlvl(BigInteger.ZERO);
        override.addNewStartOverride().setVal(BigInteger.ONE);
        return numId;
    }

    /** A table with a grid of these column widths (twips) and no rows yet. */
    CTTbl table(int... widths) {
        XWPFTable table = doc.createTable();
        CTTbl tbl = table.getCTTbl();
        tbl.removeTr(0);
        var pr = tbl.getTblPr() != null ? tbl.getTblPr() : tbl.addNewTblPr();
        var width = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        width.setType(STTblWidth.DXA);
        int total = 0;
        CTTblGrid grid = tbl.getTblGrid() != null ? tbl.getTblGrid() : tbl.addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
            total += w;
        }
        width.setW(BigInteger.valueOf(total));
        return tbl;
    }

    /** One cell of a row under construction. */
    record C(String text, int span, STMerge.Enum vMerge, STMerge.Enum hMerge, BigInteger numId) {

        static C of(String text) {
            return new C(text, 1, null, null, null);
        }

        static C span(String text, int span) {
            return new C(text, span, null, null, null);
        }

        static C vStart(String text, int span) {
            return new C(text, span, STMerge.RESTART, null, null);
        }

        static C vCont(int span) {
            return new C("", span, STMerge.CONTINUE, null, null);
        }

        static C hStart(String text) {
            return new C(text, 1, null, STMerge.RESTART, null);
        }

        static C hCont() {
            return new C("", 1, null, STMerge.CONTINUE, null);
        }

        static C numbered(String text, BigInteger numId) {
            return new C(text, 1, null, null, numId);
        }

        static List<C> values(int... values) {
            return java.util.Arrays.stream(values).mapToObj(v -> of(Integer.toString(v))).toList();
        }

        static List<C> zeros(int n) {
            return values(Collections.nCopies(n, 0).stream().mapToInt(Integer::intValue).toArray());
        }
    }

    static void row(CTTbl tbl, List<C> cells) {
        CTRow row = tbl.addNewTr();
        for (C c : cells) {
            CTTc tc = row.addNewTc();
            CTTcPr pr = tc.addNewTcPr();
            if (c.span() > 1) {
                pr.addNewGridSpan().setVal(BigInteger.valueOf(c.span()));
            }
            if (c.vMerge() == STMerge.RESTART) {
                pr.addNewVMerge().setVal(STMerge.RESTART);
            } else if (c.vMerge() != null) {
                pr.addNewVMerge();
            }
            if (c.hMerge() == STMerge.RESTART) {
                pr.addNewHMerge().setVal(STMerge.RESTART);
            } else if (c.hMerge() != null) {
                pr.addNewHMerge();
            }
            CTP p = tc.addNewP();
            if (c.numId() != null) {
                number(p, c.numId(), 0);
            }
            if (!c.text().isEmpty()) {
                p.addNewR().addNewT().setStringValue(c.text());
            }
        }
    }

    @SafeVarargs
    static List<C> cells(List<C>... parts) {
        List<C> all = new java.util.ArrayList<>();
        for (List<C> part : parts) {
            all.addAll(part);
        }
        return all;
    }
}
