package io.github.xxgk.report.cli;

import io.github.xxgk.report.ReportReadException;
import io.github.xxgk.report.export.DiagnosticsCsv;
import io.github.xxgk.report.export.ReadFailure;
import io.github.xxgk.report.model.DiagnosticCode;
import java.util.ArrayList;
import java.util.List;

/** Every code the diagnostics CSV's {@code code} column can hold, for the codebook. */
final class DiagnosticCodes {

    /**
     * One code.
     *
     * @param code the code, e.g. {@code requests.balance} or {@code read.empty}
     * @param severity the usual severity's key
     * @param meaning what it means
     */
    record Code(String code, String severity, String meaning) {
    }

    private DiagnosticCodes() {
    }

    /** The report diagnostics' codes, then those of the rows of files that could not be read. */
    static List<Code> all() {
        List<Code> codes = new ArrayList<>();
        for (DiagnosticCode code : DiagnosticCode.values()) {
            codes.add(new Code(code.code(), code.severity().key(), code.meaning()));
        }
        for (ReportReadException.Reason reason : ReportReadException.Reason.values()) {
            codes.add(new Code(DiagnosticsCsv.readFailureCode(reason.key()), "error", readMeaning(reason)));
        }
        codes.add(new Code(DiagnosticsCsv.readFailureCode(ReadFailure.INTERNAL_ERROR), "error",
                "Reading the file failed unexpectedly (a bug, or a file that exhausts memory or stack); "
                        + "please report it with the file."));
        return codes;
    }

    private static String readMeaning(ReportReadException.Reason reason) {
        return switch (reason) {
            case EMPTY -> "The file could not be read: it is empty, or only white space.";
            case UNSUPPORTED_FORMAT -> "The file could not be read: binary data or a format the tool does not read.";
            case ENCRYPTED -> "The file could not be read: it is password-protected.";
            case CORRUPT -> "The file could not be read: it claims a format but is damaged or truncated.";
            case LIMIT_EXCEEDED -> "The file was not read: it exceeds a size, depth or time limit.";
            case IO_ERROR -> "The file could not be read from disk (missing, a folder, no permission).";
        };
    }
}
