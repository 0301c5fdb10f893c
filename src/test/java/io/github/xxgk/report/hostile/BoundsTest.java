package io.github.xxgk.report.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.xxgk.report.ParserOptions;
import io.github.xxgk.report.ReportParser;
import io.github.xxgk.report.ReportReadException.Reason;
import io.github.xxgk.report.ReportReadException;
import io.github.xxgk.report.TestData;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.CellKey;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each bound of {@link ParserOptions}: a source just within it is read, one just beyond it fails with
 * {@link Reason#LIMIT_EXCEEDED} naming the option, whatever the format the bound applies to.
 */
class BoundsTest {

    private static final Path RENDERINGS = TestData.ROOT.resolve("renderings");
    private static final byte[] SEED = TestData.seedText().getBytes(StandardCharsets.UTF_8);

    private static ReportParser parser(ParserOptions.Builder options) {
        return ReportParser.create(options.build());
    }

    private static ReportReadException limit(Callable<AnnualReport> parse, String option) {
        ReportReadException e = catchThrowableOfType(ReportReadException.class, parse::call);
        assertThat(e).as("a ReportReadException").isNotNull();
        assertThat(e.reason()).as(e.getMessage()).isEqualTo(Reason.LIMIT_EXCEEDED);
        assertThat(e.getMessage()).contains("(" + option + ")");
        return e;
    }

    @Test
    void maxInputBytesBoundsBytesStreamsAndFiles() throws Exception {
        ReportParser exact = parser(ParserOptions.builder().maxInputBytes(SEED.length));
        ReportParser under = parser(ParserOptions.builder().maxInputBytes(SEED.length - 1));

        assertThat(exact.parse(SEED, "seed.txt").value(CellKey.parse("requests.new.total")))
                .isPresent();
        assertThat(exact.parse(new ByteArrayInputStream(SEED), "seed.txt").values()).isNotEmpty();
        limit(() -> under.parse(SEED, "seed.txt"), "maxInputBytes");
        limit(() -> under.parse(new ByteArrayInputStream(SEED), "seed.txt"), "maxInputBytes");
        limit(() -> under.parse(TestData.SEED), "maxInputBytes");
    }

    @Test
    void maxTextCharsBoundsDecodedTextAndRefusesLongerBytesUndecoded() throws Exception {
        int chars = TestData.seedText().length();
        assertThat(parser(ParserOptions.builder().maxTextChars(chars)).parse(SEED, "seed.txt").values())
                .isNotEmpty();
        limit(() -> parser(ParserOptions.builder().maxTextChars(chars - 1)).parse(SEED, "seed.txt"),
                "maxTextChars");
        limit(() -> parser(ParserOptions.builder().maxTextChars(chars - 1)).parseText(TestData.seedText(), "seed"),
                "maxTextChars");
        // More than 4 bytes a character: not even decoded.
        limit(() -> parser(ParserOptions.builder().maxTextChars(SEED.length / 4 - 2)).parse(SEED, "seed.txt"),
                "maxTextChars");
    }

    @ParameterizedTest
    @ValueSource(strings = {"wuzhong-civil-affairs-2021.docx", "wuzhong-civil-affairs-2021.doc",
        "wuzhong-civil-affairs-2021.pdf"})
    void maxTextCharsBoundsTheTextOfWordAndPdfDocuments(String file) throws Exception {
        Path path = RENDERINGS.resolve(file);
        assertThat(ReportParser.create().parse(path).values()).isNotEmpty();
        limit(() -> parser(ParserOptions.builder().maxTextChars(500)).parse(path), "maxTextChars");
    }

    @Test
    void maxHtmlDepthBoundsNesting() throws Exception {
        ReportParser parser = parser(ParserOptions.builder().maxHtmlDepth(100));
        // html and body are two levels; the paragraph inside the divs one more.
        assertThat(parser.parse(HostileInputs.nestedDivs(97), "97.html").preamble()).isNotNull();
        limit(() -> parser.parse(HostileInputs.nestedDivs(98), "98.html"), "maxHtmlDepth");
    }

    @Test
    void maxHtmlElementsBoundsTheTagsOfAPageAndTheElementsJsoupMakesOfThem() throws Exception {
        ReportParser parser = parser(ParserOptions.builder().maxHtmlElements(1_000));
        assertThat(parser.parse(HostileInputs.formattingAmplifier(0, 900), "900.html").preamble()).isNotNull();
        limit(() -> parser.parse(HostileInputs.formattingAmplifier(0, 1_001), "1001.html"), "maxHtmlElements");
        // 112 tags, but jsoup reopens the 12 formatting elements in each of the 100 paragraphs.
        limit(() -> parser.parse(HostileInputs.formattingAmplifier(12, 100), "amplifier.html"), "maxHtmlElements");
    }

    @Test
    void maxPdfPagesBoundsThePagesOfAPdf() throws Exception {
        byte[] pdf = HostileInputs.manyPages(30);
        assertThat(parser(ParserOptions.builder().maxPdfPages(30)).parse(pdf, "30.pdf").diagnostics())
                .anyMatch(d -> d.code().code().equals("source.no_text"));
        limit(() -> parser(ParserOptions.builder().maxPdfPages(29)).parse(pdf, "30.pdf"), "maxPdfPages");
    }

    @Test
    void maxWordNestingBoundsTheXmlOfAWordDocumentBeforePoiReadsIt() throws Exception {
        // A paragraph inside N tables nests 3 N + 5 elements deep: w:document, w:body, then w:tbl, w:tr, w:tc each.
        assertThat(ReportParser.create().parse(HostileInputs.nestedTables(331), "331.docx").preamble()).isNotNull();
        limit(() -> ReportParser.create().parse(HostileInputs.nestedTables(332), "332.docx"), "maxWordNesting");
        assertThat(parser(ParserOptions.builder().maxWordNesting(35)).parse(HostileInputs.nestedTables(10),
                "10.docx").preamble()).isNotNull();
        limit(() -> parser(ParserOptions.builder().maxWordNesting(34)).parse(HostileInputs.nestedTables(10),
                "10.docx"), "maxWordNesting");
    }

    /** 2,000 nested tables and more overflowed the stack inside POI's own (recursive) depth check. */
    @ParameterizedTest
    @ValueSource(ints = {2_000, 5_000, 10_000})
    void tablesNestedBeyondPoisOwnCheckAreRefusedWithoutOverflow(int depth) {
        ReportReadException e = limit(() -> ReportParser.create().parse(HostileInputs.nestedTables(depth), "n.docx"),
                "maxWordNesting");
        assertThat(e.getMessage()).contains("/word/document.xml");
    }

    /** POI finds the body and the footers by relationship, whatever content type the package declares. */
    @Test
    void theNestingOfEveryPartPoiBuildsIsChecked() {
        limit(() -> ReportParser.create().parse(HostileInputs.nestedTablesUndeclared(3_000), "u.docx"),
                "maxWordNesting");
        ReportReadException footer = limit(() -> ReportParser.create().parse(HostileInputs.nestedFooter(3_000),
                "f.docx"), "maxWordNesting");
        assertThat(footer.getMessage()).contains("/word/footer1.xml");
    }

    @Test
    void maxWordNestingCannotPassPoisCeiling() {
        assertThat(ParserOptions.builder().maxWordNesting(1_000).build().maxWordNesting()).isEqualTo(1_000);
        assertThatThrownBy(() -> ParserOptions.builder().maxWordNesting(1_001))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxWordNesting");
    }

    @Test
    void maxZipEntriesBoundsTheEntriesOfAWordPackage() throws Exception {
        byte[] docx = HostileInputs.manyEntries(20);
        int entries = 20 + seedEntries();
        assertThat(parser(ParserOptions.builder().maxZipEntries(entries)).parse(docx, "e.docx").values())
                .isNotEmpty();
        limit(() -> parser(ParserOptions.builder().maxZipEntries(entries - 1)).parse(docx, "e.docx"),
                "maxZipEntries");
        limit(() -> ReportParser.create().parse(HostileInputs.manyEntries(1_200), "e.docx"), "maxZipEntries");
    }

    /** Beyond POI's own 1,000 entries when the options allow more: POI's process-wide bound follows. */
    @Test
    void maxZipEntriesAboveAThousandIsHonoured() throws Exception {
        byte[] docx = HostileInputs.manyEntries(1_200);
        assertThat(parser(ParserOptions.builder().maxZipEntries(2_000)).parse(docx, "e.docx").values())
                .isNotEmpty();
        limit(() -> parser(ParserOptions.builder().maxZipEntries(1_100)).parse(docx, "e.docx"), "maxZipEntries");
    }

    private static int seedEntries() throws Exception {
        try (ZipFile zip = new ZipFile(RENDERINGS.resolve("wuzhong-civil-affairs-2021.docx").toFile())) {
            return zip.size();
        }
    }

    @Test
    void maxPdfGraphicsDepthBoundsTheStatesAPageSaves() throws Exception {
        byte[] pdf = HostileInputs.unrestoredStates(50);
        assertThat(parser(ParserOptions.builder().maxPdfGraphicsDepth(50)).parse(pdf, "q.pdf").diagnostics())
                .anyMatch(d -> d.code().code().equals("source.no_text"));
        limit(() -> parser(ParserOptions.builder().maxPdfGraphicsDepth(49)).parse(pdf, "q.pdf"),
                "maxPdfGraphicsDepth");
        limit(() -> ReportParser.create().parse(HostileInputs.unrestoredStates(1_000_000), "q.pdf"),
                "maxPdfGraphicsDepth");
    }

    @Test
    void maxPdfPageOperatorsBoundsTheWorkOfDrawingAPage() throws Exception {
        byte[] pdf = HostileInputs.pdfPage("0 0 m\n".repeat(100), "");
        assertThat(parser(ParserOptions.builder().maxPdfPageOperators(100)).parse(pdf, "ops.pdf").diagnostics())
                .anyMatch(d -> d.code().code().equals("source.no_text"));
        limit(() -> parser(ParserOptions.builder().maxPdfPageOperators(99)).parse(pdf, "ops.pdf"),
                "maxPdfPageOperators");
    }

    @Test
    void maxPdfPageFormBytesBoundsTheFormsAPageParses() throws Exception {
        String form = "0 0 m\n".repeat(200);
        byte[] pdf = HostileInputs.pdfPage("/X1 Do\n".repeat(10), form);
        int bytes = 10 * form.length();
        assertThat(parser(ParserOptions.builder().maxPdfPageFormBytes(bytes)).parse(pdf, "forms.pdf").diagnostics())
                .anyMatch(d -> d.code().code().equals("source.no_text"));
        limit(() -> parser(ParserOptions.builder().maxPdfPageFormBytes(bytes - 1)).parse(pdf, "forms.pdf"),
                "maxPdfPageFormBytes");
    }

    @Test
    void maxPdfPageCharsBoundsTheTextOfOnePage() throws Exception {
        byte[] pdf = HostileInputs.pdfPage("BT /F1 12 Tf 72 720 Td (0123456789) Tj ET\n".repeat(3), "");
        assertThat(parser(ParserOptions.builder().maxPdfPageChars(30)).parse(pdf, "chars.pdf").diagnostics())
                .anyMatch(d -> d.code().code().equals("source.no_text"));
        limit(() -> parser(ParserOptions.builder().maxPdfPageChars(29)).parse(pdf, "chars.pdf"), "maxPdfPageChars");
    }

    /** PDFBox decodes a form at each draw: its decoded bytes are what count, not its compressed ones. */
    @Test
    void maxPdfPageFormBytesCountsTheDecodedForm() throws Exception {
        byte[] form = HostileInputs.deflated("0 0 m\n".repeat(20_000));
        byte[] pdf = HostileInputs.pdfPage("/X1 Do\n".repeat(10), form, "/Filter /FlateDecode");
        assertThat(parser(ParserOptions.builder().maxPdfPageFormBytes(1_200_000)).parse(pdf, "f.pdf").diagnostics())
                .anyMatch(d -> d.code().code().equals("source.no_text"));
        limit(() -> parser(ParserOptions.builder().maxPdfPageFormBytes(1_199_999)).parse(pdf, "f.pdf"),
                "maxPdfPageFormBytes");
    }

    /** PDFBox draws a form with a transparency group by another way; the same bounds hold there. */
    @Test
    void transparencyGroupsKeepToTheFormBounds() throws Exception {
        String group = "/Group << /S /Transparency >>";
        byte[] selfDrawing = HostileInputs.pdfPage("/X1 Do\n", "/X1 Do /X1 Do\n".getBytes(StandardCharsets.US_ASCII),
                group);
        assertThat(ReportParser.create().parse(selfDrawing, "g.pdf").diagnostics())
                .anyMatch(d -> d.code().code().equals("source.no_text"));
        byte[] form = "0 0 m\n".repeat(100).getBytes(StandardCharsets.US_ASCII);
        byte[] drawnOften = HostileInputs.pdfPage("/X1 Do\n".repeat(10), form, group);
        limit(() -> parser(ParserOptions.builder().maxPdfPageFormBytes(999)).parse(drawnOften, "g.pdf"),
                "maxPdfPageFormBytes");
    }

    /** What a form leaves saved is dropped when it ends, by PDFBox and by the count. */
    @Test
    void statesAFormLeavesSavedDoNotAddUp() throws Exception {
        byte[] pdf = HostileInputs.pdfPage("/X1 Do\n".repeat(60), "q 1 0 0 1 0 0 cm\n");
        assertThat(parser(ParserOptions.builder().maxPdfGraphicsDepth(50)).parse(pdf, "q.pdf").diagnostics())
                .anyMatch(d -> d.code().code().equals("source.no_text"));
    }

    /** A form drawing itself twice once took exponential time (a 9 KB page did not end in 20 seconds). */
    @Test
    void aFormDrawingItselfIsDrawnOnce() throws Exception {
        byte[] pdf = HostileInputs.pdfPage("/X1 Do\n", "BT /F1 12 Tf 72 720 Td (Hello) Tj ET /X1 Do /X1 Do\n");
        assertThat(ReportParser.create().parse(pdf, "form.pdf").diagnostics())
                .anyMatch(d -> d.code().code().equals("source.no_text"));
        limit(() -> parser(ParserOptions.builder().maxPdfPageOperators(5)).parse(pdf, "form.pdf"),
                "maxPdfPageOperators");
    }

    @Test
    void statesRestoredAreNotCounted() throws Exception {
        byte[] pdf = HostileInputs.unrestoredStates(0);
        assertThat(parser(ParserOptions.builder().maxPdfGraphicsDepth(1)).parse(pdf, "q.pdf").diagnostics())
                .anyMatch(d -> d.code().code().equals("source.no_text"));
        byte[] balanced = HostileInputs.balancedStates(5_000);
        assertThat(parser(ParserOptions.builder().maxPdfGraphicsDepth(2)).parse(balanced, "qq.pdf").diagnostics())
                .anyMatch(d -> d.code().code().equals("source.no_text"));
    }

    @Test
    void maxInflatedBytesBoundsAllPartsTogether() throws Exception {
        byte[] docx = HostileInputs.manyParts(3, 1 << 20);
        assertThat(parser(ParserOptions.builder().maxInflatedBytes(4 << 20)).parse(docx, "parts.docx").values())
                .isNotEmpty();
        ReportReadException e = limit(() -> parser(ParserOptions.builder().maxInflatedBytes(2 << 20))
                .parse(docx, "parts.docx"), "maxInflatedBytes");
        assertThat(e.detectedType()).hasValue(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void maxInflateRatioBoundsEachPartOnItsOwn() throws Exception {
        byte[] bomb = Files.readAllBytes(TestData.ROOT.resolve("hostile/zip-bomb.docx"));
        limit(() -> ReportParser.create().parse(bomb, "bomb.docx"), "maxInflateRatio");
        // The bomb's main part inflates about a thousand-fold; allowed that, it stops at the total instead.
        limit(() -> parser(ParserOptions.builder().maxInflateRatio(10_000)).parse(bomb, "bomb.docx"),
                "maxInflatedBytes");
    }

    /** POI's own bounds are process-wide; these are per parser, so parsers with different bounds can share a JVM. */
    @Test
    void parsersWithDifferentZipBoundsRunSideBySide() throws Exception {
        byte[] docx = HostileInputs.manyParts(2, 1 << 20);
        ReportParser strict = parser(ParserOptions.builder().maxInflatedBytes(1 << 20));
        ReportParser lenient = ReportParser.create();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Reason>> outcomes = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                ReportParser parser = i % 2 == 0 ? strict : lenient;
                outcomes.add(pool.submit(() -> {
                    try {
                        parser.parse(docx, "parts.docx");
                        return null;
                    } catch (ReportReadException e) {
                        return e.reason();
                    }
                }));
            }
            for (int i = 0; i < outcomes.size(); i++) {
                assertThat(outcomes.get(i).get()).as("parse %d", i)
                        .isEqualTo(i % 2 == 0 ? Reason.LIMIT_EXCEEDED : null);
            }
        } finally {
            pool.shutdownNow();
        }
    }

}
