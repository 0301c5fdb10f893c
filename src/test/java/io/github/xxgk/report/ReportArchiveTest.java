package io.github.xxgk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.xxgk.report.ReportReadException.Reason;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.Diagnostic;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A ZIP archive of reports, built from testdata files: each file reads as the file unpacked does, in path order,
 * whatever the names' encoding, an archive inside it to the depth the options allow, a Word document as a report.
 */
class ReportArchiveTest {

    private static final ReportParser PARSER = ReportParser.create();
    private static final Map<String, ArchiveEntry> CRAWL = new LinkedHashMap<>();

    @TempDir
    Path dir;

    private Path crawl() throws Exception {
        return Files.write(dir.resolve("crawl.zip"), Zips.crawl());
    }

    @Test
    void theFilesAreListedInPathOrderWithoutFoldersOrHiddenCopiesAndTheirNamesDecoded() throws Exception {
        try (ReportArchive archive = PARSER.openArchive(crawl())) {
            assertThat(archive.name()).isEqualTo("crawl.zip");
            assertThat(archive.entries()).containsExactly("2021/wuzhong-civil-affairs-2021.txt",
                    "2024/hongze-district-2024.docx", "2024/hongze-district-2024.pdf", Zips.INNER,
                    "pingtan-2021.html", Zips.GBK_NAME);
            assertThat(archive.parseAll()).extracting(ArchiveEntry::path).containsExactly(
                    "2021/wuzhong-civil-affairs-2021.txt", "2024/hongze-district-2024.docx",
                    "2024/hongze-district-2024.pdf", Zips.INNER + "!/pingtan-2019.html",
                    Zips.INNER + "!/" + Zips.UTF8_NAME, "pingtan-2021.html", Zips.GBK_NAME);
        }
    }

    static Stream<Arguments> unpacked() {
        List<Arguments> files = new ArrayList<>();
        Zips.crawlFiles().forEach((path, file) -> files.add(Arguments.of(path, file)));
        Zips.innerFiles().forEach((path, file) -> files.add(Arguments.of(Zips.INNER + "!/" + path, file)));
        return files.stream();
    }

    @BeforeAll
    static void readTheCrawlArchive() throws Exception {
        try (ReportArchive archive = PARSER.openArchive(Zips.crawl(), "crawl.zip")) {
            archive.parseAll().forEach(entry -> CRAWL.put(entry.path(), entry));
        }
    }

    @Test
    void theCrawlArchiveStoresItsNamesInGbkWithoutTheUtf8Flag() {
        String bytes = new String(Zips.crawl(), StandardCharsets.ISO_8859_1);
        assertThat(bytes).contains(new String(Zips.GBK_NAME.getBytes(Charset.forName("GBK")),
                StandardCharsets.ISO_8859_1)).doesNotContain(new String(Zips.GBK_NAME.getBytes(StandardCharsets.UTF_8),
                StandardCharsets.ISO_8859_1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unpacked")
    void eachFileReadsAsTheFileUnpacked(String path, Path file) throws Exception {
        AnnualReport alone = PARSER.parse(file);
        AnnualReport inArchive = CRAWL.get(path).report().orElseThrow();
        assertThat(inArchive.metadata().sourceName()).isEqualTo("crawl.zip!/" + path);
        assertThat(inArchive.values()).isEqualTo(alone.values()).isNotEmpty();
        assertThat(inArchive.metadata().agency()).isEqualTo(alone.metadata().agency());
        assertThat(inArchive.metadata().year()).isEqualTo(alone.metadata().year());
        assertThat(inArchive.metadata().sourceFormat()).isEqualTo(alone.metadata().sourceFormat());
        assertThat(inArchive.diagnostics()).extracting(Diagnostic::code)
                .isEqualTo(alone.diagnostics().stream().map(Diagnostic::code).toList());
    }

    @Test
    void anArchiveDeeperThanTheBoundIsAFailedEntryNamingItsPath() throws Exception {
        byte[] deepest = Zips.zip(Map.of("report.txt", Zips.read(TestData.SEED)));
        byte[] middle = Zips.zip(entries("deepest.zip", deepest, "report.txt", Zips.read(TestData.SEED)));
        Path outer = Files.write(dir.resolve("outer.zip"), Zips.zip(Map.of("middle.zip", middle)));

        try (ReportArchive archive = PARSER.openArchive(outer)) {
            List<ArchiveEntry> entries = archive.parseAll();
            assertThat(entries).extracting(ArchiveEntry::path)
                    .containsExactly("middle.zip!/deepest.zip", "middle.zip!/report.txt");
            ReportReadException deep = entries.get(0).failure().orElseThrow();
            assertThat(deep.reason()).isEqualTo(Reason.LIMIT_EXCEEDED);
            assertThat(deep.source()).isEqualTo("outer.zip!/middle.zip!/deepest.zip");
            assertThat(deep.getMessage()).contains("an archive at depth 3, deeper than 2 (maxArchiveDepth)");
            assertThat(entries.get(1).report()).isPresent();
        }
        ReportParser three = ReportParser.create(ParserOptions.builder().maxArchiveDepth(3).build());
        try (ReportArchive archive = three.openArchive(outer)) {
            assertThat(archive.parseAll()).extracting(ArchiveEntry::path)
                    .containsExactly("middle.zip!/deepest.zip!/report.txt", "middle.zip!/report.txt");
        }
        ReportParser one = ReportParser.create(ParserOptions.builder().maxArchiveDepth(1).build());
        try (ReportArchive archive = one.openArchive(outer)) {
            assertThat(archive.parseAll()).singleElement().satisfies(entry -> {
                assertThat(entry.path()).isEqualTo("middle.zip");
                assertThat(entry.failure().orElseThrow().getMessage()).contains("(maxArchiveDepth)");
            });
        }
    }

    @Test
    void aWordDocumentIsAReportNotAnArchive() throws Exception {
        Path docx = TestData.ROOT.resolve("renderings/hongze-district-2024.docx");
        ReportReadException e = catchThrowableOfType(ReportReadException.class, () -> PARSER.openArchive(docx));
        assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_FORMAT);
        assertThat(e.detectedType()).hasValue(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(e.getMessage()).contains("a Word document, not an archive of files");
    }

    @Test
    void parsingAnArchiveAsOneReportSaysItIsAnArchive() throws Exception {
        ReportReadException e = catchThrowableOfType(ReportReadException.class, () -> PARSER.parse(crawl()));
        assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_FORMAT);
        assertThat(e.detectedType()).hasValue("application/zip");
        assertThat(e.getMessage()).contains("ReportParser.openArchive");
    }

    @Test
    void theArchiveOfATextAndACsvHoldsATitleWithoutTablesAndNoReport() throws Exception {
        try (ReportArchive archive = PARSER.openArchive(TestData.ROOT.resolve("hostile/not-a-docx.zip"))) {
            List<ArchiveEntry> entries = archive.parseAll();
            assertThat(entries).extracting(ArchiveEntry::path).containsExactly("data/requests.csv", "report.txt");
            assertThat(entries.get(0).report().orElseThrow().isReport()).isFalse();
            assertThat(entries.get(1).report().orElseThrow().values()).isEmpty();
        }
    }

    @Test
    void aDamagedArchiveFailsAsAWholeAndADamagedArchiveInsideItAsOneEntry() throws Exception {
        byte[] crawl = Zips.crawl();
        byte[] truncated = Arrays.copyOf(crawl, crawl.length - 30);
        ReportReadException e = catchThrowableOfType(ReportReadException.class,
                () -> PARSER.openArchive(truncated, "cut.zip"));
        assertThat(e.reason()).isEqualTo(Reason.CORRUPT);
        assertThat(e.source()).isEqualTo("cut.zip");

        byte[] outer = Zips.zip(entries("cut.zip", truncated, "report.txt", Zips.read(TestData.SEED)));
        try (ReportArchive archive = PARSER.openArchive(outer, "outer.zip")) {
            List<ArchiveEntry> entries = archive.parseAll();
            assertThat(entries).extracting(ArchiveEntry::path).containsExactly("cut.zip", "report.txt");
            assertThat(entries.get(0).failure().orElseThrow().reason()).isEqualTo(Reason.CORRUPT);
            assertThat(entries.get(0).failure().orElseThrow().source()).isEqualTo("outer.zip!/cut.zip");
        }
    }

    @Test
    void anEntryThatIsNoReportFailsAloneAsTheFileWould() throws Exception {
        byte[] zip = Zips.zip(entries("image.bin", new byte[64], "report.txt", Zips.read(TestData.SEED)));
        try (ReportArchive archive = PARSER.openArchive(zip, "mixed.zip")) {
            List<ArchiveEntry> entries = archive.parseAll();
            assertThat(entries.get(0).failure().orElseThrow().reason()).isEqualTo(Reason.UNSUPPORTED_FORMAT);
            assertThat(entries.get(1).report()).isPresent();
        }
    }

    @Test
    void anArchiveOfNoFilesIsEmptyAndOtherFormatsAreNoArchives() throws Exception {
        byte[] folders = Zips.zip(entries("a/", new byte[0], "__MACOSX/._a", new byte[4]));
        assertThat(catchThrowableOfType(ReportReadException.class, () -> PARSER.openArchive(folders, "f.zip"))
                .reason()).isEqualTo(Reason.EMPTY);
        assertThat(catchThrowableOfType(ReportReadException.class,
                () -> PARSER.openArchive(TestData.SEED)).reason()).isEqualTo(Reason.UNSUPPORTED_FORMAT);
        assertThat(catchThrowableOfType(ReportReadException.class,
                () -> PARSER.openArchive(dir)).reason()).isEqualTo(Reason.IO_ERROR);
        assertThat(catchThrowableOfType(ReportReadException.class,
                () -> PARSER.openArchive(dir.resolve("none.zip"))).getMessage()).endsWith("no such file");
    }

    @Test
    void aClosedArchiveGivesIoErrorsAndAnUnknownPathIsRefused() throws Exception {
        ReportArchive archive = PARSER.openArchive(crawl());
        assertThatThrownBy(() -> archive.parse("no/such.txt")).isInstanceOf(IllegalArgumentException.class);
        archive.close();
        assertThat(archive.parse("pingtan-2021.html")).singleElement()
                .satisfies(entry -> assertThat(entry.failure().orElseThrow().reason()).isEqualTo(Reason.IO_ERROR));
    }

    @Test
    void anEntryHasAReportOrAFailureNeverBothOrNeither() {
        assertThatThrownBy(() -> new ArchiveEntry("x", java.util.Optional.empty(), java.util.Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void filesAreReadFromSeveralThreadsAtOnceAsFromOne() throws Exception {
        try (ReportArchive archive = PARSER.openArchive(crawl())) {
            Map<String, String> alone = new LinkedHashMap<>();
            for (String entry : archive.entries()) {
                alone.put(entry, values(archive.parse(entry)));
            }
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<String>> futures = new ArrayList<>();
                List<String> order = new ArrayList<>();
                for (int round = 0; round < 2; round++) {
                    for (String entry : archive.entries()) {
                        order.add(entry);
                        futures.add(pool.submit(() -> values(archive.parse(entry))));
                    }
                }
                for (int i = 0; i < futures.size(); i++) {
                    assertThat(futures.get(i).get()).as(order.get(i)).isEqualTo(alone.get(order.get(i)));
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void namesNotFlaggedAsUtf8AreReadAsUtf8WhenTheyAreValidUtf8() throws Exception {
        // Info-ZIP on Linux and macOS's Finder write UTF-8 names without the flag; Java writes the flag, so the
        // names are stored here through a charset that leaves the flag off but writes the same bytes.
        byte[] zip = Zips.zip(Map.of(Zips.UTF8_NAME, Zips.read(TestData.SEED)), new Utf8WithoutFlag());
        try (ReportArchive archive = PARSER.openArchive(zip, "linux.zip")) {
            assertThat(archive.entries()).containsExactly(Zips.UTF8_NAME);
        }
    }

    private static String values(List<ArchiveEntry> entries) {
        return entries.stream().map(entry -> entry.path() + "=" + entry.report().map(AnnualReport::values)
                .map(String::valueOf).orElseGet(() -> entry.failure().orElseThrow().getMessage())).toList().toString();
    }

    private static Map<String, byte[]> entries(String first, byte[] firstBytes, String second, byte[] secondBytes) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(first, firstBytes);
        entries.put(second, secondBytes);
        return entries;
    }

    /** UTF-8 under another name: {@link java.util.zip.ZipOutputStream} flags only names in UTF-8 itself. */
    private static final class Utf8WithoutFlag extends java.nio.charset.Charset {
        Utf8WithoutFlag() {
            super("x-utf-8-without-flag", null);
        }

        @Override
        public boolean contains(java.nio.charset.Charset cs) {
            return StandardCharsets.UTF_8.contains(cs);
        }

        @Override
        public java.nio.charset.CharsetDecoder newDecoder() {
            return StandardCharsets.UTF_8.newDecoder();
        }

        @Override
        public java.nio.charset.CharsetEncoder newEncoder() {
            return StandardCharsets.UTF_8.newEncoder();
        }
    }
}
