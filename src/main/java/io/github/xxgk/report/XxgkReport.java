package io.github.xxgk.report;

import io.github.xxgk.report.model.AnnualReport;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * The entry point: parse a government information-disclosure annual report from a file, a stream, bytes or text.
 *
 * <pre>{@code
 * AnnualReport report = XxgkReport.parse(Path.of("report.html"));
 * report.metadata().agency();                                   // Optional[吴忠市民政局]
 * report.requests().get(RequestRow.NEW, Applicant.TOTAL);       // OptionalLong[1]
 * report.diagnostics(Severity.ERROR);                           // contradictions in the published numbers
 * }</pre>
 *
 * <p>These methods share one {@link ReportParser} with default options; create your own for other bounds. All are
 * thread-safe.
 */
public final class XxgkReport {

    private static final ReportParser DEFAULT = ReportParser.create();

    private XxgkReport() {
    }

    /**
     * Parses a file of any supported format (text, Markdown, HTML, DOCX, DOC, PDF), detected from its content.
     *
     * @throws ReportReadException if the file cannot be read or holds nothing to recognise
     */
    public static AnnualReport parse(Path file) throws ReportReadException {
        return DEFAULT.parse(file);
    }

    /**
     * Parses a stream of any supported format; the stream is read but not closed.
     *
     * @param name the file name to report in diagnostics and errors
     * @throws ReportReadException if the stream cannot be read or holds nothing to recognise
     */
    public static AnnualReport parse(InputStream in, String name) throws ReportReadException {
        return DEFAULT.parse(in, name);
    }

    /**
     * Parses the bytes of one source of any supported format, detected from its content.
     *
     * @param name the file name to report in diagnostics and errors
     * @throws ReportReadException if the bytes hold nothing to recognise
     */
    public static AnnualReport parse(byte[] bytes, String name) throws ReportReadException {
        return DEFAULT.parse(bytes, name);
    }

    /**
     * Opens a ZIP archive of reports (a crawl saved as a ZIP) to read each file in it as a report of its own; see
     * {@link ReportArchive}. Close it when done.
     *
     * @throws ReportReadException if the file is not a ZIP archive of files, cannot be read, is damaged, holds no
     *     files or is beyond the bound on its entries
     */
    public static ReportArchive openArchive(Path file) throws ReportReadException {
        return DEFAULT.openArchive(file);
    }

    /**
     * Parses a report given as text: plain text, Markdown or HTML, detected from its content. The string is the
     * report itself, never a path: use {@link #parse(Path)} for a file.
     *
     * @throws ReportReadException if the text is empty or only white space
     */
    public static AnnualReport parseText(String text) throws ReportReadException {
        return DEFAULT.parseText(text, "");
    }
}
