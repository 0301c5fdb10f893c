package io.github.xxgk.report.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/** {@code CellKey.of(row, column)} finds the one instance {@code parse} gives for every key, and no other. */
class CellKeyLookupTest {

    @Test
    void ofGivesTheKeyParseGives() {
        for (CellKey key : CellKey.all()) {
            CellKey found = switch (key.table()) {
                case PROACTIVE -> CellKey.of((ProactiveRow) key.row(), (ProactiveColumn) key.column());
                case REQUESTS -> CellKey.of((RequestRow) key.row(), (Applicant) key.column());
                case APPEALS -> CellKey.of((AppealRow) key.row(), (AppealOutcome) key.column());
            };
            assertThat(found).isSameAs(key).isSameAs(CellKey.parse(key.key()));
        }
    }

    @Test
    void aCellNoTemplateHasIsRefused() {
        // 行政许可 has only the decisions column, in both templates.
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CellKey.of(ProactiveRow.LICENSING, ProactiveColumn.ISSUED))
                .withMessage("Unknown cell key: proactive.licensing.issued");
    }
}
