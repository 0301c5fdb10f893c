package io.github.xxgk.report.internal.input;

import io.github.xxgk.report.internal.block.Block;
import io.github.xxgk.report.internal.block.Paragraph;
import io.github.xxgk.report.internal.block.Row;
import io.github.xxgk.report.internal.block.SourceDocument;
import io.github.xxgk.report.internal.text.Whitespace;
import io.github.xxgk.report.model.SourceFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads Markdown copies of reports: {@code |}-delimited lines are table rows (the {@code |---|} delimiter row
 * dropped), {@code #} lines are headings of their level, other non-blank lines paragraphs. Inline markup such as
 * {@code **bold**} is left for recognition, which cleans it in every format.
 */
final class MarkdownReader {

    private static final Pattern DELIMITER_ROW = Pattern.compile("\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?");
    private static final Pattern HEADING = Pattern.compile("(#{1,6})\\s+(.*?)\\s*#*");

    private MarkdownReader() {
    }

    static SourceDocument read(String text, String name) {
        List<Block> blocks = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        List<String> lines = Lines.split(text);
        for (int i = 0; i < lines.size(); i++) {
            String line = Whitespace.trim(lines.get(i));
            int number = i + 1;
            if (line.startsWith("|")) {
                if (!DELIMITER_ROW.matcher(line).matches()) {
                    rows.add(new Row(PlainTextReader.cells(splitRow(line)), number));
                }
                continue;
            }
            PlainTextReader.flush(rows, blocks);
            if (line.isEmpty()) {
                continue;
            }
            var heading = HEADING.matcher(line);
            if (heading.matches()) {
                if (!heading.group(2).isEmpty()) {
                    blocks.add(new Paragraph(heading.group(2), number, heading.group(1).length()));
                }
            } else {
                blocks.add(new Paragraph(line, number));
            }
        }
        PlainTextReader.flush(rows, blocks);
        return new SourceDocument(name, SourceFormat.MARKDOWN, blocks);
    }

    private static String[] splitRow(String line) {
        String inner = line.substring(1);
        if (inner.endsWith("|") && !inner.endsWith("\\|")) {
            inner = inner.substring(0, inner.length() - 1);
        }
        return inner.split("(?<!\\\\)\\|", -1);
    }

    /** Whether some line is a pipe table's delimiter row, {@code |---|---|}, with its pipes. */
    static boolean hasPipeTable(List<String> lines) {
        for (String raw : lines) {
            String line = Whitespace.trim(raw);
            if (line.startsWith("|") && line.indexOf('|', 1) > 0 && DELIMITER_ROW.matcher(line).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text looks like Markdown: a pipe table with its delimiter row, or {@code #} headings. */
    static boolean looksLikeMarkdown(List<String> firstLines) {
        int headings = 0;
        for (String raw : firstLines) {
            String line = Whitespace.trim(raw);
            if (line.startsWith("|") && DELIMITER_ROW.matcher(line).matches()) {
                return true;
            }
            if (HEADING.matcher(line).matches()) {
                headings++;
            }
        }
        return headings >= 2;
    }
}
