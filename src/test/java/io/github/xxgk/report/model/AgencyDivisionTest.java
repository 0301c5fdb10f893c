package io.github.xxgk.report.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The division records refuse what no division is, and the levels have their keys. */
class AgencyDivisionTest {

    private static final Optional<Division> JIANGSU = Optional.of(new Division("320000", "江苏省"));

    @Test
    void aStateCouncilDepartmentHasNoDivisionAndAnyOtherAgencyHasItsProvince() {
        assertThat(AgencyDivision.stateCouncilDepartment().province()).isEmpty();
        assertThatThrownBy(() -> new AgencyDivision(AgencyLevel.STATE_COUNCIL_DEPARTMENT, JIANGSU, Optional.empty(),
                Optional.empty(), Optional.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AgencyDivision(AgencyLevel.COUNTY, Optional.empty(), Optional.empty(),
                Optional.of(new Division("320813", "洪泽区")), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new AgencyDivision(AgencyLevel.PROVINCIAL, JIANGSU, Optional.empty(), Optional.empty(),
                Optional.empty()).level()).isEqualTo(AgencyLevel.PROVINCIAL);
    }

    @Test
    void aDivisionCodeHasSixOrTwelveDigitsAndANameIsNotBlank() {
        assertThat(new Division("440104003000", "北京街道").code()).hasSize(12);
        assertThatThrownBy(() -> new Division("3208", "淮安市")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Division("320800", " ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void levelsHaveStableKeysAndChineseLabels() {
        assertThat(AgencyLevel.ofKey("state_council_department").label()).isEqualTo("国务院部门");
        assertThat(AgencyLevel.ofKey("township")).isEqualTo(AgencyLevel.TOWNSHIP);
        assertThatThrownBy(() -> AgencyLevel.ofKey("city")).isInstanceOf(IllegalArgumentException.class);
    }
}
