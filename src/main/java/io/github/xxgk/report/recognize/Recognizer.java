package io.github.xxgk.report.recognize;

import io.github.xxgk.report.block.SourceDocument;
import io.github.xxgk.report.model.AnnualReport;

/** Turns a report's neutral blocks into the model: metadata, sections and the three tables. */
public final class Recognizer {

    private Recognizer() {
    }

    /** Recognises a document; never throws on messy input, reporting what it could not read as diagnostics. */
    public static AnnualReport recognize(SourceDocument document) {
        throw new UnsupportedOperationException("not yet");
    }
}
