package io.github.xxgk.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The temporary beside an output: named for it, renamed when complete, removed otherwise. */
class PartialOutputTest {

    @TempDir
    Path dir;

    private long count() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }

    @Test
    void theTemporaryIsAHiddenFileNamedAfterTheOutput() throws Exception {
        Path target = dir.resolve("out.csv");
        try (PartialOutput partial = PartialOutput.create(target)) {
            String name = partial.temporary().getFileName().toString();
            assertThat(name).matches("\\.out\\.csv\\.[0-9a-z]+\\.xxgk-partial");
            assertThat(partial.temporary().getParent()).isEqualTo(dir);
            assertThat(PartialOutput.isPartialName(partial.temporary())).isTrue();
        }
        assertThat(count()).isZero();
    }

    @Test
    void commitRenamesTheTemporaryOverTheOutput() throws Exception {
        Path target = Files.writeString(dir.resolve("out.csv"), "old", StandardCharsets.UTF_8);
        try (PartialOutput partial = PartialOutput.create(target)) {
            Files.writeString(partial.temporary(), "new", StandardCharsets.UTF_8);
            partial.commit();
        }
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("new");
        assertThat(count()).isOne();
    }

    @Test
    void leftoversOfTheSameOutputAreRemovedAndOthersKept() throws Exception {
        Path target = dir.resolve("out.csv");
        Files.writeString(dir.resolve(".out.csv.k3j2.xxgk-partial"), "x", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(".out.csv.9.xxgk-partial"), "x", StandardCharsets.UTF_8);
        Path other = Files.writeString(dir.resolve(".out.csv.k3j2.xxgk-partial.txt"), "x", StandardCharsets.UTF_8);
        Path backup = Files.writeString(dir.resolve(".out.csv.bak.k3j2.xxgk-partial"), "x", StandardCharsets.UTF_8);
        Path otherOutput = Files.writeString(dir.resolve(".other.csv.k3j2.xxgk-partial"), "x", StandardCharsets.UTF_8);

        assertThat(PartialOutput.removeLeftovers(target)).isEqualTo(2);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactlyInAnyOrder(other, backup, otherOutput);
        }
        assertThat(PartialOutput.removeLeftovers(dir.resolve("missing-folder/out.csv"))).isZero();
    }

    /** The live temporary of another run on the same output is locked, and left alone. */
    @Test
    void aLockedLeftoverIsKept() throws Exception {
        Path target = dir.resolve("out.csv");
        Path held = Files.writeString(dir.resolve(".out.csv.h0ld.xxgk-partial"), "x", StandardCharsets.UTF_8);
        try (FileChannel channel = FileChannel.open(held, StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
            assertThat(lock.isValid()).isTrue();
            assertThat(PartialOutput.removeLeftovers(target)).isZero();
            assertThat(held).exists();
        }
    }

    @Test
    void aTemporaryOfThisJvmIsNotTakenForALeftover() throws Exception {
        Path target = dir.resolve("out.csv");
        try (PartialOutput partial = PartialOutput.create(target); Writer writer = partial.writer()) {
            writer.write("half");
            assertThat(PartialOutput.removeLeftovers(target)).isZero();
            assertThat(partial.temporary()).exists();
            writer.write(" and the rest");
            writer.flush();
            partial.commit();
        }
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("half and the rest");
    }

    /** A leftover's name on what is no regular file, or on a file that cannot be opened, is left and never opened. */
    @Test
    void onlyRegularFilesThatCanBeOpenedAreRemoved() throws Exception {
        Path target = dir.resolve("out.csv");
        Path folder = Files.createDirectory(dir.resolve(".out.csv.d1r.xxgk-partial"));
        Path elsewhere = Files.writeString(dir.resolve("elsewhere.txt"), "x", StandardCharsets.UTF_8);
        Path link = Files.createSymbolicLink(dir.resolve(".out.csv.l1nk.xxgk-partial"), elsewhere);

        assertThat(PartialOutput.removeLeftovers(target)).isZero();
        assertThat(folder).isDirectory();
        assertThat(link).isSymbolicLink();
        assertThat(elsewhere).exists();
    }

    /** Devices, pipes and what lies under /dev and /proc are written in place; files and missing names are not. */
    @Test
    void whatIsWrittenInPlace() throws Exception {
        assertThat(PartialOutput.isInPlace(Path.of("/dev/null"))).isTrue();
        assertThat(PartialOutput.isInPlace(Path.of("/dev/stdout"))).isTrue();
        assertThat(PartialOutput.isInPlace(Path.of("/proc/self/fd/1"))).isTrue();
        assertThat(PartialOutput.isInPlace(Files.writeString(dir.resolve("file.csv"), "x", StandardCharsets.UTF_8)))
                .isFalse();
        assertThat(PartialOutput.isInPlace(dir.resolve("missing.csv"))).isFalse();
        assertThat(PartialOutput.isInPlace(dir)).isFalse();
    }
}
