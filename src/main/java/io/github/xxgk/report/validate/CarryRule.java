package io.github.xxgk.report.validate;

import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.Applicant;
import io.github.xxgk.report.model.Diagnostic;
import io.github.xxgk.report.model.DiagnosticCode;
import io.github.xxgk.report.model.Location;
import io.github.xxgk.report.model.RequestRow;
import io.github.xxgk.report.model.TableKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The {@code years.carry} rule across reports: what an agency's year-Y report carries over must be what its
 * year-(Y−1) report carried forward, column by column.
 */
final class CarryRule {

    private CarryRule() {
    }

    /** The warnings for each report, in input order; a report with no previous year among the others gets none. */
    static List<List<Diagnostic>> check(List<AnnualReport> reports) {
        Map<Edition, List<AnnualReport>> byEdition = new HashMap<>();
        List<Optional<Edition>> editions = reports.stream().map(CarryRule::edition).toList();
        for (int i = 0; i < reports.size(); i++) {
            AnnualReport report = reports.get(i);
            editions.get(i).ifPresent(edition -> byEdition.computeIfAbsent(edition, e -> new ArrayList<>())
                    .add(report));
        }
        List<List<Diagnostic>> found = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            AnnualReport report = reports.get(i);
            Set<Diagnostic> diagnostics = new LinkedHashSet<>();
            editions.get(i).ifPresent(edition -> {
                for (AnnualReport previous : byEdition.getOrDefault(edition.previous(), List.of())) {
                    compare(report, edition.year(), previous, diagnostics);
                }
            });
            found.add(List.copyOf(diagnostics));
        }
        return List.copyOf(found);
    }

    private static void compare(AnnualReport report, int year, AnnualReport previous, Set<Diagnostic> diagnostics) {
        for (Applicant column : Applicant.values()) {
            OptionalLong carriedOver = report.requests().get(RequestRow.CARRIED_OVER, column);
            OptionalLong carriedForward = previous.requests().get(RequestRow.CARRIED_FORWARD, column);
            if (carriedOver.isPresent() && carriedForward.isPresent()
                    && carriedOver.getAsLong() != carriedForward.getAsLong()) {
                diagnostics.add(Diagnostic.of(DiagnosticCode.YEARS_CARRY, Location.column(TableKind.REQUESTS, column),
                        DiagnosticCode.YEARS_CARRY.code() + "[" + column.key() + "]: carried_over "
                                + carriedOver.getAsLong() + " in " + year + " report, but carried_forward "
                                + carriedForward.getAsLong() + " in " + (year - 1) + " report"));
            }
        }
    }

    private static Optional<Edition> edition(AnnualReport report) {
        Optional<String> agency = report.metadata().agency().map(Agencies::normalise).filter(a -> !a.isEmpty());
        if (agency.isEmpty() || report.metadata().year().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Edition(agency.get(), report.metadata().year().getAsInt()));
    }

    /** One agency's report for one year, the agency's name normalised. */
    private record Edition(String agency, int year) {

        Edition previous() {
            return new Edition(agency, year - 1);
        }
    }
}
