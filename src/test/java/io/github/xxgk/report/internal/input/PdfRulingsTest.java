package io.github.xxgk.report.internal.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.xxgk.report.ParserOptions;
import io.github.xxgk.report.ReportReadException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;

/**
 * The vertical rules of a page, found in the pass that reads its text: on pages drawn here (A4: 842 points high, so
 * y = 700 is 142 from the top), and on the seed report's pages drawn again inside form XObjects moved on the page.
 */
class PdfRulingsTest {

    private static final String SEED = "testdata/renderings/wuzhong-civil-affairs-2021.pdf";
    /** How far the seed's pages are moved from the top left corner: right by the page's matrix, down by the form's. */
    private static final float RIGHT = 30;
    private static final float DOWN = 50;

    /** The rulings of a page drawing {@code lines} vertical strokes {@code height} high, a line of text among them. */
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
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                content.newLineAtOffset(60, 600);
                content.showText("text");
                content.endText();
            }
            return PdfText.read(doc, ParserOptions.defaults()).get(0).get(0).rulings();
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

    @Test
    void rulesDrawnInAMovedFormStandWhereTheyShowBesideTheText() throws IOException, ReportReadException {
        byte[] seed = Files.readAllBytes(Path.of(SEED));
        byte[] moved = inMovedForms(seed);
        List<List<PdfLine>> pages = lines(seed);
        List<List<PdfLine>> movedPages = lines(moved);

        assertThat(movedPages).hasSameSizeAs(pages);
        int ruled = 0;
        for (int p = 0; p < pages.size(); p++) {
            assertThat(movedPages.get(p)).hasSameSizeAs(pages.get(p));
            for (int i = 0; i < pages.get(p).size(); i++) {
                PdfLine line = pages.get(p).get(i);
                PdfLine movedLine = movedPages.get(p).get(i);
                assertThat(movedLine.text()).isEqualTo(line.text());
                if (line.words().isEmpty()) {
                    continue;
                }
                double middle = line.words().get(0).middle();
                assertThat(movedLine.words().get(0).middle()).isCloseTo(middle + DOWN, within(0.01));
                List<Double> rules = line.rulings().crossing(middle);
                List<Double> movedRules = movedLine.rulings().crossing(middle + DOWN);
                assertThat(movedRules).hasSameSizeAs(rules);
                for (int r = 0; r < rules.size(); r++) {
                    assertThat(movedRules.get(r)).isCloseTo(rules.get(r) + RIGHT, within(0.01));
                }
                ruled += rules.size() >= 2 ? 1 : 0;
            }
        }
        assertThat(ruled).as("lines inside the seed's tables").isGreaterThan(50);
        assertThat(Sources.read(moved, "moved.pdf").blocks()).isEqualTo(Sources.read(seed, "seed.pdf").blocks());
    }

    private static List<List<PdfLine>> lines(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return PdfText.read(doc, ParserOptions.defaults());
        }
    }

    /**
     * The document with each page drawn as a form XObject on a page larger by twice the move: the page's matrix moves
     * the form {@link #RIGHT} from the left edge, the form's own matrix {@link #DOWN} up from the bottom edge, which
     * leaves it {@code DOWN} below the top edge.
     */
    private static byte[] inMovedForms(byte[] pdf) throws IOException {
        try (PDDocument source = Loader.loadPDF(pdf); PDDocument target = new PDDocument()) {
            LayerUtility layers = new LayerUtility(target);
            for (PDPage page : source.getPages()) {
                PDRectangle box = page.getMediaBox();
                PDPage larger = new PDPage(new PDRectangle(box.getWidth() + 2 * RIGHT, box.getHeight() + 2 * DOWN));
                target.addPage(larger);
                PDFormXObject form = layers.importPageAsForm(source, page);
                form.setMatrix(Matrix.getTranslateInstance(0, DOWN).createAffineTransform());
                try (PDPageContentStream content = new PDPageContentStream(target, larger)) {
                    content.transform(Matrix.getTranslateInstance(RIGHT, 0));
                    content.drawForm(form);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            target.save(out);
            return out.toByteArray();
        }
    }
}
