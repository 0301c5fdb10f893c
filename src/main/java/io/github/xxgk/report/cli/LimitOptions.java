package io.github.xxgk.report.cli;

import io.github.xxgk.report.ParserOptions;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * The bounds a run keeps to, shared by the commands: the parser's ({@link ParserOptions}) and the time one file may
 * take. docs/robustness.md explains each.
 */
final class LimitOptions {

    private static final Pattern SIZE = Pattern.compile("(\\d{1,12})(?:([KMGkmg])(?:[iI]?[bB])?|[bB])?");

    /** The default time budget of one file. */
    static final int DEFAULT_TIMEOUT_SECONDS = 60;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--max-input-bytes", paramLabel = "SIZE", converter = SizeConverter.class,
            description = "The largest file read (default 64M); a larger one fails with limit_exceeded. "
                    + "SIZE is bytes, or a number with K, M or G (binary).")
    private long maxInputBytes = ParserOptions.DEFAULT_MAX_INPUT_BYTES;

    @Option(names = "--max-inflated-bytes", paramLabel = "SIZE", converter = SizeConverter.class,
            description = "The most a .docx may inflate to, all its parts together (default 64M).")
    private long maxInflatedBytes = ParserOptions.DEFAULT_MAX_INFLATED_BYTES;

    @Option(names = "--max-inflate-ratio", paramLabel = "N",
            description = "The most times a part of a .docx may inflate beyond its compressed size "
                    + "(default ${DEFAULT-VALUE}).")
    private int maxInflateRatio = ParserOptions.DEFAULT_MAX_INFLATE_RATIO;

    @Option(names = "--max-text-chars", paramLabel = "N", converter = CountConverter.class,
            description = "The most characters of text a file may hold (default 4M).")
    private int maxTextChars = ParserOptions.DEFAULT_MAX_TEXT_CHARS;

    @Option(names = "--max-html-elements", paramLabel = "N", converter = CountConverter.class,
            description = "The most elements a web page may have (default ${DEFAULT-VALUE}).")
    private int maxHtmlElements = ParserOptions.DEFAULT_MAX_HTML_ELEMENTS;

    @Option(names = "--max-html-depth", paramLabel = "N",
            description = "The most elements a web page may nest inside one another (default ${DEFAULT-VALUE}).")
    private int maxHtmlDepth = ParserOptions.DEFAULT_MAX_HTML_DEPTH;

    @Option(names = "--max-pdf-pages", paramLabel = "N", converter = CountConverter.class,
            description = "The most pages a PDF may have (default ${DEFAULT-VALUE}).")
    private int maxPdfPages = ParserOptions.DEFAULT_MAX_PDF_PAGES;

    @Option(names = "--max-zip-entries", paramLabel = "N", converter = CountConverter.class,
            description = "The most entries a .docx package may have (default ${DEFAULT-VALUE}).")
    private int maxZipEntries = ParserOptions.DEFAULT_MAX_ZIP_ENTRIES;

    @Option(names = "--max-word-nesting", paramLabel = "N",
            description = "The most XML elements a part of a .docx may nest inside one another "
                    + "(default ${DEFAULT-VALUE}, at most 1000).")
    private int maxWordNesting = ParserOptions.DEFAULT_MAX_WORD_NESTING;

    @Option(names = "--max-pdf-graphics-depth", paramLabel = "N", converter = CountConverter.class,
            description = "The most graphics states a PDF page may save without restoring them "
                    + "(default ${DEFAULT-VALUE}).")
    private int maxPdfGraphicsDepth = ParserOptions.DEFAULT_MAX_PDF_GRAPHICS_DEPTH;

    @Option(names = "--max-pdf-page-operators", paramLabel = "N", converter = CountConverter.class,
            description = "The most operators drawing one PDF page may run, its forms' included "
                    + "(default ${DEFAULT-VALUE}).")
    private int maxPdfPageOperators = ParserOptions.DEFAULT_MAX_PDF_PAGE_OPERATORS;

    @Option(names = "--max-pdf-page-form-bytes", paramLabel = "SIZE", converter = CountConverter.class,
            description = "The most bytes of forms drawing one PDF page may parse, a form counted each time it is "
                    + "drawn (default 16M).")
    private int maxPdfPageFormBytes = ParserOptions.DEFAULT_MAX_PDF_PAGE_FORM_BYTES;

    @Option(names = "--max-pdf-page-chars", paramLabel = "N", converter = CountConverter.class,
            description = "The most characters one PDF page may show (default ${DEFAULT-VALUE}).")
    private int maxPdfPageChars = ParserOptions.DEFAULT_MAX_PDF_PAGE_CHARS;

    @Option(names = "--max-archive-entries", paramLabel = "N", converter = CountConverter.class,
            description = "The most entries a .zip archive of reports may list, folders included "
                    + "(default ${DEFAULT-VALUE}).")
    private int maxArchiveEntries = ParserOptions.DEFAULT_MAX_ARCHIVE_ENTRIES;

    @Option(names = "--max-archive-inflated-bytes", paramLabel = "SIZE", converter = SizeConverter.class,
            description = "The most the files of a .zip archive of reports may inflate to, all together "
                    + "(default 1G); each file is also bounded as a file of its own.")
    private long maxArchiveInflatedBytes = ParserOptions.DEFAULT_MAX_ARCHIVE_INFLATED_BYTES;

    @Option(names = "--max-archive-depth", paramLabel = "N",
            description = "How deep .zip archives may lie inside one another and still be read "
                    + "(default ${DEFAULT-VALUE}: an archive in an archive; at most 8).")
    private int maxArchiveDepth = ParserOptions.DEFAULT_MAX_ARCHIVE_DEPTH;

    @Option(names = "--timeout-seconds", paramLabel = "S",
            description = "The longest one file may take (default ${DEFAULT-VALUE}), each file of a .zip archive "
                    + "apart; a file over it fails with limit_exceeded and the run goes on. 0: no limit.")
    private int timeoutSeconds = DEFAULT_TIMEOUT_SECONDS;

    /** The parser's bounds. */
    ParserOptions parserOptions() {
        try {
            return ParserOptions.builder().maxInputBytes(maxInputBytes).maxInflatedBytes(maxInflatedBytes)
                    .maxInflateRatio(maxInflateRatio).maxTextChars(maxTextChars).maxHtmlElements(maxHtmlElements)
                    .maxHtmlDepth(maxHtmlDepth).maxPdfPages(maxPdfPages).maxZipEntries(maxZipEntries)
                    .maxWordNesting(maxWordNesting).maxPdfGraphicsDepth(maxPdfGraphicsDepth)
                    .maxPdfPageOperators(maxPdfPageOperators).maxPdfPageFormBytes(maxPdfPageFormBytes)
                    .maxPdfPageChars(maxPdfPageChars).maxArchiveEntries(maxArchiveEntries)
                    .maxArchiveInflatedBytes(maxArchiveInflatedBytes).maxArchiveDepth(maxArchiveDepth).build();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "Invalid limit: " + e.getMessage());
        }
    }

    /** The time budget of one file; zero for none. */
    Duration timeout() {
        if (timeoutSeconds < 0) {
            throw new ParameterException(spec.commandLine(),
                    "--timeout-seconds must be 0 (no limit) or more, not " + timeoutSeconds);
        }
        return Duration.ofSeconds(timeoutSeconds);
    }

    /** A count or size: digits, optionally followed by K, M or G (each 1024 times the one before), then B or iB. */
    static long parseSize(String text) {
        Matcher m = SIZE.matcher(text.strip());
        if (!m.matches()) {
            throw new TypeConversionException("'" + text + "' is not a size such as 1048576, 512K, 64M or 1GiB");
        }
        int shift = m.group(2) == null ? 0 : switch (Character.toUpperCase(m.group(2).charAt(0))) {
            case 'K' -> 10;
            case 'M' -> 20;
            default -> 30;
        };
        long number = Long.parseLong(m.group(1));
        if (number > Long.MAX_VALUE >> shift) {
            throw new TypeConversionException("'" + text + "' is too large");
        }
        return number << shift;
    }

    /** Converts {@code 64M}-style sizes. */
    static final class SizeConverter implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            return parseSize(value);
        }
    }

    /** Converts {@code 4M}-style counts that must fit an int. */
    static final class CountConverter implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            long n = parseSize(value);
            if (n > Integer.MAX_VALUE) {
                throw new TypeConversionException("'" + value + "' is too large");
            }
            return (int) n;
        }
    }
}
