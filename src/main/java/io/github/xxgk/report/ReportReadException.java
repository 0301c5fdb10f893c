package io.github.xxgk.report;

import java.io.IOException;
import java.util.Objects;

/**
 * A report that could not be read at all: empty, of an unsupported or encrypted format, corrupt, or beyond a
 * configured limit. It names the source and, where known, the type detected from its bytes.
 *
 * <p>Messy but readable input never throws: it yields a report with diagnostics. This exception is for input with
 * nothing to recognise.
 */
public class ReportReadException extends IOException {

    private static final long serialVersionUID = 1L;

    /** Why a source could not be read; the key is stable and appears in the CLI's output. */
    public enum Reason {
        /** The source has no bytes, or only white space. */
        EMPTY("empty"),
        /** The bytes are of a format the library does not read (an image, a ZIP that is not a DOCX, binary data). */
        UNSUPPORTED_FORMAT("unsupported_format"),
        /** The document is password-protected. */
        ENCRYPTED("encrypted"),
        /** The bytes claim a format but cannot be parsed as it (truncated, damaged). */
        CORRUPT("corrupt"),
        /** A configured bound was exceeded (size, inflated size, nesting depth, time). */
        LIMIT_EXCEEDED("limit_exceeded"),
        /** The source could not be read from disk or stream. */
        IO_ERROR("io_error");

        private final String key;

        Reason(String key) {
            this.key = key;
        }

        /** The stable lower-case key. */
        public String key() {
            return key;
        }
    }

    private final String source;
    private final Reason reason;
    private final String detectedType;

    /**
     * Creates the exception.
     *
     * @param source the file name or path of the source
     * @param reason why it could not be read
     * @param detectedType the media type detected from the bytes, or an empty string if none was
     * @param detail what went wrong, in a sentence
     * @param cause the underlying exception, or null
     */
    public ReportReadException(String source, Reason reason, String detectedType, String detail, Throwable cause) {
        super(source + ": " + detail + (detectedType.isEmpty() ? "" : " (detected type " + detectedType + ")"),
                cause);
        this.source = Objects.requireNonNull(source, "source");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.detectedType = Objects.requireNonNull(detectedType, "detectedType");
    }

    /** The file name or path of the source. */
    public String source() {
        return source;
    }

    /** Why the source could not be read. */
    public Reason reason() {
        return reason;
    }

    /** The media type detected from the bytes (e.g. {@code application/zip}), or an empty string. */
    public String detectedType() {
        return detectedType;
    }
}
