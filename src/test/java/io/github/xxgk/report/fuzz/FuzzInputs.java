package io.github.xxgk.report.fuzz;

import io.github.xxgk.report.TestData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import org.jsoup.Jsoup;

/**
 * The generators of the fuzz suite. Each input is bytes with a name and a description (what was done to which
 * fixture, shown when a property fails), and the texts the bytes may decode to, for {@link InputNumbers}.
 */
final class FuzzInputs {

    /** One generated input. */
    record Input(String name, byte[] bytes, List<String> texts, String description) {
        @Override
        public String toString() {
            return description + " (" + bytes.length + " bytes)";
        }
    }

    /** What a number of a report may be replaced with: blanks, placeholders, malformed and full-width numbers. */
    static final List<String> REPLACEMENTS = List.of("", "—", "/", "1,2", "１２", "-", "无", " ", "1 2", "0.5");

    /** How an input is encoded: each as the decoder meets them in the wild. */
    enum Encoding {
        UTF_8(StandardCharsets.UTF_8, new byte[0]),
        UTF_8_BOM(StandardCharsets.UTF_8, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}),
        UTF_16LE_BOM(StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE}),
        UTF_16BE_BOM(StandardCharsets.UTF_16BE, new byte[] {(byte) 0xFE, (byte) 0xFF}),
        GB18030(Charset.forName("GB18030"), new byte[0]);

        final Charset charset;
        final byte[] bom;

        Encoding(Charset charset, byte[] bom) {
            this.charset = charset;
            this.bom = bom;
        }

        byte[] encode(String text) {
            byte[] body = text.getBytes(charset);
            byte[] all = Arrays.copyOf(bom, bom.length + body.length);
            System.arraycopy(body, 0, all, bom.length, body.length);
            return all;
        }
    }

    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final List<Path> TEXT_REPORTS = reports(".txt", ".md", ".html");
    private static final List<Path> HTML_REPORTS = reports(".html");
    private static final List<Path> BINARY_REPORTS = List.of(
            TestData.REPORTS.resolve("hongze-district-2024.pdf"),
            TestData.ROOT.resolve("renderings/wuzhong-civil-affairs-2021.docx"),
            TestData.ROOT.resolve("renderings/wuzhong-civil-affairs-2021.libreoffice.docx"),
            TestData.ROOT.resolve("renderings/wuzhong-civil-affairs-2021.doc"),
            TestData.ROOT.resolve("renderings/wuzhong-civil-affairs-2021.pdf"),
            TestData.ROOT.resolve("renderings/shanghai-gov-office-2019-fragment.pdf"));
    private static final List<String> NESTING_TAGS = List.of("div", "span", "table", "tr", "td", "b", "i", "font",
            "p", "ul", "li", "a", "center", "blockquote", "tbody", "th", "h2", "section", "article", "strong");
    private static final List<byte[]> MAGIC = List.of(new byte[0], ascii("PK\u0003\u0004"), ascii("PK\u0005\u0006"),
            ascii("%PDF-1.7\n"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
                0x1A, (byte) 0xE1}, Encoding.UTF_8_BOM.bom, Encoding.UTF_16LE_BOM.bom, ascii("<html><body>"),
            ascii("| 项目 | 数量 |\n|---|---|\n"));

    private FuzzInputs() {
    }

    private static List<Path> reports(String... extensions) {
        return TestData.reports().stream()
                .filter(p -> Arrays.stream(extensions).anyMatch(e -> p.toString().endsWith(e))).toList();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Random bytes, sometimes behind the magic bytes of a container or the mark of a text encoding. */
    static Arbitrary<Input> randomBytes() {
        return Combinators.combine(Arbitraries.of(MAGIC), Arbitraries.bytes().array(byte[].class).ofMaxSize(4096))
                .as((magic, body) -> {
                    byte[] bytes = Arrays.copyOf(magic, magic.length + body.length);
                    System.arraycopy(body, 0, bytes, magic.length, body.length);
                    return new Input("random.bin", bytes, decodings(bytes, ""), "random bytes after "
                            + Arrays.toString(magic));
                });
    }

    /**
     * A text report (plain, run-together, Markdown or HTML) with lines deleted, duplicated and shuffled and numbers
     * blanked or replaced, re-encoded, and perhaps cut short.
     */
    static Arbitrary<Input> mutatedReports() {
        return Combinators.combine(Arbitraries.of(TEXT_REPORTS), Arbitraries.longs(),
                Arbitraries.integers().between(0, 12), Arbitraries.of(Encoding.class),
                Arbitraries.doubles().between(0, 1).withDistribution(RandomDistribution.uniform()),
                Arbitraries.integers().between(0, 2))
                .as(FuzzInputs::mutated);
    }

    /**
     * A text report with {@code edits} edits drawn from {@code seed}, encoded, and cut to the fraction {@code cut} of
     * its bytes if {@code cutKind} is 0 (a third of the generated cases).
     */
    static Input mutated(Path file, long seed, int edits, Encoding encoding, double cut, int cutKind) {
        Random random = new Random(seed);
        String text = TestData.read(file);
        StringBuilder done = new StringBuilder();
        for (int i = 0; i < edits; i++) {
            text = edit(text, random, done);
        }
        byte[] bytes = encoding.encode(text);
        if (cutKind == 0) {
            bytes = Arrays.copyOf(bytes, (int) (bytes.length * cut));
            done.append(" cut at ").append(bytes.length);
        }
        String name = file.getFileName().toString();
        return new Input(name, bytes, decodings(bytes, text), name + " (seed " + seed + "):" + done + " as "
                + encoding);
    }

    /** An HTML report with random elements opened (and sometimes closed) around and inside it, up to 1,500 deep. */
    static Arbitrary<Input> nestedHtml() {
        return Combinators.combine(Arbitraries.of(HTML_REPORTS), Arbitraries.longs(),
                Arbitraries.integers().between(1, 6),
                Arbitraries.integers().between(0, 1_500).withDistribution(RandomDistribution.uniform()))
                .as((file, seed, places, depth) -> {
                    Random random = new Random(seed);
                    String html = TestData.read(file);
                    StringBuilder text = new StringBuilder(html);
                    StringBuilder done = new StringBuilder();
                    for (int i = 0; i < places; i++) {
                        int at = text.indexOf("<", random.nextInt(Math.max(1, text.length())));
                        at = at < 0 ? text.length() : at;
                        int n = i == 0 ? depth : random.nextInt(depth + 1);
                        String tag = NESTING_TAGS.get(random.nextInt(NESTING_TAGS.size()));
                        StringBuilder open = new StringBuilder();
                        for (int k = 0; k < n; k++) {
                            open.append('<').append(random.nextInt(50) == 0
                                    ? NESTING_TAGS.get(random.nextInt(NESTING_TAGS.size())) : tag).append('>');
                        }
                        text.insert(at, open);
                        if (random.nextBoolean()) {
                            int close = text.indexOf("<", at + open.length() + random.nextInt(5_000));
                            text.insert(close < 0 ? text.length() : close, ("</" + tag + ">").repeat(n));
                        }
                        done.append(" ").append(n).append("×<").append(tag).append("> at ").append(at);
                    }
                    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
                    String name = file.getFileName().toString();
                    return new Input(name, bytes, decodings(bytes, text.toString()),
                            name + " (seed " + seed + "):" + done);
                });
    }

    /** A PDF, DOCX or DOC report cut short, or with bytes overwritten. */
    static Arbitrary<Input> damagedBinaries() {
        return Combinators.combine(Arbitraries.of(BINARY_REPORTS), Arbitraries.longs(), Arbitraries.integers()
                .between(0, 2)).as((file, seed, kind) -> {
                    Random random = new Random(seed);
                    byte[] bytes = read(file);
                    String done;
                    if (kind == 0) {
                        bytes = Arrays.copyOf(bytes, random.nextInt(bytes.length));
                        done = "cut at " + bytes.length;
                    } else {
                        int flips = 1 + random.nextInt(kind == 1 ? 3 : 200);
                        for (int i = 0; i < flips; i++) {
                            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                        }
                        done = flips + " bytes overwritten";
                    }
                    String name = file.getFileName().toString();
                    return new Input(name, bytes, List.of(), name + " (seed " + seed + "): " + done);
                });
    }

    /** One edit of a report's text, described in {@code done}. */
    private static String edit(String text, Random random, StringBuilder done) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int i = random.nextInt(lines.size());
        switch (random.nextInt(5)) {
            case 0 -> {
                lines.remove(i);
                done.append(" -line ").append(i);
            }
            case 1 -> {
                lines.add(i, lines.get(i));
                done.append(" +line ").append(i);
            }
            case 2 -> {
                int j = random.nextInt(lines.size());
                Collections.swap(lines, i, j);
                done.append(" swap ").append(i).append('/').append(j);
            }
            case 3 -> {
                int end = Math.min(lines.size(), i + 2 + random.nextInt(8));
                Collections.shuffle(lines.subList(i, end), random);
                done.append(" shuffle ").append(i).append('-').append(end);
            }
            default -> {
                return replaceNumber(text, random, done);
            }
        }
        return String.join("\n", lines);
    }

    /** The text with one of its numbers (a cell, most often) replaced. */
    private static String replaceNumber(String text, Random random, StringBuilder done) {
        Matcher m = NUMBER.matcher(text);
        List<int[]> numbers = new ArrayList<>();
        while (m.find()) {
            numbers.add(new int[] {m.start(), m.end()});
        }
        if (numbers.isEmpty()) {
            return text;
        }
        int[] number = numbers.get(random.nextInt(numbers.size()));
        String replacement = REPLACEMENTS.get(random.nextInt(REPLACEMENTS.size()));
        done.append(" number@").append(number[0]).append("→\"").append(replacement).append('"');
        return text.substring(0, number[0]) + replacement + text.substring(number[1]);
    }

    /**
     * What the bytes may decode to, as the parser's decoders read them, plus the text they were made from; and of
     * each, the text as shown: HTML as a browser renders it (entities decoded, inline elements run together:
     * {@code <span>70</span><span>70</span>} shows 7070) and Markdown without its emphasis markers.
     */
    static List<String> decodings(byte[] bytes, String source) {
        Set<String> decoded = new LinkedHashSet<>(List.of(source, new String(bytes, StandardCharsets.UTF_8),
                new String(bytes, Encoding.GB18030.charset)));
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            decoded.add(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE));
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            decoded.add(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE));
        }
        List<String> texts = new ArrayList<>(decoded);
        for (String text : decoded) {
            texts.add(text.replace("**", "").replace("__", ""));
            if (text.indexOf('<') >= 0) {
                texts.add(Jsoup.parse(text).wholeText());
            }
        }
        return texts;
    }
}
