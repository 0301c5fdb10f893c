package io.github.xxgk.report.internal.division;

import io.github.xxgk.report.model.AgencyLevel;
import io.github.xxgk.report.model.Division;
import java.util.Optional;

/**
 * One division of the code list: its code as the list writes it (2, 4, 6 or 9 digits, the trailing zeros of the full
 * code dropped), name, level and the nearest division above it.
 *
 * @param code the short code
 * @param name the name
 * @param level the level its code's length gives
 * @param parent the division above, empty for a province
 * @param placeholder whether the entry only groups others and names no place of its own: 市辖区 and 县 of a
 *     municipality, 省直辖县级行政区划, or the county-level entry of a city without counties (东莞市 under 东莞市)
 */
record Unit(String code, String name, AgencyLevel level, Optional<Unit> parent, boolean placeholder) {

    private static final String SIX_ZEROS = "000000";

    /** Whether this division lies inside the other one (and is not it). */
    boolean isWithin(Unit other) {
        return code.length() > other.code.length() && code.startsWith(other.code);
    }

    /** This division in the model, its code given in full: 6 digits, 12 for a township. */
    Division division() {
        int digits = level == AgencyLevel.TOWNSHIP ? 12 : 6;
        return new Division(code + SIX_ZEROS.substring(0, digits - code.length()), name);
    }

    /** The names from the province down, placeholders left out: 江苏省淮安市洪泽区. */
    String path() {
        String above = parent.map(Unit::path).orElse("");
        return placeholder ? above : above + name;
    }
}
