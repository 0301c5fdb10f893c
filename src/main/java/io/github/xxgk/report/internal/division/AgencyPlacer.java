package io.github.xxgk.report.internal.division;

import io.github.xxgk.report.internal.text.Whitespace;
import io.github.xxgk.report.model.AgencyDivision;
import io.github.xxgk.report.model.AgencyLevel;
import io.github.xxgk.report.model.Diagnostic;
import io.github.xxgk.report.model.DiagnosticCode;
import io.github.xxgk.report.model.Division;
import io.github.xxgk.report.model.Location;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Places a report's agency in the administrative divisions by its name: the divisions the name begins with
 * (淮安市洪泽区人民政府 is county-level, in 江苏省 淮安市 洪泽区), or a State Council department (教育部). A name that
 * fits several places (朝阳区, 中村乡) is placed only if a region the title or the opening of the report names
 * (北京市, 会昌县) leaves one of them; otherwise, and for a name with no division in it, the agency stays unplaced
 * and a diagnostic says why. Nothing is guessed. Thread-safe; the code list is read once, on first use.
 */
public final class AgencyPlacer {

    /**
     * The outcome of placing one agency.
     *
     * @param division where the agency sits, if its name places it
     * @param diagnostics why it is not placed, if it is not
     */
    public record Placement(Optional<AgencyDivision> division, List<Diagnostic> diagnostics) {

        /** Copies the list. */
        public Placement {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    private static final int LISTED_CANDIDATES = 6;
    /** A name's bracketed alias at its end, which places it where the name fits several places: 高新区(新市区). */
    private static final Pattern ALIAS = Pattern.compile("^.+?[(（]([^()（）]+)[)）]$");

    private AgencyPlacer() {
    }

    /**
     * Places an agency.
     *
     * @param agency the agency's name as the report prints it
     * @param context the title and the first paragraphs of the report, where a region that tells apart the places
     *     the name fits may be named
     */
    public static Placement place(String agency, List<String> context) {
        String name = withoutCountry(Whitespace.remove(agency));
        Optional<String> department = StateCouncil.departmentOf(name);
        NameChain chain = new NameChain(DivisionData.get());
        List<Unit> candidates = chain.deepest(department.map(d -> name.substring(d.length())).orElse(name));
        Matcher alias = ALIAS.matcher(name);
        if (candidates.size() != 1 && department.isEmpty() && alias.matches()) {
            List<Unit> aliased = chain.deepest(alias.group(1));
            candidates = aliased.size() == 1 || candidates.isEmpty() ? aliased : candidates;
        }
        if (candidates.isEmpty()) {
            return department.isPresent() ? placed(AgencyDivision.stateCouncilDepartment())
                    : unplaced(DiagnosticCode.AGENCY_UNPLACED, "the agency " + agency + " names no administrative "
                            + "division of the code list (" + DivisionData.get().edition() + ") and no State "
                            + "Council department; its division is absent");
        }
        if (candidates.size() > 1) {
            List<Unit> inRegion = inRegions(candidates, context);
            if (inRegion.size() != 1) {
                return unplaced(DiagnosticCode.AGENCY_AMBIGUOUS_DIVISION, "the agency " + agency + " fits "
                        + candidates.size() + " divisions (" + listed(candidates) + ") and neither the title nor "
                        + "the opening of the report names a region that leaves one; its division is absent");
            }
            candidates = inRegion;
        }
        return placed(divisionOf(candidates.get(0)));
    }

    private static String withoutCountry(String name) {
        return name.startsWith(StateCouncil.COUNTRY) ? name.substring(StateCouncil.COUNTRY.length()) : name;
    }

    /** The candidates inside a province, prefecture or county the texts name by its full name. */
    private static List<Unit> inRegions(List<Unit> candidates, List<String> context) {
        Set<Unit> regions = new HashSet<>();
        DivisionData data = DivisionData.get();
        for (String text : context) {
            String line = Whitespace.remove(text);
            for (int at = 0; at < line.length(); at++) {
                for (int end = Math.min(line.length(), at + data.longestName()); end - at >= 2; end--) {
                    List<Unit> named = data.named(line.substring(at, end)).stream()
                            .filter(unit -> unit.level() != AgencyLevel.TOWNSHIP).toList();
                    if (!named.isEmpty()) {
                        regions.addAll(named);
                        at = end - 1;
                        break;
                    }
                }
            }
        }
        return candidates.stream().filter(unit -> regions.stream().anyMatch(unit::isWithin)).toList();
    }

    /** The place of a division: its level, and it and the divisions above it by level. */
    static AgencyDivision divisionOf(Unit unit) {
        Map<AgencyLevel, Division> levels = new EnumMap<>(AgencyLevel.class);
        for (Optional<Unit> at = Optional.of(unit); at.isPresent(); at = at.get().parent()) {
            if (!at.get().placeholder()) {
                levels.put(at.get().level(), at.get().division());
            }
        }
        return new AgencyDivision(unit.level(), Optional.ofNullable(levels.get(AgencyLevel.PROVINCIAL)),
                Optional.ofNullable(levels.get(AgencyLevel.PREFECTURAL)),
                Optional.ofNullable(levels.get(AgencyLevel.COUNTY)),
                Optional.ofNullable(levels.get(AgencyLevel.TOWNSHIP)));
    }

    private static String listed(List<Unit> candidates) {
        String listed = candidates.stream().limit(LISTED_CANDIDATES)
                .map(unit -> unit.division().code() + " " + unit.path()).collect(Collectors.joining(", "));
        return candidates.size() > LISTED_CANDIDATES ? listed + ", …" : listed;
    }

    private static Placement placed(AgencyDivision division) {
        return new Placement(Optional.of(division), List.of());
    }

    private static Placement unplaced(DiagnosticCode code, String message) {
        return new Placement(Optional.empty(), List.of(Diagnostic.of(code, Location.none(), message)));
    }
}
