package io.github.xxgk.report.internal.input;

import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Range;

/**
 * The text of a Word 97 range as Word prints it: deleted and hidden runs left out, each field's result kept and its
 * instructions dropped ({@code HYPERLINK "…"}, {@code PAGE}), line, page and column breaks made spaces, Word's
 * marks for cells, pictures, drawings, footnotes and comments removed, the non-breaking hyphen made a hyphen and the
 * optional hyphen dropped.
 */
final class DocText {

    private static final char FIELD_BEGIN = 0x13;
    private static final char FIELD_SEPARATOR = 0x14;
    private static final char FIELD_END = 0x15;
    private static final char NON_BREAKING_HYPHEN = 0x1E;
    /** Fields nest within one another; deeper nesting than this is read as if its instructions were text. */
    private static final int MAX_FIELD_DEPTH = 64;

    /** For each open field, whether its instructions are still being read (true) or its result (false). */
    private final boolean[] inInstructions = new boolean[MAX_FIELD_DEPTH];
    private int depth;
    private int instructions;

    private DocText() {
    }

    /** The printed text of a range (a paragraph or a cell's paragraph), not yet collapsed. */
    static String of(Range range) {
        DocText reader = new DocText();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < range.numCharacterRuns(); i++) {
            CharacterRun run = range.getCharacterRun(i);
            if (!run.isMarkedDeleted() && !run.isVanished()) {
                reader.append(run.text(), out);
            }
        }
        return out.toString();
    }

    private void append(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case FIELD_BEGIN -> open();
                case FIELD_SEPARATOR -> separate();
                case FIELD_END -> close();
                default -> {
                    if (instructions == 0) {
                        printed(c, out);
                    }
                }
            }
        }
    }

    private void open() {
        if (depth < MAX_FIELD_DEPTH) {
            inInstructions[depth++] = true;
            instructions++;
        }
    }

    private void separate() {
        if (depth > 0 && inInstructions[depth - 1]) {
            inInstructions[depth - 1] = false;
            instructions--;
        }
    }

    private void close() {
        if (depth > 0 && inInstructions[--depth]) {
            instructions--;
        }
    }

    private static void printed(char c, StringBuilder out) {
        if (c == NON_BREAKING_HYPHEN) {
            out.append('-');
        } else if (c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x0E) {
            out.append(' ');
        } else if (c >= 0x20 && c != 0x7F) {
            out.append(c);
        }
    }
}
