package io.github.xxgk.report.model;

/** The format a report was read from, decided from its bytes, not its file name. */
public enum SourceFormat implements Labelled {
    /** Plain text; tab-separated lines are table rows. */
    TEXT("text", "文本"),
    /** Markdown: pipe tables, {@code #} headings. */
    MARKDOWN("markdown", "Markdown"),
    /** An HTML page or fragment. */
    HTML("html", "网页"),
    /** A Word 2007+ document. */
    DOCX("docx", "Word文档"),
    /** A Word 97–2003 document. */
    DOC("doc", "Word 97文档"),
    /** A PDF document with a text layer. */
    PDF("pdf", "PDF");

    private final String key;
    private final String label;

    SourceFormat(String key, String label) {
        this.key = key;
        this.label = label;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String label() {
        return label;
    }

    /** The format with this key. */
    public static SourceFormat ofKey(String key) {
        return Keys.find(values(), key, "source format");
    }
}
