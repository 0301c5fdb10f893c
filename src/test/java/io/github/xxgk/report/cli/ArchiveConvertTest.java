package io.github.xxgk.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import io.github.xxgk.report.TestData;
import io.github.xxgk.report.Zips;
import io.github.xxgk.report.export.WideCsv;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code convert} and {@code check} on ZIP archives of reports: a row per file of an archive, named
 * {@code archive.zip!/path}, with the cells the file unpacked gives, in path order, whatever the thread count; a
 * bomb, a damaged archive, a Word document named {@code .zip} each in their place.
 */
class ArchiveConvertTest {

    @TempDir
    static Path dir;

    private static Path crawl;
    private static Path unpacked;
    private static Path bomb;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void writeTheArchiveAndItsFilesUnpacked() throws Exception {
        crawl = Files.write(dir.resolve("crawl.zip"), Zips.crawl());
        unpacked = dir.resolve("unpacked");
        for (Map.Entry<String, Path> file : Zips.crawlFiles().entrySet()) {
            copy(file.getValue(), unpacked.resolve(file.getKey()));
        }
        for (Map.Entry<String, Path> file : Zips.innerFiles().entrySet()) {
            copy(file.getValue(), unpacked.resolve(Zips.INNER).resolve(file.getKey()));
        }
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("report.txt", Zips.read(TestData.SEED));
        entries.put("bomb.txt", Zips.zeros(4 << 20));
        bomb = Files.write(dir.resolve("bomb.zip"), Zips.zip(entries));
    }

    private static void copy(Path from, Path to) throws Exception {
        Files.createDirectories(to.getParent());
        Files.copy(from, to);
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String convert(String... paths) {
        String[] args = new String[paths.length + 3];
        args[0] = "convert";
        System.arraycopy(paths, 0, args, 1, paths.length);
        args[paths.length + 1] = "--threads";
        args[paths.length + 2] = "2";
        run(args);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<String[]> rows(String csv) throws Exception {
        try (CSVReader reader = new CSVReader(new StringReader(csv))) {
            List<String[]> rows = reader.readAll();
            return rows.subList(1, rows.size());
        }
    }

    private static String cell(String[] row, String column) {
        return row[WideCsv.columns().indexOf(column)];
    }

    @Test
    void theRowsOfAnArchiveAreTheRowsOfItsFilesUnpacked() throws Exception {
        Path archiveCsv = dir.resolve("archive.csv");
        Path archiveDiagnostics = dir.resolve("archive-diagnostics.csv");
        Path folderCsv = dir.resolve("folder.csv");
        Path folderDiagnostics = dir.resolve("folder-diagnostics.csv");

        assertThat(run("convert", crawl.toString(), "-o", archiveCsv.toString(), "--diagnostics",
                archiveDiagnostics.toString(), "--force")).isEqualTo(Main.OK);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("files 7, parsed 7,");
        assertThat(run("convert", unpacked.toString(), "-o", folderCsv.toString(), "--diagnostics",
                folderDiagnostics.toString(), "--force")).isEqualTo(Main.OK);

        String archive = Files.readString(archiveCsv, StandardCharsets.UTF_8);
        assertThat(rows(archive)).extracting(row -> row[0]).containsExactly(
                crawl + "!/2021/wuzhong-civil-affairs-2021.txt", crawl + "!/2024/hongze-district-2024.docx",
                crawl + "!/2024/hongze-district-2024.pdf", crawl + "!/" + Zips.INNER + "!/pingtan-2019.html",
                crawl + "!/" + Zips.INNER + "!/" + Zips.UTF8_NAME, crawl + "!/pingtan-2021.html",
                crawl + "!/" + Zips.GBK_NAME);
        assertThat(unpack(archive)).isEqualTo(Files.readString(folderCsv, StandardCharsets.UTF_8));
        assertThat(unpack(Files.readString(archiveDiagnostics, StandardCharsets.UTF_8)))
                .isEqualTo(Files.readString(folderDiagnostics, StandardCharsets.UTF_8));
    }

    /** The archive's rows with the names the same files have unpacked into the folder {@code unpacked}. */
    private static String unpack(String csv) {
        return csv.replace(crawl + "!/" + Zips.INNER + "!/", unpacked + "/" + Zips.INNER + "/")
                .replace(crawl + "!/", unpacked + "/");
    }

    @Test
    void theOutputIsTheSameWhateverTheThreadCount() {
        Path notADocx = TestData.ROOT.resolve("hostile/not-a-docx.zip");
        run("convert", crawl.toString(), bomb.toString(), notADocx.toString(), TestData.REPORTS.toString(),
                "--threads", "1");
        String one = out.toString(StandardCharsets.UTF_8);
        run("convert", crawl.toString(), bomb.toString(), notADocx.toString(), TestData.REPORTS.toString(),
                "--threads", "4");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(one).contains("crawl.zip!/pingtan-2021.html");
    }

    @Test
    void anArchiveUnderAnotherNameIsFoundByItsContentAndGivesTheSameRows() throws Exception {
        Path renamed = Files.copy(crawl, dir.resolve("crawl.bin"));
        String asZip = convert(crawl.toString());
        assertThat(convert(renamed.toString())).isEqualTo(asZip.replace(crawl.toString(), renamed.toString()));
    }

    @Test
    void aBombIsAFailedRowNamingTheArchiveTheFileAndTheBoundAndTheRunGoesOn() throws Exception {
        int exit = run("convert", bomb.toString(), TestData.SEED.toString());

        assertThat(exit).isEqualTo(Main.SOME_FAILED);
        List<String[]> rows = rows(out.toString(StandardCharsets.UTF_8));
        assertThat(rows).extracting(row -> row[0]).containsExactly(bomb + "!/bomb.txt", bomb + "!/report.txt",
                TestData.SEED.toString());
        assertThat(cell(rows.get(0), "status")).isEqualTo("failed");
        assertThat(cell(rows.get(0), "message")).startsWith("limit_exceeded: inflates to 4194304 bytes")
                .endsWith("(maxInflateRatio)");
        assertThat(cell(rows.get(1), "status")).isEqualTo("parsed");
        assertThat(cell(rows.get(1), "requests.new.total")).isEqualTo("1");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(bomb + "!/bomb.txt: failed: limit_exceeded: ")
                .contains("files 3, parsed 2, not a report 0, with errors 0, failed 1");
    }

    @Test
    void aWordDocumentNamedZipIsOneReport() throws Exception {
        Path word = Files.copy(TestData.ROOT.resolve("renderings/hongze-district-2024.docx"), dir.resolve("word.zip"));
        List<String[]> rows = rows(convert(word.toString()));
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row[0]).isEqualTo(word.toString());
            assertThat(cell(row, "status")).isEqualTo("parsed");
            assertThat(cell(row, "agency")).isEqualTo("淮安市洪泽区人民政府");
        });
    }

    @Test
    void theArchiveOfATextAndACsvGivesARowForEach() throws Exception {
        Path notADocx = TestData.ROOT.resolve("hostile/not-a-docx.zip");
        assertThat(run("convert", notADocx.toString())).isEqualTo(Main.OK);
        List<String[]> rows = rows(out.toString(StandardCharsets.UTF_8));
        assertThat(rows).extracting(row -> row[0] + " " + cell(row, "status")).containsExactly(
                notADocx + "!/data/requests.csv not_a_report", notADocx + "!/report.txt parsed");
    }

    @Test
    void anArchiveThatCannotBeOpenedIsOneFailedRow() throws Exception {
        byte[] zip = Zips.crawl();
        Path cut = Files.write(dir.resolve("cut.zip"), Arrays.copyOf(zip, zip.length - 30));
        assertThat(run("convert", cut.toString(), crawl.toString(), "--max-archive-entries", "3"))
                .isEqualTo(Main.SOME_FAILED);
        List<String[]> rows = rows(out.toString(StandardCharsets.UTF_8));
        assertThat(rows).extracting(row -> row[0]).containsExactly(crawl.toString(), cut.toString());
        assertThat(cell(rows.get(0), "message")).isEqualTo("limit_exceeded: the archive has more than 3 entries "
                + "(maxArchiveEntries) (detected type application/zip)");
        assertThat(cell(rows.get(1), "message")).startsWith("corrupt: ");
    }

    @Test
    void checkNamesEachFileOfAnArchive() {
        assertThat(run("check", bomb.toString())).isEqualTo(Main.USAGE_OR_OUTPUT_ERROR);
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains(bomb + "!/bomb.txt: error read.limit_exceeded inflates to 4194304 bytes")
                .contains("files 2, with errors 0, with warnings 0, not a report 0, unreadable 1");
    }
}
