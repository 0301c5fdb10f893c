package io.github.xxgk.report.export;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.xxgk.report.model.AnnualReport;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes reports as JSON Lines: one JSON object per source file, each on its own line ending with {@code \n}.
 *
 * <p>A parsed report is {@code {"file": …, "status": "parsed", …}} followed by the members of
 * {@link ReportJson}'s shape ({@code metadata}, {@code preamble}, {@code sections}, {@code cells}, {@code legacy},
 * {@code diagnostics}); a document with no report in it has {@code "status": "not_a_report"} and a {@code message}
 * saying why; a file that could not be read is {@code {"file": …, "status": "failed", "reason": …, "message": …}}.
 * The format has no header. The writer does not close the underlying stream.
 */
public final class JsonLines implements ReportWriter {

    private final Writer out;

    /** A writer onto this output. */
    public JsonLines(Writer out) {
        this.out = out;
    }

    /** Writes the line of a parsed report. */
    @Override
    public void write(String file, AnnualReport report) throws IOException {
        try (JsonGenerator json = ReportJson.generator(out, false)) {
            json.writeStartObject();
            json.writeStringField("file", file);
            json.writeStringField("status", WideCsv.status(report));
            if (!report.isReport()) {
                json.writeStringField("message", WideCsv.notAReportReason(report));
            }
            ReportJson.members(json, report);
            json.writeEndObject();
        }
        out.write('\n');
    }

    /** Writes the line of a file that could not be read, with the reason key and the message. */
    @Override
    public void write(ReadFailure failure) throws IOException {
        try (JsonGenerator json = ReportJson.generator(out, false)) {
            json.writeStartObject();
            json.writeStringField("file", failure.file());
            json.writeStringField("status", "failed");
            json.writeStringField("reason", failure.reason());
            json.writeStringField("message", failure.text());
            json.writeEndObject();
        }
        out.write('\n');
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }
}
