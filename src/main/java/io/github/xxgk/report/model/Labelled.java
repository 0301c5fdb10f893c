package io.github.xxgk.report.model;

/**
 * Something of the national template with a stable English key and the Chinese label the template prints.
 *
 * <p>Keys are the project's contract: they appear in CSV column names and JSON, and never change once released.
 */
public interface Labelled {

    /** The stable English key, e.g. {@code natural_person}. */
    String key();

    /** The Chinese label as the template prints it, e.g. {@code 自然人}. */
    String label();
}
