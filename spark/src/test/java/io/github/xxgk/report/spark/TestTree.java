package io.github.xxgk.report.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * A generated tree of reports as an archive holds them: copies of testdata's reports, pages, renderings and ZIP
 * archives in every format under folders and names in Chinese and with spaces, and among them files that cannot be
 * read (empty, random bytes, Word, PDF and ZIP files cut short, text cut off in a table). The same count always gives the same tree.
 */
final class TestTree {

    /** The names of the broken files, by what is wrong with them. */
    static final String EMPTY = "空文件.txt";
    static final String RANDOM = "random bytes.bin";
    static final String CUT_DOCX = "cut short.docx";

    private TestTree() {
    }

    /** Writes {@code count} files under {@code root}; returns root. */
    static Path write(Path root, int count) {
        try {
            List<Path> text = seeds("reports", "pages", "not-reports", "html");
            text.removeIf(file -> !name(file).matches(".*\\.(txt|md|html|csv|json)$") || name(file).equals(
                    "README.md"));
            List<Path> binary = seeds("renderings", "hostile", "archives");
            binary.removeIf(file -> name(file).endsWith(".txt") || name(file).endsWith(".md")
                    || name(file).equals("README.md"));
            Random random = new Random(count);
            for (int i = 0; i < count; i++) {
                Path folder = root.resolve(String.format(Locale.ROOT, "%02d年 目录", i % 40)).resolve("sub " + (i % 7));
                Files.createDirectories(folder);
                if (i % 97 == 5) {
                    broken(folder, i, binary, random);
                } else {
                    Path seed = i % 25 == 0 ? binary.get((i / 25) % binary.size()) : text.get(i % text.size());
                    Files.copy(seed, folder.resolve(i + " 报告 " + name(seed)));
                }
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void broken(Path folder, int i, List<Path> binary, Random random) throws IOException {
        switch ((i / 97) % 4) {
            case 0 -> Files.write(folder.resolve(i + " " + EMPTY), new byte[0]);
            case 1 -> {
                byte[] bytes = new byte[1 + random.nextInt(4096)];
                random.nextBytes(bytes);
                Files.write(folder.resolve(i + " " + RANDOM), bytes);
            }
            case 2 -> {
                byte[] docx = Files.readAllBytes(SparkTests.testdata().resolve("renderings/pingtan-2021.docx"));
                Files.write(folder.resolve(i + " " + CUT_DOCX), Arrays.copyOf(docx, docx.length / 2));
            }
            default -> {
                Path seed = binary.get(random.nextInt(binary.size()));
                byte[] bytes = Files.readAllBytes(seed);
                Files.write(folder.resolve(i + " cut " + name(seed)), Arrays.copyOf(bytes, bytes.length / 3));
            }
        }
    }

    private static List<Path> seeds(String... folders) throws IOException {
        List<Path> seeds = new ArrayList<>();
        for (String folder : folders) {
            try (Stream<Path> files = Files.list(SparkTests.testdata().resolve(folder))) {
                files.filter(Files::isRegularFile).sorted().forEach(seeds::add);
            }
        }
        return seeds;
    }

    private static String name(Path file) {
        return file.getFileName().toString();
    }
}
