package io.github.xxgk.report.internal.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.report.model.Diagnostic;
import io.github.xxgk.report.model.DiagnosticCode;
import io.github.xxgk.report.model.LegacyRow;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Random legacy tables (a row of 本年度 and 历年累计 with two items under 其中, as the Pingtan reports print them),
 * run together, with or without the year's value stated in the prose: every value read is the true one, and every
 * row left without values is reported.
 */
class LegacySplitsPropertiesTest {

    /** The true values of the three rows and whether the prose states the first row's year value. */
    record Printed(long year, long total, long item1Year, long item1Total, boolean stated) {

        String table() {
            return "指标名称计量单位2016年度历年累计主动公开文件数条" + year + total + "其中：1、政府网站公开数条" + item1Year
                    + item1Total + "2、政府公报公开数条" + (year - item1Year) + (total - item1Total);
        }

        Map<String, List<BigDecimal>> truth() {
            return Map.of("主动公开文件数", values(year, total), "其中：1、政府网站公开数", values(item1Year, item1Total),
                    "2、政府公报公开数", values(year - item1Year, total - item1Total));
        }

        private static List<BigDecimal> values(long a, long b) {
            return List.of(BigDecimal.valueOf(a), BigDecimal.valueOf(b));
        }
    }

    @Provide
    Arbitrary<Printed> tables() {
        Arbitrary<Long> years = Arbitraries.longs().between(0, 50_000);
        Arbitrary<Long> extra = Arbitraries.longs().between(0, 200_000);
        return Combinators.combine(years, extra, Arbitraries.doubles().between(0, 1),
                Arbitraries.doubles().between(0, 1), Arbitraries.of(true, false))
                .as((year, more, share, shareMore, stated) -> {
                    long item1Year = Math.round(year * share);
                    long item1Total = item1Year + Math.round(more * shareMore);
                    return new Printed(year, year + more, item1Year, item1Total, stated);
                });
    }

    @Property(tries = 400)
    void everyValueReadIsTrueAndEveryRowLeftOutIsReported(@ForAll("tables") Printed printed) {
        List<String> prose = printed.stated()
                ? List.of("2016年全区主动公开政府信息" + printed.year() + "条。其中，乡镇主动公开政府信息12条。")
                : List.of("2016年全区政府信息公开工作有序开展。");

        LegacyTables.Result result = LegacySplits.resolve(LegacyFlatTableTest.read(printed.table()),
                LegacyProse.of(prose), OptionalInt.of(2016));

        Map<String, List<BigDecimal>> read = result.rows().stream().collect(Collectors.groupingBy(
                LegacyRow::indicator, Collectors.mapping(LegacyRow::value, Collectors.toList())));
        read.forEach((indicator, values) -> assertThat(values).as(indicator).usingElementComparator(
                BigDecimal::compareTo).containsExactlyElementsOf(printed.truth().get(indicator)));
        Set<String> reported = result.diagnostics().stream()
                .filter(d -> d.code() == DiagnosticCode.CELL_AMBIGUOUS_SPLIT
                        || d.code() == DiagnosticCode.ROW_CELL_COUNT)
                .map(Diagnostic::location).map(l -> l.row().orElseThrow()).collect(Collectors.toSet());
        assertThat(reported).noneMatch(read::containsKey);
        assertThat(read.keySet().size() + reported.size()).isEqualTo(3);
        Statistics.label("first row read").collect(read.containsKey("主动公开文件数"), printed.stated());
    }
}
