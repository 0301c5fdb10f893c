package io.github.xxgk.report;

import io.github.xxgk.report.model.AnnualReport;
import java.util.Objects;
import java.util.Optional;

/**
 * One file of a {@link ReportArchive}, read: its path in the archive, and its report or why it could not be read.
 * Exactly one of the two is present.
 *
 * @param path the file's path in the archive, {@code 2021/report.html}; a file of an archive inside it has the
 *     inner archive's path first, {@code old.zip!/2019/report.html}
 * @param report the report, as {@link ReportParser#parse(byte[], String)} gives it for the file's bytes
 * @param failure why the file could not be read: any reason {@link ReportParser#parse(byte[], String)} gives, or
 *     {@code limit_exceeded} for a bound of the archive; its source is {@code archive!/path}
 */
public record ArchiveEntry(String path, Optional<AnnualReport> report, Optional<ReportReadException> failure) {

    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException unless exactly one of {@code report} and {@code failure} is present
     */
    public ArchiveEntry {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(failure, "failure");
        if (report.isPresent() == failure.isPresent()) {
            throw new IllegalArgumentException("an entry has a report or a failure, not both or neither: " + path);
        }
    }
}
