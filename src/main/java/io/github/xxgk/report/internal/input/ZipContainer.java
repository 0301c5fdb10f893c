package io.github.xxgk.report.internal.input;

import io.github.xxgk.report.ReportReadException.Reason;
import io.github.xxgk.report.ReportReadException;
import io.github.xxgk.report.model.SourceFormat;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells a DOCX from any other ZIP by the entry names in the central directory, read straight from the bytes: no
 * entry is inflated, so a ZIP bomb costs nothing here. A ZIP that is no document package is an archive of files,
 * which {@link ZipArchive} reads.
 */
final class ZipContainer {

    static final String ZIP = "application/zip";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** Word's main part; some writers number it ({@code word/document2.xml}), POI finds it through the rels. */
    private static final Pattern WORD_MAIN = Pattern.compile("word/document\\d*\\.xml");
    private static final int END_RECORD = 0x06054b50;
    private static final int CENTRAL_ENTRY = 0x02014b50;
    private static final int END_RECORD_SIZE = 22;
    private static final int MAX_COMMENT = 0xFFFF;
    private static final Charset CP437 = Charset.forName("IBM437");

    private ZipContainer() {
    }

    /**
     * The format of a ZIP: DOCX when it holds Word's main part.
     *
     * @throws ReportReadException UNSUPPORTED_FORMAT for any other ZIP (XLSX, PPTX and ODF named by their type),
     *     CORRUPT for a truncated ZIP or a Word package without its main part
     */
    static SourceFormat classify(byte[] bytes, String name) throws ReportReadException {
        List<String> entries = entries(bytes);
        if (entries == null) {
            String type = FormatDetector.contains(bytes, "word/", 1 << 20) ? DOCX : ZIP;
            throw ReportReadException.corrupt(name, type, "the ZIP container is truncated or damaged (no central directory)", null);
        }
        if (entries.stream().anyMatch(e -> WORD_MAIN.matcher(e).matches())) {
            return SourceFormat.DOCX;
        }
        String type = type(entries);
        if (type.equals(DOCX)) {
            throw ReportReadException.corrupt(name, DOCX, "the Word package has no main document part (word/document.xml)", null);
        }
        throw ReportReadException.unsupportedFormat(name, type, type.equals(ZIP)
                ? "a ZIP archive of files, not a Word document (ReportParser.openArchive reads its files)"
                : "a ZIP archive that is not a Word document");
    }

    /**
     * Whether the bytes are a ZIP archive of files ({@link #ZIP}): a ZIP container whose central directory can be
     * read and whose entries are not those of a document package (Word, Excel, PowerPoint, OpenDocument).
     */
    static boolean isArchive(byte[] bytes) {
        if (!FormatDetector.isZip(bytes)) {
            return false;
        }
        List<String> entries = entries(bytes);
        return entries != null && type(entries).equals(ZIP);
    }

    /**
     * The media type of a ZIP container with these entry names: {@link #DOCX} for a Word package (with or without
     * its main part), the type of another document package, or {@link #ZIP} for an archive of files.
     */
    static String type(List<String> entries) {
        if (entries.stream().anyMatch(e -> WORD_MAIN.matcher(e).matches())
                || entries.contains("[Content_Types].xml") && entries.stream().anyMatch(e -> e.startsWith("word/"))) {
            return DOCX;
        }
        if (entries.contains("xl/workbook.xml")) {
            return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        }
        if (entries.contains("ppt/presentation.xml")) {
            return "application/vnd.openxmlformats-officedocument.presentationml.presentation";
        }
        if (entries.contains("mimetype") && entries.contains("content.xml")) {
            return "application/vnd.oasis.opendocument";
        }
        return ZIP;
    }

    /** The entry names from the central directory, or null if there is none to read. */
    static List<String> entries(byte[] bytes) {
        ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int end = findEndRecord(buf);
        if (end < 0) {
            return null;
        }
        int count = Short.toUnsignedInt(buf.getShort(end + 10));
        long offset = Integer.toUnsignedLong(buf.getInt(end + 16));
        if (offset >= bytes.length) {
            return null;
        }
        List<String> names = new ArrayList<>(count);
        int at = (int) offset;
        for (int i = 0; i < count; i++) {
            if (at + 46 > bytes.length || buf.getInt(at) != CENTRAL_ENTRY) {
                return null;
            }
            boolean utf8 = (buf.getShort(at + 8) & 0x0800) != 0;
            int nameLength = Short.toUnsignedInt(buf.getShort(at + 28));
            int extraLength = Short.toUnsignedInt(buf.getShort(at + 30));
            int commentLength = Short.toUnsignedInt(buf.getShort(at + 32));
            if (at + 46 + nameLength > bytes.length) {
                return null;
            }
            names.add(new String(bytes, at + 46, nameLength, utf8 ? StandardCharsets.UTF_8 : CP437));
            at += 46 + nameLength + extraLength + commentLength;
        }
        return names;
    }

    private static int findEndRecord(ByteBuffer buf) {
        int last = buf.limit() - END_RECORD_SIZE;
        for (int at = last; at >= 0 && at >= last - MAX_COMMENT; at--) {
            if (buf.getInt(at) == END_RECORD) {
                return at;
            }
        }
        return -1;
    }
}
