package io.github.xxgk.report;

/**
 * Bounds a {@link ReportParser} keeps to, so that no input can make it exhaust memory or stack: a source beyond one
 * fails with {@link ReportReadException.Reason#LIMIT_EXCEEDED}, its message naming the bound. Immutable; build one
 * with {@link #builder()}. The defaults leave every real report far inside each bound, and one parse of a real report
 * needs well under 100 MiB of heap; docs/robustness.md gives the margins, and the inputs within the bounds that need
 * more.
 *
 * @param maxInputBytes the largest source accepted, in bytes
 * @param maxInflatedBytes the most bytes the entries of a Word 2007+ (ZIP) package may inflate to, all together
 * @param maxInflateRatio the most times an entry of a Word 2007+ package may inflate beyond its compressed size
 *     (entries that inflate to less than 100 KiB are not checked, as in POI)
 * @param maxTextChars the most characters a source may hold as text: the decoded characters of a text, Markdown or
 *     HTML source (markup included), the characters extracted from a Word or PDF document
 * @param maxHtmlElements the most elements a web page may have
 * @param maxHtmlDepth the most elements a web page may nest inside one another
 * @param maxPdfPages the most pages a PDF may have
 */
public record ParserOptions(long maxInputBytes, long maxInflatedBytes, int maxInflateRatio, int maxTextChars,
        int maxHtmlElements, int maxHtmlDepth, int maxPdfPages) {

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

    /** The largest byte count a bound on bytes may be: what one Java array holds. */
    private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

    private static final ParserOptions DEFAULTS = builder().build();

    /**
     * Checks the bounds.
     *
     * @throws IllegalArgumentException if a bound is not positive, or a byte bound is beyond 2 GiB
     */
    public ParserOptions {
        requireRange("maxInputBytes", maxInputBytes, MAX_ARRAY);
        requireRange("maxInflatedBytes", maxInflatedBytes, MAX_ARRAY);
        requireRange("maxInflateRatio", maxInflateRatio, Integer.MAX_VALUE);
        requireRange("maxTextChars", maxTextChars, MAX_ARRAY);
        requireRange("maxHtmlElements", maxHtmlElements, Integer.MAX_VALUE);
        requireRange("maxHtmlDepth", maxHtmlDepth, Integer.MAX_VALUE);
        requireRange("maxPdfPages", maxPdfPages, Integer.MAX_VALUE);
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
                .maxHtmlDepth(maxHtmlDepth).maxPdfPages(maxPdfPages);
    }

    private static void requireRange(String name, long value, long max) {
        if (value <= 0 || value > max) {
            throw new IllegalArgumentException(name + " must be between 1 and " + max + ": " + value);
        }
    }

    /** Builds {@link ParserOptions}; each setter returns the builder, and {@link #build()} checks the bounds. */
    public static final class Builder {

        private long maxInputBytes = DEFAULT_MAX_INPUT_BYTES;
        private long maxInflatedBytes = DEFAULT_MAX_INFLATED_BYTES;
        private int maxInflateRatio = DEFAULT_MAX_INFLATE_RATIO;
        private int maxTextChars = DEFAULT_MAX_TEXT_CHARS;
        private int maxHtmlElements = DEFAULT_MAX_HTML_ELEMENTS;
        private int maxHtmlDepth = DEFAULT_MAX_HTML_DEPTH;
        private int maxPdfPages = DEFAULT_MAX_PDF_PAGES;

        private Builder() {
        }

        /** The largest source accepted, in bytes. */
        public Builder maxInputBytes(long bytes) {
            this.maxInputBytes = bytes;
            return this;
        }

        /** The most bytes the entries of a Word 2007+ package may inflate to, all together. */
        public Builder maxInflatedBytes(long bytes) {
            this.maxInflatedBytes = bytes;
            return this;
        }

        /** The most times an entry of a Word 2007+ package may inflate beyond its compressed size. */
        public Builder maxInflateRatio(int ratio) {
            this.maxInflateRatio = ratio;
            return this;
        }

        /** The most characters of text a source may hold. */
        public Builder maxTextChars(int chars) {
            this.maxTextChars = chars;
            return this;
        }

        /** The most elements a web page may have. */
        public Builder maxHtmlElements(int elements) {
            this.maxHtmlElements = elements;
            return this;
        }

        /** The most elements a web page may nest inside one another. */
        public Builder maxHtmlDepth(int depth) {
            this.maxHtmlDepth = depth;
            return this;
        }

        /** The most pages a PDF may have. */
        public Builder maxPdfPages(int pages) {
            this.maxPdfPages = pages;
            return this;
        }

        /**
         * The options.
         *
         * @throws IllegalArgumentException if a bound is invalid
         */
        public ParserOptions build() {
            return new ParserOptions(maxInputBytes, maxInflatedBytes, maxInflateRatio, maxTextChars,
                    maxHtmlElements, maxHtmlDepth, maxPdfPages);
        }
    }
}
