package io.github.xxgk.report.cli;

import io.github.xxgk.report.cli.summary.BatchSummary;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;

/** Writes the summary page for {@code summarize} and {@code convert --summary}: atomically, never half-written. */
final class SummaryPage {

    private SummaryPage() {
    }

    /** Writes the page under a temporary name and renames it to {@code output} when complete. */
    static void write(BatchSummary summary, Path output) throws IOException {
        String page = summary.page();
        try (PartialOutput partial = PartialOutput.create(output)) {
            try (Writer writer = partial.writer()) {
                writer.write(page);
            }
            partial.commit();
        }
    }
}
