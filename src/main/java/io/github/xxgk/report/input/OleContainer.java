package io.github.xxgk.report.input;

import io.github.xxgk.report.ReportReadException;
import io.github.xxgk.report.ReportReadException.Reason;
import io.github.xxgk.report.model.SourceFormat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.detect.microsoft.POIFSContainerDetector;

/**
 * Tells what an OLE2 compound file holds from its root entries: a Word 97–2003 document, a password-protected
 * OOXML package (which Office stores as OLE2 with {@code EncryptionInfo} and {@code EncryptedPackage}), or
 * something else, named with Tika's container detector.
 */
final class OleContainer {

    static final String DOC = "application/msword";
    static final String OLE = "application/x-tika-msoffice";

    private OleContainer() {
    }

    /**
     * The format of an OLE2 file: DOC when it holds a {@code WordDocument} stream.
     *
     * @throws ReportReadException ENCRYPTED for a password-protected OOXML package, UNSUPPORTED_FORMAT for other
     *     OLE2 files (XLS, PPT, …), CORRUPT when the container cannot be read
     */
    static SourceFormat classify(byte[] bytes, String name) throws ReportReadException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            Set<String> names = new HashSet<>();
            for (Entry entry : root) {
                names.add(entry.getName());
            }
            if (names.contains("EncryptionInfo") && names.contains("EncryptedPackage")) {
                throw new ReportReadException(name, Reason.ENCRYPTED,
                        POIFSContainerDetector.OOXML_PROTECTED.toString(),
                        "the document is password-protected", null);
            }
            if (names.contains("WordDocument")) {
                return SourceFormat.DOC;
            }
            String type = String.valueOf(POIFSContainerDetector.detect(names, root));
            throw new ReportReadException(name, Reason.UNSUPPORTED_FORMAT, type,
                    "an Office file that is not a Word document", null);
        } catch (ReportReadException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ReportReadException(name, Reason.CORRUPT, OLE,
                    "the OLE2 container cannot be read: " + e.getMessage(), e);
        }
    }
}
