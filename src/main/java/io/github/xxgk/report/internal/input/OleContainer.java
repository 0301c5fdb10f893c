package io.github.xxgk.report.internal.input;

import io.github.xxgk.report.ReportReadException.Reason;
import io.github.xxgk.report.ReportReadException;
import io.github.xxgk.report.model.SourceFormat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Tells what an OLE2 compound file holds from its root entries: a Word 97–2003 document, a password-protected
 * OOXML package (which Office stores as OLE2 with {@code EncryptionInfo} and {@code EncryptedPackage}), or
 * something else, named by the stream that tells its kind.
 */
final class OleContainer {

    static final String DOC = "application/msword";
    static final String OLE = "application/x-tika-msoffice";
    static final String ENCRYPTED_OOXML = "application/x-tika-ooxml-protected";
    /** The root stream each other kind of Office file has, and its media type. */
    private static final Map<String, String> KINDS = Map.of(
            "Workbook", "application/vnd.ms-excel",
            "Book", "application/vnd.ms-excel",
            "PowerPoint Document", "application/vnd.ms-powerpoint",
            "VisioDocument", "application/vnd.visio",
            "Quill", "application/x-mspublisher",
            "__properties_version1.0", "application/vnd.ms-outlook",
            "MatOST", "application/vnd.ms-works");

    private OleContainer() {
    }

    /**
     * The format of an OLE2 file: DOC when it holds a {@code WordDocument} stream.
     *
     * @throws ReportReadException ENCRYPTED for a password-protected OOXML package, UNSUPPORTED_FORMAT for other
     *     OLE2 files (XLS, PPT, …), CORRUPT when the container cannot be read
     */
    static SourceFormat classify(byte[] bytes, String name) throws ReportReadException {
        LibraryLogging.settle();
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            Set<String> names = new HashSet<>();
            for (Entry entry : root) {
                names.add(entry.getName());
            }
            if (names.contains("EncryptionInfo") && names.contains("EncryptedPackage")) {
                throw ReportReadException.encrypted(name, ENCRYPTED_OOXML, null);
            }
            if (names.contains("WordDocument")) {
                return SourceFormat.DOC;
            }
            String type = names.stream().filter(KINDS::containsKey).map(KINDS::get).findFirst().orElse(OLE);
            throw ReportReadException.unsupportedFormat(name, type, "an Office file that is not a Word document");
        } catch (ReportReadException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw ReportReadException.corrupt(name, OLE, "the OLE2 container cannot be read: " + e.getMessage(), e);
        }
    }
}
