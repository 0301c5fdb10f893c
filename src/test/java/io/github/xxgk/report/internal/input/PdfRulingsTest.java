package io.github.xxgk.report.internal.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.report.ParserOptions;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

/** The vertical rules of a page, on pages drawn here (A4: 842 points high, so y = 700 is 142 from the top). */
class PdfRulingsTest {

    private static PdfRulings rulesOf(int lines, float height) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                for (int i = 0; i < lines; i++) {
                    float x = 50 + i * 500f / lines;
                    content.moveTo(x, 700);
                    content.lineTo(x, 700 - height);
                    content.stroke();
                }
                content.moveTo(100, 650);
                content.lineTo(300, 650);
                content.stroke();
            }
            return PdfRulings.read(page, ParserOptions.defaults());
        }
    }

    @Test
    void verticalStrokesAreRulesHorizontalOnesAndShortMarksAreNot() throws IOException {
        PdfRulings rulings = rulesOf(5, 40);

        assertThat(rulings.crossing(842 - 680)).containsExactly(50.0, 150.0, 250.0, 350.0, 450.0);
        assertThat(rulings.crossing(842 - 600)).isEmpty();
        assertThat(rulesOf(5, 2).isEmpty()).isTrue();
    }

    @Test
    void aPageOfMoreRulesThanATableHasIsReadWithoutThem() throws IOException {
        assertThat(rulesOf(PdfRulings.MAX_RULES + 1, 40).isEmpty()).isTrue();
        assertThat(rulesOf(PdfRulings.MAX_RULES, 40).isEmpty()).isFalse();
    }
}
