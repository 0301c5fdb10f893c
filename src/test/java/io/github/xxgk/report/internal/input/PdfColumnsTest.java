package io.github.xxgk.report.internal.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.report.internal.block.Cell;
import io.github.xxgk.report.internal.block.SourceDocument;
import io.github.xxgk.report.internal.block.Table;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Values placed under the columns a PDF's rules draw, on one-page PDFs made here: a ruled table under a header row,
 * one of its rows leaving its middle cell blank and three printing nothing but their labels.
 */
class PdfColumnsTest {

    /** The table's column borders, left to right: a label column and three value columns. */
    private static final float[] BORDERS = {50, 200, 260, 320, 380};
    private static final float TOP = 700;
    private static final float ROW = 20;
    private static final String[][] ROWS = {{"Items", "Aa", "Bb", "Cc"}, {"0.Zero", "", "", ""},
        {"1.Alpha", "1", "2", "3"}, {"2.Beta", "5", "", "7"}, {"3.Gamma", "", "", ""}, {"4.Delta", "4", "4", "8"},
        {"Epsilon", "", "", ""}};

    /** How the rules are drawn. */
    enum Rules {
        /** Stroked lines, as LibreOffice and Word draw borders. */
        STROKED,
        /** Thin filled rectangles, as WPS and some PDF printers draw them. */
        FILLED,
        /** Not drawn at all. */
        NONE
    }

    private static byte[] pdf(Rules rules) throws IOException {
        return pdf(rules, PDRectangle.A4);
    }

    private static byte[] pdf(Rules rules, PDRectangle cropBox) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            page.setCropBox(cropBox);
            doc.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                text(content, font, 50, 760, "Annual report on government information disclosure, 2021");
                for (int r = 0; r < ROWS.length; r++) {
                    float baseline = TOP - (r + 1) * ROW + 6;
                    text(content, font, BORDERS[0] + 5, baseline, ROWS[r][0]);
                    for (int c = 1; c < ROWS[r].length; c++) {
                        if (!ROWS[r][c].isEmpty()) {
                            float centre = (BORDERS[c] + BORDERS[c + 1]) / 2;
                            text(content, font, centre - font.getStringWidth(ROWS[r][c]) / 1000 * 10 / 2, baseline,
                                    ROWS[r][c]);
                        }
                    }
                }
                float bottom = TOP - ROWS.length * ROW;
                for (float x : BORDERS) {
                    switch (rules) {
                        case STROKED -> {
                            content.moveTo(x, TOP);
                            content.lineTo(x, bottom);
                            content.stroke();
                        }
                        case FILLED -> {
                            content.addRect(x - 0.25f, bottom, 0.5f, TOP - bottom);
                            content.fill();
                        }
                        case NONE -> {
                        }
                    }
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void text(PDPageContentStream content, PDType1Font font, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, 10);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    private static List<String> rowCells(byte[] pdf, String label) throws Exception {
        SourceDocument document = Sources.read(pdf, "ruled.pdf");
        return document.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast)
                .flatMap(table -> table.rows().stream())
                .filter(row -> row.cells().get(0).text().equals(label))
                .findFirst().orElseThrow().cells().stream().map(Cell::text).toList();
    }

    @ParameterizedTest
    @EnumSource(value = Rules.class, names = {"STROKED", "FILLED"})
    void blankCellBecomesAnEmptyCellInItsColumn(Rules rules) throws Exception {
        byte[] pdf = pdf(rules);

        assertThat(rowCells(pdf, "2.Beta")).containsExactly("2.Beta", "5", "", "7");
        assertThat(rowCells(pdf, "1.Alpha")).containsExactly("1.Alpha", "1", "2", "3");
    }

    @ParameterizedTest
    @EnumSource(value = Rules.class, names = {"STROKED", "FILLED"})
    void rowOfBlankCellsKeepsTheColumnsOfTheRowsAboveIt(Rules rules) throws Exception {
        byte[] pdf = pdf(rules);

        assertThat(rowCells(pdf, "0.Zero")).as("in the header's columns").containsExactly("0.Zero", "", "", "");
        assertThat(rowCells(pdf, "3.Gamma")).containsExactly("3.Gamma", "", "", "");
        assertThat(rowCells(pdf, "Epsilon")).containsExactly("Epsilon", "", "", "");
        assertThat(rowCells(pdf, "Items")).as("the header itself").containsExactly("Items", "Aa", "Bb", "Cc");
    }

    @Test
    void aPageCroppedAwayFromItsOriginPlacesTheSame() throws Exception {
        byte[] pdf = pdf(Rules.STROKED, new PDRectangle(45, 100, 540, 700));

        assertThat(rowCells(pdf, "2.Beta")).containsExactly("2.Beta", "5", "", "7");
        assertThat(rowCells(pdf, "3.Gamma")).containsExactly("3.Gamma", "", "", "");
    }

    @Test
    void withoutRulesTheValuesStayAsRead() throws Exception {
        byte[] pdf = pdf(Rules.NONE);

        assertThat(rowCells(pdf, "2.Beta")).containsExactly("2.Beta", "5", "7");
        assertThat(rowCells(pdf, "3.Gamma")).containsExactly("3.Gamma");
        assertThat(rowCells(pdf, "0.Zero")).containsExactly("0.Zero");
    }
}
