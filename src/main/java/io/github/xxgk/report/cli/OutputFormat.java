package io.github.xxgk.report.cli;

import io.github.xxgk.report.export.ColumnNames;
import io.github.xxgk.report.export.JsonLines;
import io.github.xxgk.report.export.LongCsv;
import io.github.xxgk.report.export.ReportWriter;
import io.github.xxgk.report.export.WideCsv;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** The {@code --format} of {@code convert}'s main output. */
enum OutputFormat {
    /** One CSV row per file, one column per cell. */
    WIDE,
    /** One CSV row per value. */
    LONG,
    /** One JSON object per file per line. */
    JSONL;

    /** Opens a writer of this format, its header rows written as asked (JSON Lines has none). */
    ReportWriter open(Writer out, List<ColumnNames> header) throws IOException {
        return switch (this) {
            case WIDE -> WideCsv.withHeader(out, header);
            case LONG -> LongCsv.withHeader(out, header);
            case JSONL -> new JsonLines(out);
        };
    }
}
