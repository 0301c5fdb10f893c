package io.github.xxgk.report;

import java.io.IOException;
import java.util.Optional;

/**
 * A source that could not be read at all: empty, of an unsupported or encrypted format, corrupt, beyond a
 * configured bound, or unreadable from disk. It names the source, the {@linkplain Reason reason} (a stable key
 * scripts can rely on), what went wrong in a sentence ({@link #detail()}) and, where known, the media type
 * detected from the bytes.
 *
 * <p>Messy but readable input never throws: it yields a report with diagnostics. This exception is for input with
 * nothing to recognise. Instances are made by the static factories, one per reason; none of them throws, whatever
 * it is given (a null source reads as an empty name, a null detail as the reason's own description).
 */
public class ReportReadException extends IOException {

    private static final long serialVersionUID = 2L;

    /** Why a source could not be read; the key is stable and appears in the CLI's output. */
    public enum Reason {
        /** The source has no bytes, or only white space. */
        EMPTY("empty", "the source is empty"),
        /** The bytes are of a format the library does not read (an image, a ZIP that is not a DOCX, binary data). */
        UNSUPPORTED_FORMAT("unsupported_format", "the format is not supported"),
        /** The document is password-protected. */
        ENCRYPTED("encrypted", "the document is password-protected"),
        /** The bytes claim a format but cannot be parsed as it (truncated, damaged). */
        CORRUPT("corrupt", "the document cannot be parsed"),
        /** A configured bound was exceeded (size, inflated size, nesting depth, time). */
        LIMIT_EXCEEDED("limit_exceeded", "the source is beyond a configured bound"),
        /** The source could not be read from disk or stream. */
        IO_ERROR("io_error", "the source cannot be read");

        private final String key;
        private final String description;

        Reason(String key, String description) {
            this.key = key;
            this.description = description;
        }

        /** The stable lower-case key. */
        public String key() {
            return key;
        }
    }

    private final String source;
    private final Reason reason;
    private final String detectedType;
    private final String detail;

    private ReportReadException(String source, Reason reason, String detectedType, String detail, Throwable cause) {
        super(cause);
        this.source = source == null ? "" : source;
        this.reason = reason;
        this.detectedType = detectedType == null || detectedType.isEmpty() ? null : detectedType;
        this.detail = detail == null || detail.isEmpty() ? reason.description : detail;
    }

    /** The source is empty, or only white space. */
    public static ReportReadException empty(String source, String detail) {
        return new ReportReadException(source, Reason.EMPTY, null, detail, null);
    }

    /**
     * The bytes are of a format the library does not read.
     *
     * @param detectedType the media type detected from the bytes, or null or empty if none was
     */
    public static ReportReadException unsupportedFormat(String source, String detectedType, String detail) {
        return new ReportReadException(source, Reason.UNSUPPORTED_FORMAT, detectedType, detail, null);
    }

    /** The document is password-protected; {@code cause} may be null. */
    public static ReportReadException encrypted(String source, String detectedType, Throwable cause) {
        return new ReportReadException(source, Reason.ENCRYPTED, detectedType, null, cause);
    }

    /** The bytes claim a format but cannot be parsed as it; {@code cause} may be null. */
    public static ReportReadException corrupt(String source, String detectedType, String detail, Throwable cause) {
        return new ReportReadException(source, Reason.CORRUPT, detectedType, detail, cause);
    }

    /**
     * A bound of the {@link ParserOptions} (or of a library underneath) was exceeded; the detail names it.
     * {@code cause} may be null.
     */
    public static ReportReadException limitExceeded(String source, String detectedType, String detail,
            Throwable cause) {
        return new ReportReadException(source, Reason.LIMIT_EXCEEDED, detectedType, detail, cause);
    }

    /** The source could not be read from disk or stream; {@code cause} may be null. */
    public static ReportReadException ioError(String source, String detail, Throwable cause) {
        return new ReportReadException(source, Reason.IO_ERROR, null, detail, cause);
    }

    /** The file name or path of the source, as given (empty if none was). */
    public String source() {
        return source;
    }

    /** Why the source could not be read. */
    public Reason reason() {
        return reason;
    }

    /** The media type detected from the bytes (e.g. {@code application/zip}), if one was. */
    public Optional<String> detectedType() {
        return Optional.ofNullable(detectedType);
    }

    /** What went wrong, in a sentence, without the source's name: "the document is password-protected". */
    public String detail() {
        return detail;
    }

    /** The source, the detail and the detected type: "x.docx: the document is password-protected (detected type …)". */
    @Override
    public String getMessage() {
        return (source.isEmpty() ? "" : source + ": ") + detail
                + (detectedType == null ? "" : " (detected type " + detectedType + ")");
    }
}
