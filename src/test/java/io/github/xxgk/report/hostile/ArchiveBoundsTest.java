package io.github.xxgk.report.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.xxgk.report.ArchiveEntry;
import io.github.xxgk.report.ParserOptions;
import io.github.xxgk.report.ReportArchive;
import io.github.xxgk.report.ReportParser;
import io.github.xxgk.report.ReportReadException.Reason;
import io.github.xxgk.report.ReportReadException;
import io.github.xxgk.report.TestData;
import io.github.xxgk.report.Zips;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bounds of a ZIP archive of reports: its entries, counted before anything is read; each file's size and
 * ratio, and the files' total, checked from what the archive declares before a file is inflated. A file beyond one
 * fails alone, naming the archive, the file and the bound; the archive's other files are read.
 */
class ArchiveBoundsTest {

    private static final byte[] SEED = Zips.read(TestData.SEED);

    private static ReportParser parser(ParserOptions.Builder options) {
        return ReportParser.create(options.build());
    }

    private static List<ArchiveEntry> read(ReportParser parser, byte[] zip) throws ReportReadException {
        try (ReportArchive archive = parser.openArchive(zip, "a.zip")) {
            return archive.parseAll();
        }
    }

    private static void limit(ReportReadException e, String source, String option) {
        assertThat(e).as("a failure").isNotNull();
        assertThat(e.reason()).as(e.getMessage()).isEqualTo(Reason.LIMIT_EXCEEDED);
        assertThat(e.source()).isEqualTo(source);
        assertThat(e.getMessage()).contains("(" + option + ")");
    }

    private static Map<String, byte[]> seeds(String... names) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (String name : names) {
            entries.put(name, SEED);
        }
        return entries;
    }

    @Test
    void maxArchiveEntriesCountsEveryEntryFoldersIncludedBeforeAnyIsRead() throws Exception {
        Map<String, byte[]> entries = seeds("a.txt", "b.txt", "c.txt");
        entries.put("folder/", new byte[0]);
        byte[] zip = Zips.zip(entries);
        assertThat(read(parser(ParserOptions.builder().maxArchiveEntries(4)), zip)).hasSize(3);
        limit(catchThrowableOfType(ReportReadException.class,
                () -> read(parser(ParserOptions.builder().maxArchiveEntries(3)), zip)), "a.zip", "maxArchiveEntries");
    }

    /** The count the end record declares is not trusted: commons-compress reads every record that follows. */
    @Test
    void theEntriesAreCountedWhateverTheEndRecordDeclares() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 200; i++) {
            entries.put("f" + i + ".txt", new byte[] {'x'});
        }
        byte[] lying = Zips.withDeclaredCount(Zips.zip(entries), 1);
        limit(catchThrowableOfType(ReportReadException.class,
                () -> parser(ParserOptions.builder().maxArchiveEntries(100)).openArchive(lying, "a.zip")), "a.zip",
                "maxArchiveEntries");
        try (ReportArchive archive = parser(ParserOptions.builder().maxArchiveEntries(200)).openArchive(lying,
                "a.zip")) {
            assertThat(archive.entries()).hasSize(200);
        }
    }

    @Test
    void aBombFailsAloneBeforeItIsInflatedAndTheOtherFilesAreRead() throws Exception {
        Map<String, byte[]> entries = seeds("report.txt");
        entries.put("bomb.txt", Zips.zeros(4 << 20));
        byte[] zip = Zips.zip(entries);

        List<ArchiveEntry> read = read(ReportParser.create(), zip);
        assertThat(read).extracting(ArchiveEntry::path).containsExactly("bomb.txt", "report.txt");
        limit(read.get(0).failure().orElseThrow(), "a.zip!/bomb.txt", "maxInflateRatio");
        assertThat(read.get(1).report().orElseThrow().values()).isNotEmpty();

        // Allowed the ratio, the file is still a source of its own, bounded by maxInputBytes.
        List<ArchiveEntry> lifted = read(parser(ParserOptions.builder().maxInflateRatio(100_000)
                .maxInputBytes(1 << 20)), zip);
        limit(lifted.get(0).failure().orElseThrow(), "a.zip!/bomb.txt", "maxInputBytes");
    }

    @Test
    void aBombInAnArchiveInsideTheArchiveNamesBothArchives() throws Exception {
        Map<String, byte[]> inner = seeds("report.txt");
        inner.put("bomb.txt", Zips.zeros(4 << 20));
        List<ArchiveEntry> read = read(ReportParser.create(), Zips.zip(Map.of("inner.zip", Zips.zip(inner))));
        assertThat(read).extracting(ArchiveEntry::path).containsExactly("inner.zip!/bomb.txt", "inner.zip!/report.txt");
        limit(read.get(0).failure().orElseThrow(), "a.zip!/inner.zip!/bomb.txt", "maxInflateRatio");
    }

    /** The first file that takes the total past the bound fails, and so does every file after it in path order. */
    @Test
    void maxArchiveInflatedBytesBoundsTheFilesTogetherInPathOrder() throws Exception {
        Map<String, byte[]> entries = seeds("c.txt", "a.txt", "b.txt");
        entries.put("d.txt", new byte[] {'x'});
        byte[] zip = Zips.zip(entries);

        List<ArchiveEntry> read = read(parser(ParserOptions.builder().maxArchiveInflatedBytes(2L * SEED.length + 1)),
                zip);
        assertThat(read).extracting(ArchiveEntry::path).containsExactly("a.txt", "b.txt", "c.txt", "d.txt");
        assertThat(read.get(0).report()).isPresent();
        assertThat(read.get(1).report()).isPresent();
        limit(read.get(2).failure().orElseThrow(), "a.zip!/c.txt", "maxArchiveInflatedBytes");
        limit(read.get(3).failure().orElseThrow(), "a.zip!/d.txt", "maxArchiveInflatedBytes");
        assertThat(read(parser(ParserOptions.builder().maxArchiveInflatedBytes(3L * SEED.length + 1)), zip))
                .allSatisfy(entry -> assertThat(entry.report()).isPresent());
    }

    /** A file is inflated to its declared size at most: one that holds more, or less, is corrupt. */
    @Test
    void aFileThatLiesAboutItsSizeIsCorrupt() throws Exception {
        byte[] zip = Zips.zip(seeds("report.txt"));
        ReportReadException more = read(ReportParser.create(), Zips.withDeclaredSize(zip, "report.txt",
                SEED.length - 100)).get(0).failure().orElseThrow();
        assertThat(more.reason()).isEqualTo(Reason.CORRUPT);
        assertThat(more.getMessage()).contains("inflates to more than the " + (SEED.length - 100) + " bytes");
        ReportReadException less = read(ReportParser.create(), Zips.withDeclaredSize(zip, "report.txt",
                SEED.length + 100)).get(0).failure().orElseThrow();
        assertThat(less.reason()).isEqualTo(Reason.CORRUPT);
    }
}
