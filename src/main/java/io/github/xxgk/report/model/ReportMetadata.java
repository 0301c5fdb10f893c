package io.github.xxgk.report.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a report is: who published it and where that agency sits, for which year, following which template, read
 * from where.
 *
 * @param agency the publishing agency (发布机关), e.g. 吴忠市民政局, if found
 * @param division the agency's level and administrative divisions, if its name places it (a name that fits several
 *     places, or none, leaves it absent with a diagnostic saying why)
 * @param year the reporting year (not the publication year), if found
 * @param title the report's title as printed, if found
 * @param template the template its tables follow
 * @param sourceName the file name (or the name given with a stream); empty for a parsed string
 * @param sourceFormat the format it was read from
 */
public record ReportMetadata(Optional<String> agency, Optional<AgencyDivision> division, OptionalInt year,
        Optional<String> title, Template template, String sourceName, SourceFormat sourceFormat) {

    /** Checks that no part is null. */
    public ReportMetadata {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(division, "division");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(sourceFormat, "sourceFormat");
    }

    /** The metadata of a report whose agency is not placed in a division. */
    public ReportMetadata(Optional<String> agency, OptionalInt year, Optional<String> title, Template template,
            String sourceName, SourceFormat sourceFormat) {
        this(agency, Optional.empty(), year, title, template, sourceName, sourceFormat);
    }
}
