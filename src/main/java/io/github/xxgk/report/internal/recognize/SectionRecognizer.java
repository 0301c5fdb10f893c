package io.github.xxgk.report.internal.recognize;

import io.github.xxgk.report.internal.block.Block;
import io.github.xxgk.report.internal.block.Paragraph;
import io.github.xxgk.report.model.Section;
import io.github.xxgk.report.model.SectionKey;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Builds the section tree from a document's paragraphs: top-level headings in increasing order, their numbered
 * sub-sections, body text cleaned of markup and paragraphs broken across a page joined again. Paragraphs before the
 * first heading are kept apart for the title and preamble.
 */
final class SectionRecognizer {

    /**
     * What the paragraphs hold.
     *
     * @param front the cleaned paragraphs before the first top-level heading (title lines, preamble)
     * @param sections the section tree
     * @param sectionAt for each block, the template section it stands in, or null
     * @param proseAt for each paragraph block, its text cleaned of markup as the sections hold it; null for other blocks
     */
    record Result(List<Paragraph> front, List<Section> sections, SectionKey[] sectionAt, String[] proseAt) {
    }

    private static final String SENTENCE_END = "。！？；：…”」』）)!?;:.";
    private static final Pattern NEW_ITEM = Pattern.compile("^(?:[（(]?\\d{1,2}[)）.、．]|[一二三四五六七八九十]+是)");

    private final List<Paragraph> front = new ArrayList<>();
    private final List<SectionBuilder> sections = new ArrayList<>();
    private final Set<SectionKey> keysUsed = EnumSet.noneOf(SectionKey.class);
    private SectionBuilder top;
    private SectionBuilder sub;
    private String pending;

    private SectionRecognizer() {
    }

    static Result recognize(List<Block> blocks) {
        SectionRecognizer recognizer = new SectionRecognizer();
        SectionKey[] sectionAt = new SectionKey[blocks.size()];
        String[] proseAt = new String[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Paragraph paragraph) {
                proseAt[i] = Text.cleanProse(paragraph.text());
                recognizer.paragraph(paragraph, proseAt[i]);
            } else {
                recognizer.flushPending();
            }
            sectionAt[i] = recognizer.top == null ? null : recognizer.top.key;
        }
        recognizer.flushPending();
        List<Section> built = recognizer.sections.stream().map(SectionBuilder::build).toList();
        return new Result(List.copyOf(recognizer.front), built, sectionAt, proseAt);
    }

    private void paragraph(Paragraph paragraph, String text) {
        if (text.isEmpty()) {
            return;
        }
        Optional<Headings.Heading> heading = Headings.top(text)
                .filter(h -> top == null ? h.number() <= 2 || namesLaterSection(h) : h.number() > top.number);
        if (heading.isPresent()) {
            flushPending();
            startTop(heading.get());
            return;
        }
        if (top == null) {
            front.add(new Paragraph(text, paragraph.line(), paragraph.headingLevel()));
            return;
        }
        Optional<Headings.Heading> subHeading = Headings.sub(text)
                .filter(h -> sub == null ? h.number() <= 2 : h.number() > sub.number && h.arabic() == sub.arabic);
        if (subHeading.isPresent()) {
            flushPending();
            Headings.Heading h = subHeading.get();
            sub = new SectionBuilder(h.numeral(), h.number(), null, h.title(), h.arabic());
            top.subsections.add(sub);
            addBody(h.rest());
            return;
        }
        addBody(text);
    }

    /**
     * Whether a first heading numbered past 二 is a template section, as a copy that starts part-way through a
     * report has it (one page of a flip-book: "四、因政府信息公开工作被申请行政复议…").
     */
    private static boolean namesLaterSection(Headings.Heading heading) {
        return Headings.sectionKey(heading.title())
                .filter(key -> key != SectionKey.OVERVIEW && key != SectionKey.OTHER_MATTERS)
                .filter(key -> key.ordinal() + 1 == heading.number())
                .isPresent();
    }

    private void startTop(Headings.Heading heading) {
        SectionKey key = Headings.sectionKey(heading.title()).filter(keysUsed::add).orElse(null);
        top = new SectionBuilder(heading.numeral(), heading.number(), key, heading.title(), heading.arabic());
        sub = null;
        sections.add(top);
        addBody(heading.rest());
    }

    /** Adds body text, holding a paragraph that ends mid-sentence until the next one shows whether it goes on. */
    private void addBody(String text) {
        if (text.isEmpty()) {
            return;
        }
        if (NEW_ITEM.matcher(text).find()) {
            flushPending();
        }
        pending = pending == null ? text : pending + text;
        if (SENTENCE_END.indexOf(pending.charAt(pending.length() - 1)) >= 0) {
            flushPending();
        }
    }

    private void flushPending() {
        if (pending != null) {
            (sub != null ? sub : top).paragraphs.add(pending);
            pending = null;
        }
    }

    private static final class SectionBuilder {
        private final String numeral;
        private final int number;
        private final SectionKey key;
        private final String title;
        private final List<String> paragraphs = new ArrayList<>();
        private final List<SectionBuilder> subsections = new ArrayList<>();
        private final boolean arabic;

        SectionBuilder(String numeral, int number, SectionKey key, String title, boolean arabic) {
            this.numeral = numeral;
            this.number = number;
            this.key = key;
            this.title = title;
            this.arabic = arabic;
        }

        Section build() {
            return new Section(numeral, Optional.ofNullable(key), title, paragraphs,
                    subsections.stream().map(SectionBuilder::build).toList());
        }
    }
}
