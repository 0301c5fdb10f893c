package io.github.xxgk.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import io.github.xxgk.report.TestData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code convert --diagnostics} checks {@code years.carry} between the reports of one agency for consecutive years:
 * 平潭综合实验区's 2021 report (a web page) carries 1 request forward, its 2022 report (a flattened copy) carries 1
 * over.
 */
class CarryAcrossYearsTest {

    private static final String CARRIED_OVER_2022 = "二、上年结转政府信息公开申请数量 1000001";

    @TempDir
    Path dir;

    private List<String[]> carryRows(Path report2021, Path report2022) throws Exception {
        Path diagnostics = dir.resolve("diagnostics.csv");
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        PrintStream quiet = new PrintStream(sink, true, StandardCharsets.UTF_8);
        int exit = Main.run(new String[] {"convert", report2021.toString(), report2022.toString(),
            "-o", dir.resolve("out.csv").toString(), "--diagnostics", diagnostics.toString(), "--quiet"}, quiet, quiet);
        assertThat(exit).isEqualTo(Main.OK);
        try (CSVReader csv = new CSVReader(new StringReader(Files.readString(diagnostics, StandardCharsets.UTF_8)))) {
            return csv.readAll().stream().filter(row -> row[2].equals("years.carry")).toList();
        }
    }

    @Test
    void consecutiveReportsThatAgreeGiveNoWarning() throws Exception {
        assertThat(carryRows(TestData.REPORTS.resolve("pingtan-2021.html"),
                TestData.REPORTS.resolve("pingtan-2022-runtogether.txt"))).isEmpty();
    }

    @Test
    void aCarryOverMismatchGivesOneWarningPerColumnThatDiffers() throws Exception {
        String text = TestData.read(TestData.REPORTS.resolve("pingtan-2022-runtogether.txt"));
        assertThat(text).contains(CARRIED_OVER_2022);
        Path changed = Files.writeString(dir.resolve("pingtan-2022.txt"),
                text.replace(CARRIED_OVER_2022, "二、上年结转政府信息公开申请数量 3000003"), StandardCharsets.UTF_8);

        List<String[]> rows = carryRows(TestData.REPORTS.resolve("pingtan-2021.html"), changed);

        assertThat(rows).extracting(row -> String.join(",", row)).containsExactly(
                changed + ",warning,years.carry,requests,,natural_person,,"
                        + "years.carry[natural_person]: carried_over 3 in 2022 report, but carried_forward 1 in 2021 report",
                changed + ",warning,years.carry,requests,,total,,"
                        + "years.carry[total]: carried_over 3 in 2022 report, but carried_forward 1 in 2021 report");
    }
}
