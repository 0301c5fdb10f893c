package io.github.xxgk.report.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a report's agency sits: its level and the divisions that contain it, from the province down. A State Council
 * department has no division; any other agency has its province and the divisions below it that its name (or the
 * region the report names) places it in. A level a division lacks is absent: a district of a municipality
 * (北京市朝阳区) has no prefecture, a township of a city without counties (东莞市) no county.
 *
 * @param level the agency's level
 * @param province the province, autonomous region or municipality
 * @param prefecture the prefecture-level division
 * @param county the county-level division
 * @param township the township-level division
 */
public record AgencyDivision(AgencyLevel level, Optional<Division> province, Optional<Division> prefecture,
        Optional<Division> county, Optional<Division> township) {

    /** Checks that no part is null and that only a State Council department has no province. */
    public AgencyDivision {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(prefecture, "prefecture");
        Objects.requireNonNull(county, "county");
        Objects.requireNonNull(township, "township");
        boolean national = level == AgencyLevel.STATE_COUNCIL_DEPARTMENT;
        boolean none = province.isEmpty() && prefecture.isEmpty() && county.isEmpty() && township.isEmpty();
        if (national != none || !national && province.isEmpty()) {
            throw new IllegalArgumentException(national ? "A State Council department has no division"
                    : "An agency below the State Council has a province");
        }
    }

    /** The place of a State Council department: no division. */
    public static AgencyDivision stateCouncilDepartment() {
        return new AgencyDivision(AgencyLevel.STATE_COUNCIL_DEPARTMENT, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }
}
