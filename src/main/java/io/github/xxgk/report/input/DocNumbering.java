package io.github.xxgk.report.input;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Puts back the automatic numbers of a Word 97 document that Tika prints in decimal: Tika knows decimal, roman,
 * letter and ordinal formats only, so a Chinese-counted {@code 一、} or {@code （一）} arrives as {@code 1、} or
 * {@code （1）}. POI's HWPF reads which list paragraphs use another format; each is found among Tika's paragraphs,
 * in order, by its text, and the counter Tika printed is written in the paragraph's own format
 * ({@link NumberFormats}). A document HWPF cannot read keeps Tika's numbers.
 */
final class DocNumbering {

    /**
     * Word's number formats by their code in the binary format (the order of OOXML's {@code ST_NumberFormat}),
     * up to the Chinese ones.
     */
    private static final List<String> FORMATS = List.of("decimal", "upperRoman", "lowerRoman", "upperLetter",
            "lowerLetter", "ordinal", "cardinalText", "ordinalText", "hex", "chicago", "ideographDigital",
            "japaneseCounting", "aiueo", "iroha", "decimalFullWidth", "decimalHalfWidth", "japaneseLegal",
            "japaneseDigitalTenThousand", "decimalEnclosedCircle", "decimalFullWidth2", "aiueoFullWidth",
            "irohaFullWidth", "decimalZero", "bullet", "ganada", "chosung", "decimalEnclosedFullstop",
            "decimalEnclosedParen", "decimalEnclosedCircleChinese", "ideographEnclosedCircle", "ideographTraditional",
            "ideographZodiac", "ideographZodiacTraditional", "taiwaneseCounting", "ideographLegalTraditional",
            "taiwaneseCountingThousand", "taiwaneseDigital", "chineseCounting", "chineseLegalSimplified",
            "chineseCountingThousand");
    /** The formats Tika prints itself (as Word does). */
    private static final int TIKA_FORMATS = 6;
    /**
     * How many times over Tika's paragraphs may be compared in all: a numbered paragraph is looked for from where the
     * last one was found, and one that is not there costs a pass over the rest.
     */
    private static final int MAX_PASSES = 8;
    /** A number as Tika prints it in front of the paragraph's text: one counter among punctuation. */
    private static final Pattern PRINTED = Pattern.compile("\\D{0,3}(\\d{1,4})\\D{0,3}");

    private DocNumbering() {
    }

    /** A list paragraph in a format Tika prints in decimal: its text without the number, and the format's name. */
    private record Numbered(String text, String format) {
    }

    /** Rewrites the numbers in front of Tika's paragraphs as the document prints them. */
    static void restore(byte[] bytes, Document xhtml) {
        List<Numbered> numbered;
        try {
            numbered = numbered(bytes);
        } catch (IOException | RuntimeException e) {
            return;
        }
        List<Element> paragraphs = xhtml.body().select("p");
        List<String> texts = paragraphs.stream().map(p -> Whitespace.collapse(p.text())).toList();
        long budget = (long) MAX_PASSES * paragraphs.size();
        int from = 0;
        for (Numbered item : numbered) {
            for (int i = from; i < paragraphs.size() && budget-- > 0; i++) {
                if (rewrite(paragraphs.get(i), texts.get(i), item)) {
                    from = i + 1;
                    break;
                }
            }
        }
    }

    private static List<Numbered> numbered(byte[] bytes) throws IOException {
        List<Numbered> numbered = new ArrayList<>();
        try (HWPFDocument document = new HWPFDocument(new ByteArrayInputStream(bytes))) {
            Range range = document.getRange();
            for (int i = 0; i < range.numParagraphs(); i++) {
                Paragraph paragraph = range.getParagraph(i);
                if (!paragraph.isInList()) {
                    continue;
                }
                HWPFList list = paragraph.getList();
                int code = list.getNumberFormat((char) paragraph.getIlvl());
                String text = Whitespace.collapse(paragraph.text().replaceAll("\\p{Cc}", " "));
                if (code >= TIKA_FORMATS && code < FORMATS.size() && !text.isEmpty()) {
                    numbered.add(new Numbered(text, FORMATS.get(code)));
                }
            }
        }
        return numbered;
    }

    /** Rewrites a paragraph's printed number if the paragraph is the numbered one: its text after one counter. */
    private static boolean rewrite(Element paragraph, String text, Numbered item) {
        if (!text.endsWith(item.text())) {
            return false;
        }
        Matcher printed = PRINTED.matcher(Whitespace.trim(text.substring(0, text.length() - item.text().length())));
        if (!printed.matches()) {
            return false;
        }
        String counter = printed.group(1);
        String number = NumberFormats.format(item.format(), Integer.parseInt(counter));
        TextNode first = firstText(paragraph);
        if (first != null && first.text().contains(counter)) {
            first.text(first.text().replaceFirst(counter, number));
        }
        return true;
    }

    private static TextNode firstText(Element paragraph) {
        TextNode[] first = new TextNode[1];
        NodeTraversor.traverse((node, depth) -> {
            if (first[0] == null && node instanceof TextNode text && !text.isBlank()) {
                first[0] = text;
            }
        }, paragraph);
        return first[0];
    }
}
