package io.github.xxgk.report.internal.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.xxgk.report.ReportReadException.Reason;
import io.github.xxgk.report.ReportReadException;
import io.github.xxgk.report.internal.block.SourceDocument;
import io.github.xxgk.report.model.Diagnostic;
import io.github.xxgk.report.model.DiagnosticCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Hostile and damaged binary inputs: each fails with a typed reason and the type detected from its bytes. */
class BadInputTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    static Stream<Arguments> fixtures() {
        return Stream.of(
                Arguments.of("testdata/hostile/encrypted.docx", Reason.ENCRYPTED, "application/x-tika-ooxml-protected"),
                Arguments.of("testdata/hostile/missing-document-xml.docx", Reason.CORRUPT, DOCX),
                Arguments.of("testdata/hostile/not-a-docx.zip", Reason.UNSUPPORTED_FORMAT, "application/zip"),
                Arguments.of("testdata/hostile/spreadsheet.xls", Reason.UNSUPPORTED_FORMAT, "application/vnd.ms-excel"),
                Arguments.of("testdata/hostile/encrypted.pdf", Reason.ENCRYPTED, "application/pdf"));
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void fixtureFailsWithItsReason(String path, Reason reason, String type) throws IOException {
        ReportReadException e = failure(Files.readAllBytes(Path.of(path)), Path.of(path).getFileName().toString());

        assertThat(e.reason()).isEqualTo(reason);
        assertThat(e.detectedType()).hasValue(type);
        assertThat(e.source()).isEqualTo(Path.of(path).getFileName().toString());
    }

    static Stream<Arguments> damaged() throws IOException {
        byte[] docx = Files.readAllBytes(Path.of("testdata/renderings/wuzhong-civil-affairs-2021.docx"));
        byte[] doc = Files.readAllBytes(Path.of("testdata/renderings/wuzhong-civil-affairs-2021.doc"));
        byte[] brokenXml = replaceEntry(docx, "word/document.xml",
                "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>"
                        .getBytes(StandardCharsets.UTF_8));
        return Stream.of(
                Arguments.of("truncated DOCX", Arrays.copyOf(docx, docx.length / 2), Reason.CORRUPT, DOCX),
                Arguments.of("DOCX with malformed XML", brokenXml, Reason.CORRUPT, DOCX),
                Arguments.of("PDF header then garbage", ascii("%PDF-1.7\n%garbage garbage garbage\n"), Reason.CORRUPT,
                        "application/pdf"),
                Arguments.of("OLE2 header then garbage", concat(Arrays.copyOf(doc, 8), ascii("garbage")),
                        Reason.CORRUPT, "application/x-tika-msoffice"),
                Arguments.of("truncated DOC", Arrays.copyOf(doc, 5000), Reason.CORRUPT, "application/x-tika-msoffice"),
                Arguments.of("bare ZIP end record", new byte[] {'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                        0, 0, 0, 0, 0}, Reason.UNSUPPORTED_FORMAT, "application/zip"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damaged")
    void damagedInputFailsWithItsReason(String what, byte[] bytes, Reason reason, String type) {
        ReportReadException e = failure(bytes, "damaged");

        assertThat(e.reason()).isEqualTo(reason);
        assertThat(e.detectedType()).hasValue(type);
    }

    @Test
    void pdfCutAfterItsFirstPageObjectHasNoTextRatherThanFailing() throws IOException {
        byte[] pdf = Arrays.copyOf(Files.readAllBytes(Path.of("testdata/reports/hongze-district-2024.pdf")), 2048);

        SourceDocument doc = Sources.read(pdf, "cut.pdf");

        assertThat(doc.blocks()).isEmpty();
        assertThat(doc.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.SOURCE_NO_TEXT);
    }

    @Test
    void docxInflatingAThousandFoldIsRefusedAsBeyondTheBounds() throws IOException {
        byte[] docx = Files.readAllBytes(Path.of("testdata/renderings/wuzhong-civil-affairs-2021.docx"));
        byte[] padding = new byte[20 * 1024 * 1024];
        Arrays.fill(padding, (byte) ' ');
        byte[] bomb = replaceEntry(docx, "word/document.xml", padding);

        ReportReadException e = failure(bomb, "bomb.docx");

        assertThat(e.reason()).isEqualTo(Reason.LIMIT_EXCEEDED);
        assertThat(e.detectedType()).hasValue(DOCX);
    }

    private static ReportReadException failure(byte[] bytes, String name) {
        ReportReadException e = catchThrowableOfType(ReportReadException.class, () -> Sources.read(bytes, name));
        assertThat(e).as("expected a ReportReadException").isNotNull();
        return e;
    }

    private static byte[] replaceEntry(byte[] zip, String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip));
                ZipOutputStream zout = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zout.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(name)) {
                    zout.write(content);
                } else {
                    in.transferTo(zout);
                }
                zout.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
