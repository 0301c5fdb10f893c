package io.github.xxgk.report.cli;

import io.github.xxgk.report.model.Severity;
import java.util.Locale;

/** Counts the outcomes of a run, for its summary line and its exit code. */
final class Tally {

    private final long start = System.nanoTime();
    private int files;
    private int parsed;
    private int withErrors;
    private int withWarnings;
    private int failed;

    void add(Outcome outcome) {
        files++;
        if (outcome.parsed()) {
            parsed++;
        } else {
            failed++;
        }
        if (outcome.has(Severity.ERROR)) {
            withErrors++;
        }
        if (outcome.has(Severity.WARNING)) {
            withWarnings++;
        }
    }

    int files() {
        return files;
    }

    int withErrors() {
        return withErrors;
    }

    int failed() {
        return failed;
    }

    /** {@code files N, parsed N, with errors N, failed N, seconds S.S}: the last line {@code convert} prints. */
    String convertSummary() {
        return String.format(Locale.ROOT, "files %d, parsed %d, with errors %d, failed %d, seconds %.1f", files,
                parsed, withErrors, failed, (System.nanoTime() - start) / 1e9);
    }

    /** {@code files N, with errors N, with warnings N, unreadable N}: the last line {@code check} prints. */
    String checkSummary() {
        return String.format(Locale.ROOT, "files %d, with errors %d, with warnings %d, unreadable %d", files,
                withErrors, withWarnings, failed);
    }
}
