package io.github.xxgk.report.hostile;

import io.github.xxgk.report.TestData;
import io.github.xxgk.report.Zips;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Writes the hostile inputs too large to commit, or trivial to make, that {@code testdata/hostile/README.md} marks
 * as generated, and the shapes the fuzz suite varies. Each is made the same way every time.
 */
public final class HostileInputs {

    /** The paragraph the nested pages hold, so that they are not empty. */
    static final String PARAGRAPH = "吴忠市民政局2021年政府信息公开工作年度报告：本年新收政府信息公开申请数量1件。";

    private static final Path DOCX = Path.of("testdata/renderings/wuzhong-civil-affairs-2021.docx");

    private static final Map<String, Function<Path, byte[]>> MAKERS = Map.ofEntries(
            Map.entry("huge-text.txt", dir -> hugeText(60_000_000)),
            Map.entry("nested-divs-200000.html", dir -> nestedDivs(200_000)),
            Map.entry("nested-divs-1000.html", dir -> nestedDivs(1_000)),
            Map.entry("nested-divs-500.html", dir -> nestedDivs(500)),
            Map.entry("formatting-amplifier.html", dir -> formattingAmplifier(12, 10_000)),
            Map.entry("character-references.html", dir -> characterReferences(50_000)),
            Map.entry("long-attribute.html", dir -> longAttribute(1_000_000)),
            Map.entry("many-parts.docx", dir -> manyParts(10, 7 << 20)),
            Map.entry("many-entries.docx", dir -> manyEntries(1_200)),
            Map.entry("pdf-flate-bomb.pdf", dir -> pdfFlateBomb(256L << 20)),
            Map.entry("unrestored-states.pdf", dir -> unrestoredStates(1_000_000)),
            Map.entry("many-pages.pdf", dir -> manyPages(20_000)),
            Map.entry("nested-tables.docx", dir -> nestedTables(1_000)),
            Map.entry("nested-tables-5000.docx", dir -> nestedTables(5_000)),
            Map.entry("archive-bomb.zip", dir -> archiveBomb(256 << 20)),
            Map.entry("archive-entries.zip", dir -> archiveEntries(10_001)),
            Map.entry("nested-archives.zip", dir -> nestedArchives(3)));

    private HostileInputs() {
    }

    /** The names of the generated inputs. */
    static List<String> names() {
        return MAKERS.keySet().stream().sorted().toList();
    }

    /** Writes the named input into the folder; returns its path. */
    static Path write(String name, Path dir) throws IOException {
        Function<Path, byte[]> maker = MAKERS.get(name);
        if (maker == null) {
            throw new IllegalArgumentException("no generated input " + name);
        }
        return Files.write(dir.resolve(name), maker.apply(dir));
    }

    /** The seed report repeated to {@code size} bytes. */
    static byte[] hugeText(int size) {
        byte[] seed = TestData.seedText().getBytes(StandardCharsets.UTF_8);
        byte[] text = new byte[size];
        for (int at = 0; at < size; at += seed.length) {
            System.arraycopy(seed, 0, text, at, Math.min(seed.length, size - at));
        }
        return text;
    }

    /** A page holding {@link #PARAGRAPH} inside {@code depth} nested {@code <div>}s. */
    static byte[] nestedDivs(int depth) {
        StringBuilder html = new StringBuilder(depth * 11 + 200).append("<html><body>");
        html.append("<div>".repeat(depth)).append("<p>").append(PARAGRAPH).append("</p>")
                .append("</div>".repeat(depth));
        return html.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A page holding {@link #PARAGRAPH}, then {@code paragraphs} paragraphs whose text is written only as numeric
     * character references: text that stands nowhere in the source as it reads.
     */
    static byte[] characterReferences(int paragraphs) {
        StringBuilder html = new StringBuilder("<html><body><p>").append(PARAGRAPH).append("</p>");
        for (int i = 0; i < paragraphs; i++) {
            html.append("<p>&#20849;&#25910;&#21040;&#").append(48 + i % 10).append(";</p>\n");
        }
        return html.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A page whose {@link #PARAGRAPH} follows an attribute of {@code length} copies of its first character. */
    static byte[] longAttribute(int length) {
        String first = PARAGRAPH.substring(0, 1);
        return ("<html><body><div title=\"" + first.repeat(length) + "\"><p>" + PARAGRAPH + "</p></div></body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A page that opens {@code formatting} distinct {@code <b>} elements in a paragraph and never closes them, then
     * has {@code paragraphs} short paragraphs: jsoup reopens (up to 12 of) the formatting elements in each.
     */
    static byte[] formattingAmplifier(int formatting, int paragraphs) {
        StringBuilder html = new StringBuilder("<html><body><p>").append(PARAGRAPH);
        for (int i = 0; i < formatting; i++) {
            html.append("<b id=\"b").append(i).append("\">");
        }
        html.append("<p>x".repeat(paragraphs));
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The seed DOCX with its body replaced by {@link #PARAGRAPH} inside {@code depth} nested tables, each cell
     * opening with a comment of random letters that keeps the part's inflate ratio far below the ratio bound.
     */
    static byte[] nestedTables(int depth) {
        return withEntries(Map.of("word/document.xml", part("w:document", "<w:body>" + tables(depth) + "</w:body>")),
                Deflater.DEFAULT_COMPRESSION);
    }

    /** As {@link #nestedTables}, the body declared only as {@code application/xml}: POI finds it by relationship. */
    static byte[] nestedTablesUndeclared(int depth) {
        String types = new String(entry("[Content_Types].xml"), StandardCharsets.UTF_8).replace(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "application/xml");
        return withEntries(Map.of("word/document.xml", part("w:document", "<w:body>" + tables(depth) + "</w:body>"),
                "[Content_Types].xml", types.getBytes(StandardCharsets.UTF_8)), Deflater.DEFAULT_COMPRESSION);
    }

    /** The seed DOCX with its footer replaced by {@link #PARAGRAPH} inside {@code depth} nested tables. */
    static byte[] nestedFooter(int depth) {
        return withEntries(Map.of("word/footer1.xml", part("w:ftr", tables(depth))), Deflater.DEFAULT_COMPRESSION);
    }

    private static byte[] part(String root, String content) {
        return ("<" + root + " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">" + content
                + "</" + root + ">").getBytes(StandardCharsets.UTF_8);
    }

    private static String tables(int depth) {
        Random random = new Random(depth);
        StringBuilder xml = new StringBuilder();
        for (int level = 0; level < depth; level++) {
            xml.append("<w:tbl><w:tr><w:tc><!--");
            for (int i = 0; i < 40; i++) {
                xml.append((char) ('a' + random.nextInt(26)));
            }
            xml.append("-->");
        }
        return xml.append("<w:p><w:r><w:t>").append(PARAGRAPH).append("</w:t></w:r></w:p>")
                .append("</w:tc></w:tr></w:tbl>".repeat(depth)).toString();
    }

    /** An entry of the seed DOCX. */
    private static byte[] entry(String name) {
        try (InputStream in = Files.newInputStream(DOCX); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return zip.readAllBytes();
                }
            }
            throw new IllegalArgumentException("no entry " + name + " in " + DOCX);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed DOCX plus {@code entries} unreferenced parts of a few bytes each. */
    static byte[] manyEntries(int entries) {
        Map<String, byte[]> added = new LinkedHashMap<>();
        for (int i = 0; i < entries; i++) {
            added.put("customXml/item" + i + ".xml", "<a/>".getBytes(StandardCharsets.US_ASCII));
        }
        return withEntries(added, Deflater.DEFAULT_COMPRESSION);
    }

    /** The seed DOCX plus {@code parts} unreferenced parts of {@code size} random {@code 0}/{@code 1} bytes each. */
    static byte[] manyParts(int parts, int size) {
        Random random = new Random(9);
        Map<String, byte[]> added = new LinkedHashMap<>();
        for (int p = 0; p < parts; p++) {
            byte[] part = new byte[size];
            for (int i = 0; i < size; i++) {
                part[i] = (byte) ('0' + random.nextInt(2));
            }
            added.put("customXml/part" + p + ".xml", part);
        }
        return withEntries(added, Deflater.BEST_SPEED);
    }

    /** The seed DOCX with these entries replaced or added, deflated at this level. */
    public static byte[] withEntries(Map<String, byte[]> entries, int level) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = Files.newInputStream(DOCX); ZipInputStream zin = new ZipInputStream(in);
                ZipOutputStream zout = new ZipOutputStream(out)) {
            zout.setLevel(level);
            List<String> written = new ArrayList<>();
            for (ZipEntry e = zin.getNextEntry(); e != null; e = zin.getNextEntry()) {
                zout.putNextEntry(new ZipEntry(e.getName()));
                if (entries.containsKey(e.getName())) {
                    zout.write(entries.get(e.getName()));
                } else {
                    zin.transferTo(zout);
                }
                zout.closeEntry();
                written.add(e.getName());
            }
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                if (!written.contains(entry.getKey())) {
                    zout.putNextEntry(new ZipEntry(entry.getKey()));
                    zout.write(entry.getValue());
                    zout.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** An archive of the seed report and {@code size} bytes of {@code 0} beside it. */
    static byte[] archiveBomb(int size) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("report.txt", Zips.read(TestData.SEED));
        entries.put("bomb.txt", Zips.zeros(size));
        return Zips.zip(entries);
    }

    /** An archive of {@code entries} one-byte files. */
    static byte[] archiveEntries(int entries) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < entries; i++) {
            files.put("f" + i + ".txt", new byte[] {'x'});
        }
        return Zips.zip(files);
    }

    /** The seed report in an archive, beside an archive of the same, {@code depth} archives deep. */
    static byte[] nestedArchives(int depth) {
        byte[] archive = Zips.zip(Map.of("report.txt", Zips.read(TestData.SEED)));
        for (int level = depth - 1; level > 0; level--) {
            Map<String, byte[]> entries = new LinkedHashMap<>();
            entries.put("report.txt", Zips.read(TestData.SEED));
            entries.put((char) ('a' + level - 1) + ".zip", archive);
            archive = Zips.zip(entries);
        }
        return archive;
    }

    /** A one-page PDF whose content stream shows one word, then holds {@code spaces} spaces, deflated. */
    static byte[] pdfFlateBomb(long spaces) {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        try (OutputStream deflated = new DeflaterOutputStream(stream, new Deflater(Deflater.BEST_COMPRESSION))) {
            deflated.write("BT /F1 12 Tf 72 720 Td (Hello) Tj ET\n".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) ' ');
            for (long written = 0; written < spaces; written += chunk.length) {
                deflated.write(chunk);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return onePage(stream.toByteArray());
    }

    /** A one-page PDF of this deflated content stream and one font, Helvetica as /F1. */
    private static byte[] onePage(byte[] content) {
        return pdf(List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                        + "/Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + content.length + " /Filter /FlateDecode >>",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"), Map.of(3, content));
    }

    /**
     * A one-page PDF drawing these content-stream operators, with Helvetica as font /F1 and a form XObject /X1 that
     * draws {@code formOperators} (which may draw /X1 again).
     */
    public static byte[] pdfPage(String operators, String formOperators) {
        return pdfPage(operators, formOperators.getBytes(StandardCharsets.ISO_8859_1), "");
    }

    /**
     * A one-page PDF drawing these operators, its form /X1's stream given as bytes, with these entries added to the
     * form's dictionary (e.g. {@code /Filter /FlateDecode}, or {@code /Group << /S /Transparency >>}).
     */
    public static byte[] pdfPage(String operators, byte[] form, String formEntries) {
        byte[] content = operators.getBytes(StandardCharsets.ISO_8859_1);
        return pdf(List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                        + "/Resources << /Font << /F1 5 0 R >> /XObject << /X1 6 0 R >> >> >>",
                "<< /Length " + content.length + " >>",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
                "<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Length " + form.length + " " + formEntries
                        + " /Resources << /Font << /F1 5 0 R >> /XObject << /X1 6 0 R >> >> >>"),
                Map.of(3, content, 5, form));
    }

    /** The text deflated, as a {@code /FlateDecode} stream holds it. */
    public static byte[] deflated(String text) {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        try (OutputStream deflated = new DeflaterOutputStream(stream, new Deflater(Deflater.BEST_COMPRESSION))) {
            deflated.write(text.getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stream.toByteArray();
    }

    /**
     * A one-page PDF whose content stream saves the graphics state {@code saves} times ({@code q}) without ever
     * restoring it, then shows one word; deflated, a million saves take under 3 KB.
     */
    static byte[] unrestoredStates(int saves) {
        return onePageOf("q\n".repeat(saves));
    }

    /** A one-page PDF that saves and restores the graphics state {@code pairs} times ({@code q Q}), one word. */
    static byte[] balancedStates(int pairs) {
        return onePageOf("q Q\n".repeat(pairs));
    }

    private static byte[] onePageOf(String operators) {
        return onePage(deflated(operators + "BT /F1 12 Tf 72 720 Td (Hello) Tj ET\n"));
    }

    /** A PDF of {@code pages} empty pages. */
    static byte[] manyPages(int pages) {
        List<String> objects = new ArrayList<>();
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        StringBuilder kids = new StringBuilder();
        for (int i = 0; i < pages; i++) {
            kids.append(i + 3).append(" 0 R ");
        }
        objects.add("<< /Type /Pages /Count " + pages + " /Kids [" + kids + "] >>");
        for (int i = 0; i < pages; i++) {
            objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>");
        }
        return pdf(objects, Map.of());
    }

    /** A PDF of these objects, numbered from 1, those at the indexes of {@code streams} followed by their stream. */
    private static byte[] pdf(List<String> objects, Map<Integer, byte[]> streams) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(pdf, true, StandardCharsets.US_ASCII);
        long[] offsets = new long[objects.size()];
        p.print("%PDF-1.4\n");
        for (int i = 0; i < objects.size(); i++) {
            offsets[i] = pdf.size();
            p.print((i + 1) + " 0 obj " + objects.get(i));
            if (streams.containsKey(i)) {
                p.print(" stream\n");
                pdf.writeBytes(streams.get(i));
                p.print("\nendstream");
            }
            p.print(" endobj\n");
        }
        long xref = pdf.size();
        p.print("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (long offset : offsets) {
            p.print(String.format(Locale.ROOT, "%010d 00000 n \n", offset));
        }
        p.print("trailer << /Size " + (objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
        return pdf.toByteArray();
    }
}
