package io.github.xxgk.report.fuzz;

import io.github.xxgk.report.hostile.HostileInputs;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.Deflater;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of well-formed-looking structure rather than damaged bytes: PDF content streams made of operator
 * sequences, and Word bodies made of nested WordprocessingML elements with extra package entries. Each input
 * comes from a seed, shown when a property fails.
 */
final class StructureInputs {

    /** Operators with operands, as a content stream writes them; {@code %n} is a random number. */
    private static final List<String> OPERATORS = List.of("q", "Q", "%n %n %n %n %n %n cm", "%n %n m", "%n %n l",
            "%n %n %n %n re", "%n %n %n %n %n %n c", "h", "S", "s", "f", "F", "f*", "B", "b", "n", "W", "W*",
            "%n w", "%n g", "%n %n %n rg", "BT", "ET", "/F1 %n Tf", "/F2 %n Tf", "%n %n Td", "%n TL", "T*",
            "(Total %n) Tj", "(\\\\) Tj", "[(a) %n (b)] TJ", "%n %n %n %n %n %n Tm", "/X1 Do", "/X9 Do",
            "/GS1 gs", "BI /W 2 /H 2 /BPC 8 /CS /G ID \u0001\u0002\u0003\u0004 EI", "%n Tz", "%n Tc", "%n Tw",
            "<< /A [1 2] >> BDC", "EMC", "[%n %n] %n d", "%n %n %n %n %n %n %n", "]", "[", "<<", ">>", "(");
    /** The longest content stream made, so that generating one stays far inside the test's small heap. */
    private static final int MAX_STREAM = 4 << 20;
    private static final List<String> NUMBERS = List.of("0", "1", "-1", "72", "612", "0.5", "1e308", "-99999999999",
            "NaN", "3.4028236E38", "00000000000000000001", ".", "-", "+5");
    /** WordprocessingML elements that nest: a table's parts, runs, content controls, revisions, fields. */
    private static final List<String> WORD_ELEMENTS = List.of("w:tbl", "w:tr", "w:tc", "w:p", "w:r", "w:sdt",
            "w:sdtContent", "w:ins", "w:del", "w:hyperlink", "w:smartTag", "w:customXml", "w:fldSimple", "w:txbxContent",
            "w:tblPr", "w:pPr", "w:rPr");

    private StructureInputs() {
    }

    /**
     * A one-page PDF whose content stream and form XObject are random operator sequences: some operators repeated
     * thousands of times (saved states never restored, paths of many points), arrays nested deep, a form that draws
     * itself.
     */
    static Arbitrary<FuzzInputs.Input> pdfOperators() {
        return Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(1, 400),
                Arbitraries.integers().between(0, 3)).as(StructureInputs::pdfOperators);
    }

    /** The input of {@link #pdfOperators()} made from this seed, operator count and kind of repetition. */
    static FuzzInputs.Input pdfOperators(long seed, int length, int repeats) {
        Random random = new Random(seed);
        StringBuilder done = new StringBuilder();
        String page = operators(random, length, repeats, done);
        String form = operators(random, 1 + random.nextInt(40), random.nextInt(2), done);
        byte[] bytes = HostileInputs.pdfPage(page, form);
        return new FuzzInputs.Input("operators.pdf", bytes, List.of(),
                "operators.pdf (seed " + seed + ", repeats " + repeats + "): " + length + " operators" + done);
    }

    private static String operators(Random random, int length, int repeats, StringBuilder done) {
        StringBuilder stream = new StringBuilder();
        for (int i = 0; i < length; i++) {
            String operator = OPERATORS.get(random.nextInt(OPERATORS.size()));
            int times = repeats > 0 && random.nextInt(20) == 0 ? 1 + random.nextInt(repeats == 3 ? 200_000 : 5_000)
                    : 1;
            if (times > 1) {
                done.append(", ").append(operator.replace("%n", "N")).append(" ×").append(times);
            }
            for (int t = 0; t < times && stream.length() < MAX_STREAM; t++) {
                stream.append(numbers(operator, random)).append('\n');
            }
            if (random.nextInt(100) == 0) {
                int depth = random.nextInt(20_000);
                stream.append("[".repeat(depth)).append("(x)").append("]".repeat(depth)).append(" TJ\n");
                done.append(", an array nested ").append(depth).append(" deep");
            }
        }
        return stream.toString();
    }

    private static String numbers(String operator, Random random) {
        if (!operator.contains("%n")) {
            return operator;
        }
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (int at = operator.indexOf("%n"); at >= 0; at = operator.indexOf("%n", from)) {
            out.append(operator, from, at).append(NUMBERS.get(random.nextInt(NUMBERS.size())));
            from = at + 2;
        }
        return out.append(operator.substring(from)).toString();
    }

    /**
     * The seed DOCX with a random body: WordprocessingML elements nested up to 2,500 deep and up to 8 wide, with
     * text, some left unclosed; and sometimes up to 1,500 extra package entries.
     */
    static Arbitrary<FuzzInputs.Input> wordStructure() {
        return Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(0, 2_500),
                Arbitraries.integers().between(1, 8), Arbitraries.integers().between(0, 1_500))
                .as((seed, depth, width, entries) -> {
                    Random random = new Random(seed);
                    StringBuilder body = new StringBuilder("<w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                            + "wordprocessingml/2006/main\"><w:body>");
                    int[] budget = {20_000};
                    element(body, random, depth, width, budget);
                    boolean unclosed = random.nextInt(10) == 0;
                    body.append(unclosed ? "<w:p>" : "").append("</w:body></w:document>");
                    Map<String, byte[]> parts = new LinkedHashMap<>();
                    parts.put("word/document.xml", body.toString().getBytes(StandardCharsets.UTF_8));
                    int extra = random.nextInt(3) == 0 ? entries : 0;
                    for (int i = 0; i < extra; i++) {
                        parts.put("customXml/item" + i + ".xml", "<a/>".getBytes(StandardCharsets.US_ASCII));
                    }
                    byte[] bytes = HostileInputs.withEntries(parts, Deflater.DEFAULT_COMPRESSION);
                    return new FuzzInputs.Input("structure.docx", bytes, List.of(), "structure.docx (seed " + seed
                            + "): nested " + depth + " deep, " + width + " wide, " + extra + " extra entries"
                            + (unclosed ? ", a paragraph unclosed" : ""));
                });
    }

    /** Writes one element with children down to {@code depth}, spending at most {@code budget[0]} elements. */
    private static void element(StringBuilder out, Random random, int depth, int width, int[] budget) {
        String tag = WORD_ELEMENTS.get(random.nextInt(WORD_ELEMENTS.size()));
        out.append('<').append(tag).append('>');
        budget[0]--;
        if (depth > 0 && budget[0] > 0) {
            int children = random.nextInt(4) == 0 ? 1 + random.nextInt(width) : 1;
            for (int i = 0; i < children && budget[0] > 0; i++) {
                element(out, random, i == 0 ? depth - 1 : random.nextInt(Math.min(depth, 40)), width, budget);
            }
        } else {
            out.append("<w:t>本年新收").append(random.nextInt(100)).append("</w:t>");
        }
        out.append("</").append(tag).append('>');
    }
}
