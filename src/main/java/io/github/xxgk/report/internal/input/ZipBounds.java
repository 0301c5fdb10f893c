package io.github.xxgk.report.internal.input;

import io.github.xxgk.report.ParserOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.openxml4j.util.ZipInputStreamZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Opens a Word 2007+ package for POI with the ZIP bounds of the {@link ParserOptions}, checked as the entries are
 * inflated: all entries together at most {@code maxInflatedBytes}, each at most {@code maxInflateRatio} times its
 * compressed size once it passes {@value #GRACE_BYTES} bytes (POI's grace for small, highly compressible parts),
 * no entry declaring a size beyond what is left (POI sizes its buffer by the declared size), and at most
 * {@code maxZipEntries} entries, counted before the next one is inflated.
 *
 * <p>POI has bounds of its own ({@code ZipSecureFile}), but they are process-wide settings, which other code in the
 * process may change: this stream turns them off for its package and keeps to the options of the read at hand,
 * so parsers with different options can run side by side. The one POI checks regardless, its count of entries, is
 * raised (never lowered) to the options' when they allow more.
 */
final class ZipBounds extends ZipArchiveInputStream {

    static final long GRACE_BYTES = 100 * 1024;

    /** A bound the package went beyond; the reader turns it into a limit failure. */
    static final class Exceeded extends IOException {
        private static final long serialVersionUID = 1L;

        final String option;

        Exceeded(String message, String option) {
            super(message);
            this.option = option;
        }
    }

    private final ParserOptions options;
    private long inflated;
    private int entries;
    private String entry = "";

    private ZipBounds(byte[] bytes, ParserOptions options) {
        super(new ByteArrayInputStream(bytes));
        this.options = options;
    }

    /**
     * Reads the package's entries into memory, within the bounds.
     *
     * @throws Exceeded (possibly as the cause of another exception) if the package is beyond a bound
     */
    static OPCPackage open(byte[] bytes, ParserOptions options) throws IOException, InvalidFormatException {
        allowEntries(options.maxZipEntries());
        ZipArchiveThresholdInputStream zip = new ZipArchiveThresholdInputStream(new ZipBounds(bytes, options));
        zip.setGuardState(false);
        return OPCPackage.open(new ZipInputStreamZipEntrySource(zip));
    }

    /**
     * Checks each entry as it is reached. Deprecated for callers, this is still the one method both of
     * commons-compress's ways to the next entry go through ({@code getNextEntry()} calls it).
     */
    @Override
    @SuppressWarnings("deprecation")
    public ZipArchiveEntry getNextZipEntry() throws IOException {
        ZipArchiveEntry next = super.getNextZipEntry();
        if (next != null) {
            entry = next.getName();
            if (++entries > options.maxZipEntries()) {
                throw new Exceeded("the package has more than " + options.maxZipEntries() + " entries",
                        "maxZipEntries");
            }
            if (next.getSize() > options.maxInflatedBytes() - inflated) {
                throw tooLarge();
            }
        }
        return next;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            inflated += n;
            if (inflated > options.maxInflatedBytes()) {
                throw tooLarge();
            }
            long expanded = getUncompressedCount();
            if (expanded > GRACE_BYTES && expanded > options.maxInflateRatio() * Math.max(1, getCompressedCount())) {
                throw new Exceeded("the entry " + entry + " inflates more than " + options.maxInflateRatio()
                        + " times its compressed size", "maxInflateRatio");
            }
        }
        return n;
    }

    /** Raises POI's process-wide count of entries, checked apart from the stream, to at least {@code max}. */
    private static synchronized void allowEntries(int max) {
        if (ZipSecureFile.getMaxFileCount() < max) {
            ZipSecureFile.setMaxFileCount(max);
        }
    }

    private Exceeded tooLarge() {
        return new Exceeded("the package inflates to more than " + options.maxInflatedBytes() + " bytes (at entry "
                + entry + ")", "maxInflatedBytes");
    }
}
