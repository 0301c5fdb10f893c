package io.github.xxgk.report.cli;

import io.github.xxgk.report.export.JsonLines;
import io.github.xxgk.report.export.LongCsv;
import io.github.xxgk.report.export.ReportWriter;
import io.github.xxgk.report.export.WideCsv;
import java.io.IOException;
import java.io.Writer;

/** The {@code --format} of {@code convert}'s main output. */
enum OutputFormat {
    /** One CSV row per file, one column per cell. */
    WIDE,
    /** One CSV row per value. */
    LONG,
    /** One JSON object per file per line. */
    JSONL;

    /** Opens a writer of this format, its header written: with Chinese column names if asked (wide only). */
    ReportWriter open(Writer out, boolean chineseHeader) throws IOException {
        return switch (this) {
            case WIDE -> chineseHeader ? WideCsv.withChineseHeader(out) : new WideCsv(out);
            case LONG -> new LongCsv(out);
            case JSONL -> new JsonLines(out);
        };
    }
}
