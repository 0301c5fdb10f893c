package io.github.xxgk.report.export;

import io.github.xxgk.report.model.Template;
import java.util.Objects;
import java.util.Set;

/**
 * One column of an output, as the codebook ({@link Codebook}) describes it.
 *
 * @param name the column name, the header with {@code --header en} (e.g. {@code requests.new.total})
 * @param chineseName the distinct Chinese name, the header with {@code --header zh}
 * @param stataName a name of at most 32 characters of {@code [A-Za-z0-9_]}, distinct within its output, the header
 *     with {@code --names stata} (e.g. {@code req_new_total})
 * @param type what the column holds
 * @param meaning what it means, one or more sentences (Markdown allowed: {@code `code`})
 * @param templates for a table cell, the templates that have it; empty for every other column
 */
public record Column(String name, String chineseName, String stataName, ColumnType type, String meaning,
        Set<Template> templates) {

    /** Copies the templates and checks that no part is null. */
    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(chineseName, "chineseName");
        Objects.requireNonNull(stataName, "stataName");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(meaning, "meaning");
        templates = Set.copyOf(templates);
    }
}
