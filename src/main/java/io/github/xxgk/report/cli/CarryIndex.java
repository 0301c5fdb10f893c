package io.github.xxgk.report.cli;

import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.AppealTable;
import io.github.xxgk.report.model.CellKey;
import io.github.xxgk.report.model.Diagnostic;
import io.github.xxgk.report.model.ProactiveTable;
import io.github.xxgk.report.model.ReportMetadata;
import io.github.xxgk.report.model.RequestRow;
import io.github.xxgk.report.model.RequestTable;
import io.github.xxgk.report.validate.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a run keeps of each report to check {@code years.carry} across the files at its end: the agency, the year
 * and the carried-over and carried-forward cells, nothing else, so the memory it takes stays small per file.
 */
final class CarryIndex {

    private final List<String> files = new ArrayList<>();
    private final List<AnnualReport> slim = new ArrayList<>();

    /** Keeps what the carry check needs of a parsed file that names its agency and year. */
    void add(Outcome outcome) {
        outcome.report().ifPresent(report -> {
            ReportMetadata metadata = report.metadata();
            if (metadata.agency().isEmpty() || metadata.year().isEmpty()) {
                return;
            }
            Map<CellKey, BigDecimal> carried = new HashMap<>();
            report.requests().values().forEach((key, value) -> {
                if (key.row() == RequestRow.CARRIED_OVER || key.row() == RequestRow.CARRIED_FORWARD) {
                    carried.put(key, value);
                }
            });
            if (carried.isEmpty()) {
                return;
            }
            ReportMetadata kept = new ReportMetadata(metadata.agency(), metadata.year(), Optional.empty(),
                    metadata.template(), "", metadata.sourceFormat());
            files.add(outcome.file());
            slim.add(new AnnualReport(kept, List.of(), List.of(), ProactiveTable.empty(), new RequestTable(carried),
                    AppealTable.empty(), List.of(), List.of()));
        });
    }

    /** The files whose carried-over requests differ from their agency's previous report, as outcomes to write. */
    List<Outcome> mismatches() {
        List<List<Diagnostic>> found = Validator.checkAcrossYears(slim);
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            if (!found.get(i).isEmpty()) {
                outcomes.add(new Outcome(files.get(i), Optional.of(slim.get(i).withDiagnostics(found.get(i))), "",
                        ""));
            }
        }
        return outcomes;
    }
}
