package io.github.xxgk.report.cli.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.xxgk.report.export.WideCsv;
import io.github.xxgk.report.series.Indicator;
import io.github.xxgk.report.series.Rate;
import io.github.xxgk.report.model.CellKey;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SummaryPartsTest {

    private static DiagnosticRow diagnostic(String code, String message) {
        return new DiagnosticRow("a.txt", "error", code, "requests", "new", "", message);
    }

    @Test
    void aViolationHasTheTwoSidesOfItsEquationAndHowFarApartTheyAre() {
        Violation sum = Violation.of(diagnostic("requests.row_total",
                "requests.row_total[new]: natural_person 1 + commercial 2.5 = 3.5, but total = 10"), "甲 2021");
        Violation carry = Violation.of(diagnostic("years.carry",
                "years.carry[total]: carried_over 7 in 2022 report, but carried_forward 4 in 2021 report"), "");
        Violation sign = Violation.of(diagnostic("nonnegative", "nonnegative[requests.new.total]: count -1 is below 0"),
                "");
        Violation unreadable = Violation.of(diagnostic("requests.balance", "no sides here, but none either"), "");

        assertThat(sum).isEqualTo(new Violation("a.txt", "甲 2021", "requests.row_total", "requests.new",
                "natural_person 1 + commercial 2.5 = 3.5", "total = 10", 6.5));
        assertThat(carry.difference()).isEqualTo(3);
        assertThat(sign.left()).isEqualTo("count -1 is below 0");
        assertThat(sign.right()).isEmpty();
        assertThat(sign.difference()).isNaN();
        assertThat(unreadable.difference()).isNaN();
    }

    @Test
    void theLargestAreKeptAndTiesGoToTheFirst() {
        TopN<String> top = new TopN<>(3);
        List.of("a1", "b5", "c3", "d5", "e2", "f5").forEach(item -> top.add(item, item.charAt(1) - '0'));

        assertThat(top.items()).containsExactly("b5", "d5", "f5");
        assertThat(new TopN<String>(2).items()).isEmpty();
    }

    @Test
    void theMedianOfOddEvenAndNoValues() {
        Values odd = new Values();
        List.of(5.0, 1.0, 3.0).forEach(odd::add);
        Values even = new Values();
        for (int i = 1; i <= 40; i++) {
            even.add(i);
        }

        assertThat(odd.median()).isEqualTo(3);
        assertThat(odd.sum()).isEqualTo(9);
        assertThat(even.median()).isEqualTo(20.5);
        assertThat(even.size()).isEqualTo(40);
        assertThat(new Values().median()).isNaN();
    }

    @ParameterizedTest
    @CsvSource({"reports/a.PDF, pdf", "a.gb18030.txt, txt", "reports/README, (none)", ".hidden, (none)",
        "x.verylongextension, (none)", "dir.d/name, (none)", "C:\\\\r\\\\a.docx, docx", "a.t-t, (none)"})
    void theFormatOfAFileIsItsExtension(String file, String format) {
        assertThat(ReportRow.extension(file)).isEqualTo(format);
    }

    @Test
    void countsAreListedMostFrequentFirstThenByValue() {
        Counts counts = new Counts();
        List.of("b", "a", "c", "c", "b").forEach(counts::add);

        assertThat(counts.byCount()).containsExactly("b", "c", "a");
        assertThat(counts.sorted()).containsExactly("a", "b", "c");
        assertThat(counts.total()).isEqualTo(5);
        assertThat(counts.get("z")).isZero();
        assertThat(counts.isEmpty()).isFalse();
    }

    @Test
    void anUnterminatedQuoteIsAnErrorNamingTheFileAndLine() {
        String csv = String.join(",", WideCsv.columns()) + "\n\"a.txt,parsed\n";

        assertThatThrownBy(() -> SummaryCsv.read(new StringReader(csv), "broken.csv", Optional.empty(), ""))
                .isInstanceOf(IOException.class).hasMessageStartingWith("broken.csv: line ");
    }

    @Test
    void aColumnOfUnknownNameIsIgnoredAndKnownOnesAreFoundAnywhere() {
        List<String> header = new java.util.ArrayList<>(List.of("extra", "format"));
        header.addAll(WideCsv.columns());
        WideColumns columns = WideColumns.of(header);

        assertThat(columns.leading("file")).isEqualTo(2);
        assertThat(columns.format()).contains(1);
        assertThat(columns.cells()).hasSize(CellKey.all().size());
        assertThat(columns.series()).hasSize(Indicator.values().length);
        assertThat(columns.rates()).hasSize(Rate.values().length);
        assertThat(WideColumns.of(WideCsv.chineseColumns()).leading("message")).isEqualTo(7);
        assertThat(WideColumns.chineseName("file")).isEqualTo("文件");
        assertThat(WideColumns.chineseName("series.x")).isEmpty();
        assertThat(WideColumns.chineseName("series.requests_new")).isEqualTo("可比指标-本年新收申请数");
    }
}
