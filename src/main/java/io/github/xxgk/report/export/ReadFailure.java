package io.github.xxgk.report.export;

import io.github.xxgk.report.ReportReadException;
import java.util.Objects;

/**
 * A source file that could not be read, as the writers record it.
 *
 * @param file the file as it appears in the output
 * @param reason the stable reason key: a {@link ReportReadException.Reason#key()} ({@code corrupt},
 *     {@code limit_exceeded}, …) or {@link #INTERNAL_ERROR}
 * @param message what went wrong, in a sentence, without the file's name
 */
public record ReadFailure(String file, String reason, String message) {

    /** The reason of a file whose parse failed with an unexpected exception or error (a bug). */
    public static final String INTERNAL_ERROR = "internal_error";

    /** Checks that no component is null. */
    public ReadFailure {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }

    /** The failure of a file that could not be read, with the exception's reason and message. */
    public static ReadFailure of(String file, ReportReadException e) {
        String message = e.getMessage();
        String prefix = e.source() + ": ";
        return new ReadFailure(file, e.reason().key(),
                !e.source().isEmpty() && message.startsWith(prefix) ? message.substring(prefix.length()) : message);
    }

    /** The reason and the message, as the wide CSV's {@code message} column shows them: "corrupt: …". */
    public String text() {
        return reason + ": " + message;
    }
}
