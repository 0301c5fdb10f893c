package io.github.xxgk.report.internal.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.report.model.ValueKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a run's text is cut into pieces and how a cell can be read from a piece. */
class SplitTextTest {

    @Test
    void piecesAreCutAtAnySeparatorAndNormalised() {
        assertThat(SplitText.pieces(" １２\u00A0３|4；5、6\u3000７ "))
                .containsExactly("12", "3", "4", "5", "6", "7");
        assertThat(SplitText.pieces("–－N/A―")).containsExactly("—-/—");
        assertThat(SplitText.pieces("  ")).isEmpty();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource(delimiter = ';', value = {
        // every prefix that is a number: no leading zero, so "0..." reads only as 0
        "8010; COUNT; 1=8 2=80 3=801 4=8010",
        "0123; COUNT; 1=0",
        // thousands grouped by commas, or plain digits up to the comma
        "1,234,5670; COUNT; 1=1 5=1234 9=1234567",
        // a sign only where the cell is signed; a dash is otherwise a placeholder
        "-12; SIGNED_COUNT; 1=- 2=-1 3=-12",
        "-12; COUNT; 1=-",
        "+3; SIGNED_COUNT; 2=3",
        // dashes: one cell or several
        "——5; COUNT; 1=- 2=-",
        // amounts: decimals, and a unit that is dropped
        "12.5元; AMOUNT; 1=1 2=12 4=12.5 5=12.5",
        "0.50万元; AMOUNT; 1=0 3=0.5 4=0.50 6=0.50",
        "元; AMOUNT; "})
    void readingsFromTheStartOfAPiece(String piece, ValueKind kind, String expected) {
        List<String> readings = SplitText.readings(piece, 0, kind).stream()
                .map(reading -> reading.end() + "=" + (reading.placeholder() ? "-" : reading.value().toPlainString()))
                .toList();

        assertThat(String.join(" ", readings)).isEqualTo(expected == null ? "" : expected);
    }

    @Test
    void wholePartHasAtMostFifteenDigits() {
        assertThat(SplitText.readings("1".repeat(20), 0, ValueKind.COUNT)).hasSize(SplitText.MAX_DIGITS);
    }
}
