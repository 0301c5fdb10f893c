package io.github.xxgk.report.hostile;

import io.github.xxgk.report.ArchiveEntry;
import io.github.xxgk.report.ReportArchive;
import io.github.xxgk.report.ReportParser;
import io.github.xxgk.report.ReportReadException;
import io.github.xxgk.report.model.AnnualReport;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The child side of {@link HostileSweepTest}: parses each input at the default bounds and writes one line per input
 * to a UTF-8 file, {@code name TAB outcome TAB milliseconds TAB detail}, where the outcome is {@code parsed} with the
 * report's diagnostic codes, or the failure's reason key, or {@code threw} with any other throwable (a bug), and the
 * detail is the failure's message or the report's cells (key=value). An archive of files, which {@code parse}
 * refuses as no one report, is read with {@code openArchive}: its outcome is {@code archive:} and each file's.
 */
final class HostileSweep {

    private static final Pattern BOUND = Pattern.compile("\\((max\\w+)\\)");

    private HostileSweep() {
    }

    /** Arguments: the result file, then the inputs. */
    public static void main(String[] args) throws IOException {
        ReportParser parser = ReportParser.create();
        try (Writer out = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
            for (int i = 1; i < args.length; i++) {
                Path input = Path.of(args[i]);
                long start = System.nanoTime();
                String outcome;
                String detail;
                try {
                    AnnualReport report = parser.parse(input);
                    outcome = "parsed " + report.diagnostics().stream().map(d -> d.code().code()).distinct()
                            .collect(Collectors.joining(","));
                    detail = String.valueOf(report.values());
                } catch (ReportReadException e) {
                    ReportReadException failure = e;
                    outcome = null;
                    detail = "";
                    if (isArchive(e)) {
                        try {
                            outcome = archive(parser, input);
                        } catch (ReportReadException archiveFailure) {
                            failure = archiveFailure;
                        }
                    }
                    if (outcome == null) {
                        outcome = failure.reason().key();
                        detail = failure.getMessage();
                    }
                } catch (Throwable e) {
                    outcome = "threw";
                    detail = e.toString();
                }
                long millis = (System.nanoTime() - start) / 1_000_000;
                out.write(input.getFileName() + "\t" + outcome.strip() + "\t" + millis + "\t"
                        + detail.replaceAll("\\s+", " ") + "\n");
                out.flush();
            }
        }
    }

    private static boolean isArchive(ReportReadException e) {
        return e.reason() == ReportReadException.Reason.UNSUPPORTED_FORMAT
                && e.detectedType().equals(Optional.of("application/zip"));
    }

    /**
     * An archive's outcome: {@code archive: PATH OUTCOME, …} for each of its files in path order, the outcome
     * {@code parsed}, {@code not_a_report}, or a failure's reason with the bound its message names.
     *
     * @throws ReportReadException if the archive cannot be opened
     */
    private static String archive(ReportParser parser, Path input) throws ReportReadException {
        try (ReportArchive archive = parser.openArchive(input)) {
            List<String> entries = new ArrayList<>();
            for (ArchiveEntry entry : archive.parseAll()) {
                entries.add(entry.path() + " " + entry.report().map(r -> r.isReport() ? "parsed" : "not_a_report")
                        .orElseGet(() -> failure(entry.failure().orElseThrow())));
            }
            return "archive: " + String.join(", ", entries);
        }
    }

    private static String failure(ReportReadException e) {
        Matcher bound = BOUND.matcher(e.getMessage());
        return e.reason().key() + (bound.find() ? " (" + bound.group(1) + ")" : "");
    }
}
