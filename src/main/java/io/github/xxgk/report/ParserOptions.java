package io.github.xxgk.report;

import java.io.Serializable;
import java.util.Objects;

/**
 * Bounds a {@link ReportParser} keeps to, so that no input can make it exhaust memory or stack: a source beyond one
 * fails with {@link ReportReadException.Reason#LIMIT_EXCEEDED}, its message naming the bound. Immutable; build one
 * with {@link #builder()}. The defaults leave every real report far inside each bound, and one parse of a real report
 * needs well under 100 MiB of heap; docs/robustness.md gives the margins, and the inputs within the bounds that need
 * more.
 *
 * <p>Options are compared by value. New bounds may be added in later releases, each with a default and a setter
 * on the {@link Builder}: code that builds options keeps compiling. Options are {@link Serializable}, so that a job
 * on a cluster can send them to its workers.
 */
public final class ParserOptions implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The default bound on a source's size: 64 MiB. */
    public static final long DEFAULT_MAX_INPUT_BYTES = 64L * 1024 * 1024;
    /** The default bound on what a Word 2007+ package inflates to: 64 MiB. */
    public static final long DEFAULT_MAX_INFLATED_BYTES = 64L * 1024 * 1024;
    /** The default bound on an entry's inflate ratio: 100, POI's own. */
    public static final int DEFAULT_MAX_INFLATE_RATIO = 100;
    /** The default bound on a source's text: 4 Mi characters, 10 times the longest report page, markup included. */
    public static final int DEFAULT_MAX_TEXT_CHARS = 4 * 1024 * 1024;
    /** The default bound on a web page's elements: 100,000, some 40 times a long report's page. */
    public static final int DEFAULT_MAX_HTML_ELEMENTS = 100_000;
    /** The default bound on a web page's nesting: 512 elements deep, where Chromium's HTML parser stops nesting. */
    public static final int DEFAULT_MAX_HTML_DEPTH = 512;
    /** The default bound on a PDF's pages: 1,000, some 10 times a long report. */
    public static final int DEFAULT_MAX_PDF_PAGES = 1_000;
    /** The default bound on a Word 2007+ package's entries: 1,000, POI's own. */
    public static final int DEFAULT_MAX_ZIP_ENTRIES = 1_000;
    /**
     * The default bound on the nesting of a Word 2007+ document's XML: 1,000 elements, POI's own ceiling (a table
     * inside a table's cell is three levels deeper: table, row, cell).
     */
    public static final int DEFAULT_MAX_WORD_NESTING = 1_000;
    /**
     * The default bound on the graphics states a PDF page saves without restoring them ({@code q} without
     * {@code Q}): 10,000, where real documents nest a few dozen.
     */
    public static final int DEFAULT_MAX_PDF_GRAPHICS_DEPTH = 10_000;
    /**
     * The default bound on the operators drawing one PDF page runs, forms' included: 1,000,000, some 50 times a
     * dense page of text.
     */
    public static final int DEFAULT_MAX_PDF_PAGE_OPERATORS = 1_000_000;
    /**
     * The default bound on the bytes of forms drawing one PDF page parses, a form counted each time it is drawn:
     * 16 MiB.
     */
    public static final int DEFAULT_MAX_PDF_PAGE_FORM_BYTES = 16 * 1024 * 1024;
    /**
     * The default bound on the characters one PDF page shows: 100,000, some 20 times a page of dense small print
     * (PDFBox holds each character of a page, with its position, until the page ends).
     */
    public static final int DEFAULT_MAX_PDF_PAGE_CHARS = 100_000;
    /**
     * The default bound on the entries a ZIP archive of reports may list: 10,000, folders included (a crawl's
     * archive holds hundreds to a few thousand files).
     */
    public static final int DEFAULT_MAX_ARCHIVE_ENTRIES = 10_000;
    /** The default bound on what the files of a ZIP archive of reports inflate to, all together: 1 GiB. */
    public static final long DEFAULT_MAX_ARCHIVE_INFLATED_BYTES = 1L << 30;
    /** The default bound on how deep ZIP archives of reports may lie inside one another: 2, an archive in an archive. */
    public static final int DEFAULT_MAX_ARCHIVE_DEPTH = 2;
    /** The deepest Word XML POI reads at all. */
    private static final int POI_MAX_NESTING = 1_000;

    /** The deepest nesting of archives {@link Builder#maxArchiveDepth(int)} accepts. */
    private static final int MAX_ARCHIVE_DEPTH = 8;

    /** The largest byte count a bound on bytes may be: what one Java array holds. */
    private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

    private static final ParserOptions DEFAULTS = builder().build();

    private final long maxInputBytes;
    private final long maxInflatedBytes;
    private final int maxInflateRatio;
    private final int maxTextChars;
    private final int maxHtmlElements;
    private final int maxHtmlDepth;
    private final int maxPdfPages;
    private final int maxZipEntries;
    private final int maxWordNesting;
    private final int maxPdfGraphicsDepth;
    private final int maxPdfPageOperators;
    private final int maxPdfPageFormBytes;
    private final int maxPdfPageChars;
    private final int maxArchiveEntries;
    private final long maxArchiveInflatedBytes;
    private final int maxArchiveDepth;

    private ParserOptions(Builder builder) {
        this.maxInputBytes = builder.maxInputBytes;
        this.maxInflatedBytes = builder.maxInflatedBytes;
        this.maxInflateRatio = builder.maxInflateRatio;
        this.maxTextChars = builder.maxTextChars;
        this.maxHtmlElements = builder.maxHtmlElements;
        this.maxHtmlDepth = builder.maxHtmlDepth;
        this.maxPdfPages = builder.maxPdfPages;
        this.maxZipEntries = builder.maxZipEntries;
        this.maxWordNesting = builder.maxWordNesting;
        this.maxPdfGraphicsDepth = builder.maxPdfGraphicsDepth;
        this.maxPdfPageOperators = builder.maxPdfPageOperators;
        this.maxPdfPageFormBytes = builder.maxPdfPageFormBytes;
        this.maxPdfPageChars = builder.maxPdfPageChars;
        this.maxArchiveEntries = builder.maxArchiveEntries;
        this.maxArchiveInflatedBytes = builder.maxArchiveInflatedBytes;
        this.maxArchiveDepth = builder.maxArchiveDepth;
    }

    /** The default options. */
    public static ParserOptions defaults() {
        return DEFAULTS;
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these options. */
    public Builder toBuilder() {
        return new Builder().maxInputBytes(maxInputBytes).maxInflatedBytes(maxInflatedBytes)
                .maxInflateRatio(maxInflateRatio).maxTextChars(maxTextChars).maxHtmlElements(maxHtmlElements)
                .maxHtmlDepth(maxHtmlDepth).maxPdfPages(maxPdfPages).maxZipEntries(maxZipEntries)
                .maxWordNesting(maxWordNesting).maxPdfGraphicsDepth(maxPdfGraphicsDepth)
                .maxPdfPageOperators(maxPdfPageOperators).maxPdfPageFormBytes(maxPdfPageFormBytes)
                .maxPdfPageChars(maxPdfPageChars).maxArchiveEntries(maxArchiveEntries)
                .maxArchiveInflatedBytes(maxArchiveInflatedBytes).maxArchiveDepth(maxArchiveDepth);
    }

    /** The largest source accepted, in bytes; a file in a ZIP archive of reports is a source of its own. */
    public long maxInputBytes() {
        return maxInputBytes;
    }

    /** The most bytes the entries of a Word 2007+ (ZIP) package may inflate to, all together. */
    public long maxInflatedBytes() {
        return maxInflatedBytes;
    }

    /**
     * The most times an entry of a Word 2007+ package, or a file in a ZIP archive of reports, may inflate beyond
     * its compressed size (entries that inflate to less than 100 KiB are not checked, as in POI).
     */
    public int maxInflateRatio() {
        return maxInflateRatio;
    }

    /**
     * The most characters a source may hold as text: the decoded characters of a text, Markdown or HTML source
     * (markup included), the characters extracted from a Word or PDF document.
     */
    public int maxTextChars() {
        return maxTextChars;
    }

    /** The most elements a web page may have. */
    public int maxHtmlElements() {
        return maxHtmlElements;
    }

    /** The most elements a web page may nest inside one another. */
    public int maxHtmlDepth() {
        return maxHtmlDepth;
    }

    /** The most pages a PDF may have. */
    public int maxPdfPages() {
        return maxPdfPages;
    }

    /** The most entries (parts, media, relations) a Word 2007+ package may have. */
    public int maxZipEntries() {
        return maxZipEntries;
    }

    /**
     * The most XML elements a part of a Word 2007+ document (its body, headers, footers, notes, comments) may nest
     * inside one another; checked before POI builds the document.
     */
    public int maxWordNesting() {
        return maxWordNesting;
    }

    /** The most graphics states a page of a PDF may have saved at once ({@code q} operators not yet restored). */
    public int maxPdfGraphicsDepth() {
        return maxPdfGraphicsDepth;
    }

    /**
     * The most content-stream operators drawing one page of a PDF may run, the operators of the forms it draws
     * included (a form drawing other forms multiplies them).
     */
    public int maxPdfPageOperators() {
        return maxPdfPageOperators;
    }

    /**
     * The most bytes of form XObjects drawing one page of a PDF may parse, a form counted each time it is drawn (a
     * page drawing one large form thousands of times parses it thousands of times).
     */
    public int maxPdfPageFormBytes() {
        return maxPdfPageFormBytes;
    }

    /** The most characters one page of a PDF may show, counted as PDFBox draws them. */
    public int maxPdfPageChars() {
        return maxPdfPageChars;
    }

    /**
     * The most entries a ZIP archive of reports ({@link ReportParser#openArchive(java.nio.file.Path)}) may list,
     * folders and left-out entries included; counted before anything is inflated.
     */
    public int maxArchiveEntries() {
        return maxArchiveEntries;
    }

    /**
     * The most bytes the files of a ZIP archive of reports may inflate to, all together, as their entries declare
     * (an entry that inflates beyond what it declares is corrupt). Each file is also bounded as a source of its own
     * by {@link #maxInputBytes()} and {@link #maxInflateRatio()}.
     */
    public long maxArchiveInflatedBytes() {
        return maxArchiveInflatedBytes;
    }

    /**
     * How deep ZIP archives of reports may lie inside one another: 1 reads an archive's reports only, 2 also the
     * reports of an archive inside it, and so on; an archive deeper than that is a failed entry.
     */
    public int maxArchiveDepth() {
        return maxArchiveDepth;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ParserOptions that && maxInputBytes == that.maxInputBytes
                && maxInflatedBytes == that.maxInflatedBytes && maxInflateRatio == that.maxInflateRatio
                && maxTextChars == that.maxTextChars && maxHtmlElements == that.maxHtmlElements
                && maxHtmlDepth == that.maxHtmlDepth && maxPdfPages == that.maxPdfPages
                && maxZipEntries == that.maxZipEntries && maxWordNesting == that.maxWordNesting
                && maxPdfGraphicsDepth == that.maxPdfGraphicsDepth && maxPdfPageOperators == that.maxPdfPageOperators
                && maxPdfPageFormBytes == that.maxPdfPageFormBytes && maxPdfPageChars == that.maxPdfPageChars
                && maxArchiveEntries == that.maxArchiveEntries && maxArchiveInflatedBytes == that.maxArchiveInflatedBytes
                && maxArchiveDepth == that.maxArchiveDepth;
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxInputBytes, maxInflatedBytes, maxInflateRatio, maxTextChars, maxHtmlElements,
                maxHtmlDepth, maxPdfPages, maxZipEntries, maxWordNesting, maxPdfGraphicsDepth,
                maxPdfPageOperators, maxPdfPageFormBytes, maxPdfPageChars, maxArchiveEntries, maxArchiveInflatedBytes,
                maxArchiveDepth);
    }

    @Override
    public String toString() {
        return "ParserOptions[maxInputBytes=" + maxInputBytes + ", maxInflatedBytes=" + maxInflatedBytes
                + ", maxInflateRatio=" + maxInflateRatio + ", maxTextChars=" + maxTextChars + ", maxHtmlElements="
                + maxHtmlElements + ", maxHtmlDepth=" + maxHtmlDepth + ", maxPdfPages=" + maxPdfPages + ", maxZipEntries="
                + maxZipEntries + ", maxWordNesting=" + maxWordNesting + ", maxPdfGraphicsDepth=" + maxPdfGraphicsDepth
                + ", maxPdfPageOperators=" + maxPdfPageOperators + ", maxPdfPageFormBytes=" + maxPdfPageFormBytes
                + ", maxPdfPageChars=" + maxPdfPageChars + ", maxArchiveEntries=" + maxArchiveEntries
                + ", maxArchiveInflatedBytes=" + maxArchiveInflatedBytes + ", maxArchiveDepth=" + maxArchiveDepth + "]";
    }

    private static long requireRange(String name, long value, long max) {
        if (value <= 0 || value > max) {
            throw new IllegalArgumentException(name + " must be between 1 and " + max + ": " + value);
        }
        return value;
    }

    /**
     * Builds {@link ParserOptions}. Each setter checks its bound at once and returns the builder; a builder can be
     * used again after {@link #build()}.
     */
    public static final class Builder {

        private long maxInputBytes = DEFAULT_MAX_INPUT_BYTES;
        private long maxInflatedBytes = DEFAULT_MAX_INFLATED_BYTES;
        private int maxInflateRatio = DEFAULT_MAX_INFLATE_RATIO;
        private int maxTextChars = DEFAULT_MAX_TEXT_CHARS;
        private int maxHtmlElements = DEFAULT_MAX_HTML_ELEMENTS;
        private int maxHtmlDepth = DEFAULT_MAX_HTML_DEPTH;
        private int maxPdfPages = DEFAULT_MAX_PDF_PAGES;
        private int maxZipEntries = DEFAULT_MAX_ZIP_ENTRIES;
        private int maxWordNesting = DEFAULT_MAX_WORD_NESTING;
        private int maxPdfGraphicsDepth = DEFAULT_MAX_PDF_GRAPHICS_DEPTH;
        private int maxPdfPageOperators = DEFAULT_MAX_PDF_PAGE_OPERATORS;
        private int maxPdfPageFormBytes = DEFAULT_MAX_PDF_PAGE_FORM_BYTES;
        private int maxPdfPageChars = DEFAULT_MAX_PDF_PAGE_CHARS;
        private int maxArchiveEntries = DEFAULT_MAX_ARCHIVE_ENTRIES;
        private long maxArchiveInflatedBytes = DEFAULT_MAX_ARCHIVE_INFLATED_BYTES;
        private int maxArchiveDepth = DEFAULT_MAX_ARCHIVE_DEPTH;

        private Builder() {
        }

        /**
         * The largest source accepted, in bytes.
         *
         * @throws IllegalArgumentException if not between 1 and 2 GiB
         */
        public Builder maxInputBytes(long bytes) {
            this.maxInputBytes = requireRange("maxInputBytes", bytes, MAX_ARRAY);
            return this;
        }

        /**
         * The most bytes the entries of a Word 2007+ package may inflate to, all together.
         *
         * @throws IllegalArgumentException if not between 1 and 2 GiB
         */
        public Builder maxInflatedBytes(long bytes) {
            this.maxInflatedBytes = requireRange("maxInflatedBytes", bytes, MAX_ARRAY);
            return this;
        }

        /**
         * The most times an entry of a Word 2007+ package may inflate beyond its compressed size.
         *
         * @throws IllegalArgumentException if not positive
         */
        public Builder maxInflateRatio(int ratio) {
            this.maxInflateRatio = (int) requireRange("maxInflateRatio", ratio, Integer.MAX_VALUE);
            return this;
        }

        /**
         * The most characters of text a source may hold.
         *
         * @throws IllegalArgumentException if not positive
         */
        public Builder maxTextChars(int chars) {
            this.maxTextChars = (int) requireRange("maxTextChars", chars, MAX_ARRAY);
            return this;
        }

        /**
         * The most elements a web page may have.
         *
         * @throws IllegalArgumentException if not positive
         */
        public Builder maxHtmlElements(int elements) {
            this.maxHtmlElements = (int) requireRange("maxHtmlElements", elements, Integer.MAX_VALUE);
            return this;
        }

        /**
         * The most elements a web page may nest inside one another.
         *
         * @throws IllegalArgumentException if not positive
         */
        public Builder maxHtmlDepth(int depth) {
            this.maxHtmlDepth = (int) requireRange("maxHtmlDepth", depth, Integer.MAX_VALUE);
            return this;
        }

        /**
         * The most pages a PDF may have.
         *
         * @throws IllegalArgumentException if not positive
         */
        public Builder maxPdfPages(int pages) {
            this.maxPdfPages = (int) requireRange("maxPdfPages", pages, Integer.MAX_VALUE);
            return this;
        }

        /**
         * The most entries a Word 2007+ package may have. Above 1,000 (the default of POI's process-wide
         * {@code ZipSecureFile.setMaxFileCount}), POI's bound is raised to match when such a package is read.
         *
         * @throws IllegalArgumentException if not positive
         */
        public Builder maxZipEntries(int entries) {
            this.maxZipEntries = (int) requireRange("maxZipEntries", entries, Integer.MAX_VALUE);
            return this;
        }

        /**
         * The most XML elements a part of a Word 2007+ document may nest inside one another.
         *
         * @throws IllegalArgumentException if not between 1 and 1,000, the deepest POI reads
         */
        public Builder maxWordNesting(int depth) {
            this.maxWordNesting = (int) requireRange("maxWordNesting", depth, POI_MAX_NESTING);
            return this;
        }

        /**
         * The most graphics states a PDF page may have saved at once.
         *
         * @throws IllegalArgumentException if not positive
         */
        public Builder maxPdfGraphicsDepth(int depth) {
            this.maxPdfGraphicsDepth = (int) requireRange("maxPdfGraphicsDepth", depth, Integer.MAX_VALUE);
            return this;
        }

        /**
         * The most operators drawing one PDF page may run, forms' included.
         *
         * @throws IllegalArgumentException if not positive
         */
        public Builder maxPdfPageOperators(int operators) {
            this.maxPdfPageOperators = (int) requireRange("maxPdfPageOperators", operators, Integer.MAX_VALUE);
            return this;
        }

        /**
         * The most bytes of forms drawing one PDF page may parse, a form counted each time it is drawn.
         *
         * @throws IllegalArgumentException if not positive
         */
        public Builder maxPdfPageFormBytes(int bytes) {
            this.maxPdfPageFormBytes = (int) requireRange("maxPdfPageFormBytes", bytes, Integer.MAX_VALUE);
            return this;
        }

        /**
         * The most characters one PDF page may show.
         *
         * @throws IllegalArgumentException if not positive
         */
        public Builder maxPdfPageChars(int chars) {
            this.maxPdfPageChars = (int) requireRange("maxPdfPageChars", chars, Integer.MAX_VALUE);
            return this;
        }

        /**
         * The most entries a ZIP archive of reports may list, folders included.
         *
         * @throws IllegalArgumentException if not positive
         */
        public Builder maxArchiveEntries(int entries) {
            this.maxArchiveEntries = (int) requireRange("maxArchiveEntries", entries, Integer.MAX_VALUE);
            return this;
        }

        /**
         * The most bytes the files of a ZIP archive of reports may inflate to, all together. Unlike the bounds on
         * one source, this one may pass 2 GiB: the files are inflated one at a time.
         *
         * @throws IllegalArgumentException if not positive
         */
        public Builder maxArchiveInflatedBytes(long bytes) {
            this.maxArchiveInflatedBytes = requireRange("maxArchiveInflatedBytes", bytes, Long.MAX_VALUE);
            return this;
        }

        /**
         * How deep ZIP archives of reports may lie inside one another (1: no archive inside an archive is read).
         *
         * @throws IllegalArgumentException if not between 1 and 8
         */
        public Builder maxArchiveDepth(int depth) {
            this.maxArchiveDepth = (int) requireRange("maxArchiveDepth", depth, MAX_ARCHIVE_DEPTH);
            return this;
        }

        /** The options, every bound already checked. */
        public ParserOptions build() {
            return new ParserOptions(this);
        }
    }
}
