package io.github.xxgk.report;

import io.github.xxgk.report.internal.block.SourceDocument;
import io.github.xxgk.report.internal.input.IoErrors;
import io.github.xxgk.report.internal.input.Sources;
import io.github.xxgk.report.internal.input.ZipArchive;
import io.github.xxgk.report.internal.recognize.Recognizer;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.validate.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * Parses annual reports of any supported format into {@link AnnualReport}s, keeping to its {@link ParserOptions}.
 *
 * <p>A parser holds no state between calls: one instance is safe to share across threads. Messy input yields a
 * report with diagnostics; only input with nothing to read, or beyond one of the options' bounds, throws
 * {@link ReportReadException}. No input makes it throw anything else: a parse ends with a report or that exception,
 * never with {@link StackOverflowError} or (within the heap the bounds call for) {@link OutOfMemoryError}.
 */
public final class ReportParser {

    private final ParserOptions options;

    private ReportParser(ParserOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** A parser with the default options. */
    public static ReportParser create() {
        return new ReportParser(ParserOptions.defaults());
    }

    /** A parser with these options. */
    public static ReportParser create(ParserOptions options) {
        return new ReportParser(options);
    }

    /** The options this parser keeps to. */
    public ParserOptions options() {
        return options;
    }

    /**
     * Parses a file, its format detected from its content. A ZIP archive of files (not a Word document) holds no
     * one report: it fails with {@code unsupported_format} and the detected type {@code application/zip}, and
     * {@link #openArchive(Path)} reads its files.
     *
     * @throws ReportReadException if the file cannot be read, holds nothing to recognise, or is beyond a bound
     */
    public AnnualReport parse(Path file) throws ReportReadException {
        String name = String.valueOf(file.getFileName());
        try {
            checkFile(file);
            try (InputStream in = Files.newInputStream(file)) {
                return parse(in, name);
            }
        } catch (NoSuchFileException e) {
            throw noSuchFile(file, e);
        } catch (ReportReadException e) {
            throw e;
        } catch (IOException e) {
            throw ReportReadException.ioError(file.toString(), "cannot read the file: " + IoErrors.cause(e), e);
        }
    }

    /**
     * Opens a ZIP archive of reports on disk, as crawls are often saved, to read each file in it as a report of its
     * own ({@link ReportArchive}). Only the archive's list of entries is read here. Close the archive when done.
     *
     * @throws ReportReadException if the file cannot be read, is not a ZIP archive of files ({@code
     *     unsupported_format}: a Word document, which {@link #parse(Path)} reads, or another format), is damaged
     *     ({@code corrupt}), holds no files ({@code empty}), or lists more than
     *     {@link ParserOptions#maxArchiveEntries()} entries ({@code limit_exceeded})
     */
    public ReportArchive openArchive(Path file) throws ReportReadException {
        try {
            checkFile(file);
        } catch (NoSuchFileException e) {
            throw noSuchFile(file, e);
        } catch (ReportReadException e) {
            throw e;
        } catch (IOException e) {
            throw ReportReadException.ioError(file.toString(), "cannot read the file: " + IoErrors.cause(e), e);
        }
        return new ReportArchive(this, ZipArchive.open(file, String.valueOf(file.getFileName()), options), 1);
    }

    /**
     * Opens a ZIP archive of reports held in memory, as {@link #openArchive(Path)} does.
     *
     * @param name the archive's name, before each file's path in diagnostics and errors ({@code name!/path})
     * @throws ReportReadException as {@link #openArchive(Path)}, or if the bytes are beyond
     *     {@link ParserOptions#maxInputBytes()}
     */
    public ReportArchive openArchive(byte[] bytes, String name) throws ReportReadException {
        if (bytes.length > options.maxInputBytes()) {
            throw tooLarge(name);
        }
        return new ReportArchive(this, ZipArchive.open(bytes, name, options), 1);
    }

    /**
     * Parses a stream, its format detected from its content. The stream is read to its end but not closed.
     *
     * @param name the file name to report in diagnostics and errors
     * @throws ReportReadException if the stream cannot be read, holds nothing to recognise, or is beyond a bound
     */
    public AnnualReport parse(InputStream in, String name) throws ReportReadException {
        return parse(readBounded(in, name), name);
    }

    /**
     * Parses the bytes of one source, its format detected from its content.
     *
     * @throws ReportReadException if the bytes hold nothing to recognise, or are beyond a bound
     */
    public AnnualReport parse(byte[] bytes, String name) throws ReportReadException {
        if (bytes.length > options.maxInputBytes()) {
            throw tooLarge(name);
        }
        return recognize(Sources.read(bytes, name, options));
    }

    /**
     * Parses a report given as text: plain text, Markdown or HTML, as detected from the content.
     *
     * @param name the name to report in diagnostics and errors
     * @throws ReportReadException if the text is empty, or beyond a bound on text or web pages
     */
    public AnnualReport parseText(String text, String name) throws ReportReadException {
        return recognize(Sources.readText(text, name, options));
    }

    private static void checkFile(Path file) throws IOException {
        if (Files.readAttributes(file, BasicFileAttributes.class).isDirectory()) {
            throw ReportReadException.ioError(file.toString(), "a folder, not a file", null);
        }
    }

    private static ReportReadException noSuchFile(Path file, NoSuchFileException e) {
        String detail = Files.isSymbolicLink(file) ? "a symbolic link to a file that does not exist" : "no such file";
        return ReportReadException.ioError(file.toString(), detail, e);
    }

    private static AnnualReport recognize(SourceDocument document) {
        AnnualReport report = Recognizer.recognize(document);
        return report.isReport() ? report.withDiagnostics(Validator.check(report)) : report;
    }

    private byte[] readBounded(InputStream in, String name) throws ReportReadException {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(options.maxInputBytes() + 1, Integer.MAX_VALUE - 8));
            if (bytes.length > options.maxInputBytes()) {
                throw tooLarge(name);
            }
            return bytes;
        } catch (ReportReadException e) {
            throw e;
        } catch (IOException e) {
            throw ReportReadException.ioError(name, "cannot read the input: " + IoErrors.cause(e), e);
        }
    }

    private ReportReadException tooLarge(String name) {
        return ReportReadException.limitExceeded(name, null, "larger than the maximum input size of " + options.maxInputBytes() + " bytes (maxInputBytes)", null);
    }
}
