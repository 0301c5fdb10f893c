package io.github.xxgk.report.cli;

import io.github.xxgk.report.model.Severity;
import java.util.Locale;

/** Counts the outcomes of a run, for its summary line and its exit code. */
final class Tally {

    private final long start = System.nanoTime();
    private int files;
    private int parsed;
    private int notReports;
    private int withErrors;
    private int withWarnings;
    private int failed;

    void add(Outcome outcome) {
        files++;
        if (outcome.report().filter(r -> !r.isReport()).isPresent()) {
            notReports++;
        } else if (outcome.parsed()) {
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

    /**
     * {@code files N, parsed N, not a report N, with errors N, failed N, seconds S.S}: the last line {@code convert}
     * prints. A document with no report in it is counted apart from the parsed reports, and is not a failure.
     */
    String convertSummary() {
        return String.format(Locale.ROOT, "files %d, parsed %d, not a report %d, with errors %d, failed %d, "
                + "seconds %.1f", files, parsed, notReports, withErrors, failed, (System.nanoTime() - start) / 1e9);
    }

    /**
     * {@code files N, with errors N, with warnings N, not a report N, unreadable N}: the last line {@code check}
     * prints.
     */
    String checkSummary() {
        return String.format(Locale.ROOT, "files %d, with errors %d, with warnings %d, not a report %d, "
                + "unreadable %d", files, withErrors, withWarnings, notReports, failed);
    }
}
