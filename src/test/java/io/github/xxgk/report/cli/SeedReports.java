package io.github.xxgk.report.cli;

import io.github.xxgk.report.TestData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * Reports made from the seed ({@code testdata/reports/wuzhong-civil-affairs-2021.txt}) with other numbers, and
 * trees of them for the bulk tests. Every variant keeps the template's arithmetic, unless it is meant not to.
 */
final class SeedReports {

    private static final String SEED = TestData.seedText();
    private static final String LICENSING = "行政许可\t34\t\t\n";
    private static final String PENALTY = "行政处罚\t0\t\t\n";
    private static final String FEES = "行政事业性收费\t0\t\t\n";
    private static final String NEW = "一、本年新收政府信息公开申请数量\t\t1\t0\t0\t0\t0\t0\t1\t\n";
    private static final String NOT_HELD = "\t(四) 无法提供\t1. 本机关不掌握相关政府信息\t1\t0\t0\t0\t0\t0\t1\n";
    private static final String RESULTS_TOTAL = "(七) 总计\t1\t0\t0\t0\t0\t0\t1\t\t\n";
    private static final String APPEALS = "0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n";

    /** The corrupt files of a tree: relative path, and the reason key each must fail with. */
    static final List<List<String>> CORRUPT = List.of(
            List.of("corrupt/blob.pdf", "unsupported_format"),
            List.of("corrupt/empty.txt", "empty"),
            List.of("d3/blank.html", "empty"));

    private SeedReports() {
    }

    /**
     * The seed with numbers that depend on {@code i}: licensing decisions {@code i}, penalties {@code i % 97}, fees
     * {@code i / 100} 万元 with decimals, {@code i % 13} new requests by natural persons all answered 本机关不掌握, and
     * {@code i % 5 + i % 3} reconsiderations.
     */
    static String variant(int i) {
        int requests = i % 13;
        int upheld = i % 5;
        int corrected = i % 3;
        String fee = (i / 100) + "." + String.format(Locale.ROOT, "%02d", i % 100);
        return replace(SEED,
                LICENSING, "行政许可\t" + i + "\t\t\n",
                PENALTY, "行政处罚\t" + (i % 97) + "\t\t\n",
                FEES, "行政事业性收费\t" + fee + "\t\t\n",
                NEW, NEW.replace("\t1\t0\t0\t0\t0\t0\t1\t", "\t" + requests + "\t0\t0\t0\t0\t0\t" + requests + "\t"),
                NOT_HELD, NOT_HELD.replace("\t1\t0\t0\t0\t0\t0\t1", "\t" + requests + "\t0\t0\t0\t0\t0\t" + requests),
                RESULTS_TOTAL, RESULTS_TOTAL.replace("\t1\t0\t0\t0\t0\t0\t1\t",
                        "\t" + requests + "\t0\t0\t0\t0\t0\t" + requests + "\t"),
                APPEALS, upheld + "\t" + corrected + "\t0\t0\t" + (upheld + corrected)
                        + "\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n");
    }

    /**
     * A small report: {@link #variant(int)} without its prose paragraphs, only the title, the headings and the
     * tables (about a third of the size).
     */
    static String small(int i) {
        return variant(i).lines().filter(line -> line.length() <= 60 || line.indexOf('\t') >= 0)
                .map(line -> line + "\n").collect(Collectors.joining());
    }

    /** The seed with the total of the row 一、本年新收 wrong: 5 where its columns sum to 1. */
    static String wrongRowTotal() {
        return replace(SEED, NEW, NEW.replace("\t1\t0\t0\t0\t0\t0\t1\t", "\t1\t0\t0\t0\t0\t0\t5\t"));
    }

    /** The seed with 3.5 licensing decisions, which is not a count. */
    static String notACount() {
        return replace(SEED, LICENSING, "行政许可\t3.5\t\t\n");
    }

    /**
     * Writes {@code count} files under {@code root}: {@link #CORRUPT}, and variants in nested folders
     * {@code dA/eB/}, every 7th named {@code .pdf}, {@code .doc} or {@code .html} though it is text.
     *
     * @return the relative paths of the variants, by variant number
     */
    static List<String> writeTree(Path root, int count) throws IOException {
        return writeTree(root, count, SeedReports::variant);
    }

    /** Writes a tree as {@link #writeTree(Path, int)} does, each variant's text made by {@code text}. */
    static List<String> writeTree(Path root, int count, IntFunction<String> text) throws IOException {
        for (List<String> corrupt : CORRUPT) {
            Path file = root.resolve(corrupt.get(0));
            Files.createDirectories(file.getParent());
            switch (corrupt.get(1)) {
                case "unsupported_format" -> Files.write(file, new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 0, 0, 0, 9});
                case "empty" -> Files.writeString(file, file.toString().endsWith(".txt") ? "" : " \n\t\n",
                        StandardCharsets.UTF_8);
                default -> throw new IllegalArgumentException(corrupt.get(1));
            }
        }
        List<String> variants = new ArrayList<>();
        String[] odd = {".pdf", ".doc", ".html"};
        for (int i = 0; i < count - CORRUPT.size(); i++) {
            String extension = i % 7 == 0 ? odd[(i / 7) % odd.length] : ".txt";
            String relative = "d" + (i % 10) + "/e" + (i % 4) + "/report-" + i + extension;
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text.apply(i), StandardCharsets.UTF_8);
            variants.add(relative);
        }
        return variants;
    }

    private static String replace(String text, String... pairs) {
        String result = text;
        for (int i = 0; i < pairs.length; i += 2) {
            if (!result.contains(pairs[i])) {
                throw new IllegalStateException("The seed no longer has the line " + pairs[i]);
            }
            result = result.replace(pairs[i], pairs[i + 1]);
        }
        return result;
    }
}
