package io.github.xxgk.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * ZIP archives made while the tests run, from the files of {@code testdata/}: the crawl archive the archive tests
 * read, and the damaged and hostile variants of an archive; and the one committed archive, which {@link #main}
 * writes.
 */
public final class Zips {

    /** A name in Chinese that the crawl archive stores in GBK, without the UTF-8 flag, as Windows tools do. */
    public static final String GBK_NAME = "上海/市政府办公厅2025年政府信息公开工作年度报告.md";
    /** A name in Chinese that the archive inside the crawl archive stores in UTF-8, with the flag. */
    public static final String UTF8_NAME = "吴忠/民政局2021年度报告.txt";
    /** The archive inside the crawl archive. */
    public static final String INNER = "older/pingtan.zip";

    private static final int CENTRAL_RECORD = 0x02014b50;
    private static final int END_RECORD = 0x06054b50;

    /** The page name of the Pingtan 2021 report in its crawl, stored in GBK by {@link #main}. */
    public static final String CRAWLED_PAGE = "202202/80613_平潭综合实验区2021年度政府信息公开工作年度报告/page.html";

    private Zips() {
    }

    /**
     * Writes {@code testdata/archives/crawl-2021.zip}, the archive the README reads: the Pingtan 2021 page under
     * its crawl's path in GBK, and the seed report. Not a test; run it deliberately to regenerate the file.
     */
    public static void main(String[] args) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(CRAWLED_PAGE, read(TestData.REPORTS.resolve("pingtan-2021.html")));
        entries.put("wuzhong/wuzhong-civil-affairs-2021.txt", read(TestData.SEED));
        Path archive = TestData.ROOT.resolve("archives/crawl-2021.zip");
        Files.createDirectories(archive.getParent());
        Files.write(archive, zip(entries, Charset.forName("GBK")));
    }

    /**
     * The files of the crawl archive as they are unpacked: its path for each testdata file, in path order (a
     * text, a web page, a Word document, a PDF, a Markdown copy under a GBK name); the archive adds a folder entry,
     * macOS's hidden copies and {@link #INNER}.
     */
    public static Map<String, Path> crawlFiles() {
        Map<String, Path> files = new LinkedHashMap<>();
        files.put("2021/wuzhong-civil-affairs-2021.txt", TestData.REPORTS.resolve("wuzhong-civil-affairs-2021.txt"));
        files.put("2024/hongze-district-2024.docx", TestData.ROOT.resolve("renderings/hongze-district-2024.docx"));
        files.put("2024/hongze-district-2024.pdf", TestData.REPORTS.resolve("hongze-district-2024.pdf"));
        files.put("pingtan-2021.html", TestData.REPORTS.resolve("pingtan-2021.html"));
        files.put(GBK_NAME, TestData.REPORTS.resolve("shanghai-gov-office-2025.md"));
        return files;
    }

    /** The files of {@link #INNER}, as they are unpacked. */
    public static Map<String, Path> innerFiles() {
        Map<String, Path> files = new LinkedHashMap<>();
        files.put("pingtan-2019.html", TestData.REPORTS.resolve("pingtan-2019.html"));
        files.put(UTF8_NAME, TestData.SEED);
        return files;
    }

    /**
     * The crawl archive: {@link #crawlFiles()} stored in another order, with names in GBK, a folder entry,
     * hidden {@code __MACOSX/._…} copies, and {@link #INNER} holding {@link #innerFiles()} under UTF-8 names.
     */
    public static byte[] crawl() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("pingtan-2021.html", read(crawlFiles().get("pingtan-2021.html")));
        entries.put("2024/", new byte[0]);
        for (Map.Entry<String, Path> file : crawlFiles().entrySet()) {
            entries.putIfAbsent(file.getKey(), read(file.getValue()));
        }
        entries.put("__MACOSX/2024/._hongze-district-2024.pdf", new byte[] {0, 5, 22, 7});
        Map<String, byte[]> inner = new LinkedHashMap<>();
        innerFiles().forEach((name, file) -> inner.put(name, read(file)));
        entries.put(INNER, zip(inner, StandardCharsets.UTF_8));
        return zip(entries, Charset.forName("GBK"));
    }

    /** An archive of these entries, in this order, deflated; names in UTF-8 (with the flag), a name ending in / a folder. */
    public static byte[] zip(Map<String, byte[]> entries) {
        return zip(entries, StandardCharsets.UTF_8);
    }

    /**
     * An archive of these entries, in this order, deflated, their names in this charset: Java sets the UTF-8 flag
     * for UTF-8 names only, so names in GBK are stored as Windows tools store them.
     */
    public static byte[] zip(Map<String, byte[]> entries, Charset names) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, names)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** {@code size} bytes of the ASCII digit 0: a file that deflates about a thousand-fold. */
    public static byte[] zeros(int size) {
        byte[] zeros = new byte[size];
        Arrays.fill(zeros, (byte) '0');
        return zeros;
    }

    /** The archive with its end record declaring {@code count} entries, whatever its central directory holds. */
    public static byte[] withDeclaredCount(byte[] zip, int count) {
        byte[] copy = zip.clone();
        ByteBuffer buffer = ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN);
        int end = endRecord(buffer);
        buffer.putShort(end + 8, (short) count).putShort(end + 10, (short) count);
        return copy;
    }

    /** The archive with its central directory declaring the size of the entry {@code name} as {@code size}. */
    public static byte[] withDeclaredSize(byte[] zip, String name, int size) {
        byte[] copy = zip.clone();
        ByteBuffer buffer = ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN);
        int at = buffer.getInt(endRecord(buffer) + 16);
        while (buffer.getInt(at) == CENTRAL_RECORD) {
            int nameLength = Short.toUnsignedInt(buffer.getShort(at + 28));
            String entry = new String(copy, at + 46, nameLength, StandardCharsets.UTF_8);
            if (entry.equals(name)) {
                buffer.putInt(at + 24, size);
                return copy;
            }
            at += 46 + nameLength + Short.toUnsignedInt(buffer.getShort(at + 30))
                    + Short.toUnsignedInt(buffer.getShort(at + 32));
        }
        throw new IllegalArgumentException("no entry " + name);
    }

    /** A file's bytes. */
    public static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int endRecord(ByteBuffer buffer) {
        for (int at = buffer.limit() - 22; at >= 0; at--) {
            if (buffer.getInt(at) == END_RECORD) {
                return at;
            }
        }
        throw new IllegalArgumentException("no end record");
    }
}
