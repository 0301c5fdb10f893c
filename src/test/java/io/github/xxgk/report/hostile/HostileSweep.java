package io.github.xxgk.report.hostile;

import io.github.xxgk.report.ReportParser;
import io.github.xxgk.report.ReportReadException;
import io.github.xxgk.report.model.AnnualReport;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * The child side of {@link HostileSweepTest}: parses each input at the default bounds and writes one line per input
 * to a UTF-8 file, {@code name TAB outcome TAB milliseconds TAB detail}, where the outcome is {@code parsed} with the
 * report's diagnostic codes, or the failure's reason key, or {@code threw} with any other throwable (a bug), and the
 * detail is the failure's message or the report's cells (key=value).
 */
final class HostileSweep {

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
                    outcome = e.reason().key();
                    detail = e.getMessage();
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

}
