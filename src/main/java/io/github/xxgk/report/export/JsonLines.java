package io.github.xxgk.report.export;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.xxgk.report.model.AnnualReport;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes reports as JSON Lines: one JSON object per source file, each on its own line ending with {@code \n}.
 *
 * <p>A parsed report is {@code {"file": …, "status": "parsed", …}} followed by the members of
 * {@link ReportJson}'s shape ({@code metadata}, {@code preamble}, {@code sections}, {@code cells}, {@code legacy},
 * {@code diagnostics}); a document with no report in it has {@code "status": "not_a_report"} and a {@code message}
 * saying why; a file that could not be read is {@code {"file": …, "status": "failed", "message": …}}.
 * The writer does not close the underlying stream.
 */
public final class JsonLines implements Flushable {

    private final Writer out;

    /** A writer onto this output. */
    public JsonLines(Writer out) {
        this.out = out;
    }

    /** Writes the line of a parsed report. */
    public void writeReport(String file, AnnualReport report) throws IOException {
        ObjectNode line = JsonNodeFactory.instance.objectNode();
        line.put("file", file);
        line.put("status", WideCsv.status(report));
        if (!report.isReport()) {
            line.put("message", WideCsv.notAReportReason(report));
        }
        line.setAll(ReportJson.toTree(report));
        write(line);
    }

    /** Writes the line of a file that could not be read, with the reason. */
    public void writeFailure(String file, String message) throws IOException {
        ObjectNode line = JsonNodeFactory.instance.objectNode();
        line.put("file", file);
        line.put("status", "failed");
        line.put("message", message);
        write(line);
    }

    private void write(ObjectNode line) throws IOException {
        out.write(ReportJson.oneLine(line));
        out.write('\n');
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }
}
