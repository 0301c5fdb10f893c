package io.github.xxgk.report.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A numbered section of the report's text, with its sub-sections.
 *
 * @param number the number as printed, without brackets or punctuation: {@code 一} for both “一、” and “（一）”,
 *     {@code 1} for “1、” or “（1）”
 * @param key the template section this is, for a top-level section of the 2019 or 2021 template
 * @param title the heading text after the number, cleaned of markup
 * @param paragraphs the body paragraphs before the first sub-section, in order
 * @param subsections the numbered sub-sections, in order
 */
public record Section(String number, Optional<SectionKey> key, String title, List<String> paragraphs,
        List<Section> subsections) {

    /** Copies the lists. */
    public Section {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        paragraphs = List.copyOf(paragraphs);
        subsections = List.copyOf(subsections);
    }
}
