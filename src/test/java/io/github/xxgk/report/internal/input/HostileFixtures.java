package io.github.xxgk.report.internal.input;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Writes the hostile fixtures of {@code testdata/hostile} (see its README). Not a test;
 * run {@code main} deliberately, after {@link WuzhongDocxBuilder}, to regenerate them.
 */
final class HostileFixtures {

    static final String PASSWORD = "xxgk-test";

    private HostileFixtures() {
    }

    public static void main(String[] args) throws Exception {
        Path word = Path.of("testdata/hostile");
        Path pdf = word;
        Path docx = Path.of("testdata/renderings/wuzhong-civil-affairs-2021.docx");
        encryptedDocx(docx, word.resolve("encrypted.docx"));
        withoutEntry(docx, "word/document.xml", word.resolve("missing-document-xml.docx"));
        plainZip(word.resolve("not-a-docx.zip"));
        spreadsheet(word.resolve("spreadsheet.xls"));
        imageOnlyPdf(pdf.resolve("image-only.pdf"));
        encryptedPdf(pdf.resolve("encrypted.pdf"));
        zipBomb(docx, word.resolve("zip-bomb.docx"));
        Files.write(word.resolve("nul-bytes.bin"), new byte[4096]);
        declaredUtf8(Path.of("testdata/reports/shanghai-gov-office-2019-fragment.html"),
                word.resolve("gb18030-declared-utf8.html"));
    }

    /**
     * The DOCX with its main part replaced by 64 MiB of one repeated byte inside a document element: some 64 KiB
     * compressed, a thousand times that inflated.
     */
    static void zipBomb(Path docx, Path out) throws IOException {
        try (InputStream in = Files.newInputStream(docx); ZipInputStream zin = new ZipInputStream(in);
                ZipOutputStream zout = new ZipOutputStream(Files.newOutputStream(out))) {
            zout.setLevel(9);
            for (ZipEntry e = zin.getNextEntry(); e != null; e = zin.getNextEntry()) {
                zout.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("word/document.xml")) {
                    zout.write(("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                            + "<w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
                    byte[] zeros = new byte[1 << 20];
                    Arrays.fill(zeros, (byte) '0');
                    for (int i = 0; i < 64; i++) {
                        zout.write(zeros);
                    }
                    zout.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
                } else {
                    zin.transferTo(zout);
                }
                zout.closeEntry();
            }
        }
    }

    /** A UTF-8 page saved again as GB18030, keeping a {@code <meta charset="utf-8">} that is now wrong. */
    static void declaredUtf8(Path page, Path out) throws IOException {
        String html = Files.readString(page, StandardCharsets.UTF_8);
        Files.write(out, ("<meta charset=\"utf-8\">\n" + html).getBytes(Charset.forName("GB18030")));
    }

    /** The DOCX encrypted with Office's agile encryption: an OLE2 file holding EncryptionInfo and EncryptedPackage. */
    static void encryptedDocx(Path docx, Path out) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword(PASSWORD);
            try (OutputStream os = encryptor.getDataStream(fs)) {
                Files.copy(docx, os);
            }
            try (OutputStream os = Files.newOutputStream(out)) {
                fs.writeFilesystem(os);
            }
        }
    }

    /** A copy of a ZIP without one entry. */
    static void withoutEntry(Path zip, String entry, Path out) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream zin = new ZipInputStream(in);
                ZipOutputStream zout = new ZipOutputStream(Files.newOutputStream(out))) {
            for (ZipEntry e = zin.getNextEntry(); e != null; e = zin.getNextEntry()) {
                if (!e.getName().equals(entry)) {
                    zout.putNextEntry(new ZipEntry(e.getName()));
                    zin.transferTo(zout);
                    zout.closeEntry();
                }
            }
        }
    }

    /** A ZIP of a text file and a CSV: a container, but not a Word document. */
    static void plainZip(Path out) throws IOException {
        try (ZipOutputStream zout = new ZipOutputStream(Files.newOutputStream(out))) {
            zout.putNextEntry(new ZipEntry("report.txt"));
            zout.write("吴忠市民政局2021年政府信息公开工作年度报告\n".getBytes(StandardCharsets.UTF_8));
            zout.closeEntry();
            zout.putNextEntry(new ZipEntry("data/requests.csv"));
            zout.write("key,value\nrequests.new.total,1\n".getBytes(StandardCharsets.UTF_8));
            zout.closeEntry();
        }
    }

    /** An Excel 97 workbook: OLE2, but not Word. */
    static void spreadsheet(Path out) throws IOException {
        try (HSSFWorkbook book = new HSSFWorkbook(); OutputStream os = Files.newOutputStream(out)) {
            book.createSheet("表三").createRow(0).createCell(0).setCellValue("本年新收政府信息公开申请数量");
            book.write(os);
        }
    }

    /** One A4 page holding only a raster image, as a scanned report: no text layer at all. */
    static void imageOnlyPdf(Path out) throws IOException {
        BufferedImage scan = new BufferedImage(420, 594, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = scan.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, scan.getWidth(), scan.getHeight());
        g.setColor(Color.DARK_GRAY);
        for (int y = 60; y < 540; y += 18) {
            g.fillRect(50, y, 320 - (y * 7 % 90), 8);
        }
        g.dispose();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDImageXObject image = LosslessFactory.createFromImage(doc, scan);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            doc.save(out.toFile());
        }
    }

    /** A one-page text PDF that needs a user password to open (AES-128). */
    static void encryptedPdf(Path out) throws IOException {
        Path plain = Files.createTempFile("plain", ".pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 760);
                content.showText("Annual report on government information disclosure, 2021");
                content.endText();
            }
            doc.save(plain.toFile());
        }
        try (PDDocument doc = Loader.loadPDF(plain.toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy(PASSWORD + "-owner", PASSWORD,
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out.toFile());
        } finally {
            Files.delete(plain);
        }
    }
}
