package io.github.xxgk.report.recognize;

import io.github.xxgk.report.block.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the title, agency and reporting year in the paragraphs before section 一: the title on one line
 * (“吴忠市民政局2021年政府信息公开工作年度报告”) or two (the agency, then the year and report), the statistics
 * period in the preamble as a fallback for the year, and a title the format gives outside the body as a last resort.
 */
final class MetadataRecognizer {

    /**
     * What the front matter says.
     *
     * @param agency the publishing agency, if found
     * @param year the reporting year, if found
     * @param title the title, if found
     * @param preamble the paragraphs after the title
     */
    record Result(Optional<String> agency, OptionalInt year, Optional<String> title, List<String> preamble) {
    }

    private static final int MAX_TITLE = 80;
    /** The field name a crawler's copy puts before the title: “标题: …”. */
    private static final Pattern FIELD_NAME = Pattern.compile("^(?:标题|题目|名称|title)\\s*[:：]\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_AGENCY = 40;
    private static final Pattern TITLE_WITH_YEAR = Pattern.compile(
            "^(.*?)[（(]?((?:19|20)\\d{2})\\s*年度?[)）]?(.*报告.*)$");
    private static final Pattern TITLE_WITHOUT_YEAR = Pattern.compile(
            "^(.*?)(?:关于)?(?:政府信息公开|政务公开|信息公开).*报告.*$");
    private static final Pattern PERIOD = Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*0?1\\s*月\\s*0?1\\s*日");
    private static final Pattern QUOTED_TITLE = Pattern.compile("《([^》]{2,60}?)((?:19|20)\\d{2})\\s*年度?[^》]*报告》");
    private static final Pattern YEAR_OF_REPORT = Pattern.compile("((?:19|20)\\d{2})\\s*年度?(?:政府信息公开|政务公开)");

    private MetadataRecognizer() {
    }

    static Result recognize(List<Paragraph> front, Optional<String> titleHint) {
        int titleIndex = findTitle(front);
        Title title = null;
        List<String> preamble = new ArrayList<>();
        if (titleIndex >= 0) {
            title = Title.parse(front.get(titleIndex).text());
            if (title.agency == null && titleIndex > 0 && isShortLine(front.get(titleIndex - 1).text())) {
                Title joined = Title.parse(front.get(titleIndex - 1).text() + front.get(titleIndex).text());
                title = joined.agency != null ? joined : title;
            }
            for (int i = titleIndex + 1; i < front.size(); i++) {
                preamble.add(front.get(i).text());
            }
        } else {
            front.forEach(p -> preamble.add(p.text()));
        }
        String agency = title == null ? null : title.agency;
        Integer year = title == null ? null : title.year;
        String text = title == null ? null : title.text;
        String preambleText = String.join("\n", preamble);
        if (agency == null || year == null) {
            Matcher quoted = QUOTED_TITLE.matcher(preambleText);
            if (quoted.find()) {
                agency = agency != null ? agency : emptyToNull(cleanAgency(quoted.group(1)));
                year = year != null ? year : Integer.valueOf(quoted.group(2));
            }
        }
        if (year == null) {
            Matcher period = PERIOD.matcher(preambleText);
            if (period.find()) {
                year = Integer.valueOf(period.group(1));
            }
        }
        if (titleHint.isPresent()) {
            Title hint = Title.parse(stripQuotes(Text.cleanProse(titleHint.get())));
            agency = agency != null ? agency : hint.agency;
            year = year != null ? year : hint.year;
            text = text != null ? text : hint.isTitle() ? hint.text : null;
        }
        if (year == null) {
            Matcher yearOfReport = YEAR_OF_REPORT.matcher(preambleText);
            if (yearOfReport.find()) {
                year = Integer.valueOf(yearOfReport.group(1));
            }
        }
        return new Result(Optional.ofNullable(agency), year == null ? OptionalInt.empty() : OptionalInt.of(year),
                Optional.ofNullable(text), preamble);
    }

    /** A title line read: the agency before the year (or after it, “2019年上海市…”), the year, the whole text. */
    private record Title(String text, String agency, Integer year) {

        static Title parse(String line) {
            String text = stripQuotes(line);
            Matcher m = TITLE_WITH_YEAR.matcher(text);
            if (m.matches()) {
                String agency = emptyToNull(cleanAgency(m.group(1)));
                if (agency == null) {
                    Matcher rest = TITLE_WITHOUT_YEAR.matcher(m.group(3));
                    agency = rest.matches() ? emptyToNull(cleanAgency(rest.group(1))) : null;
                }
                return new Title(text, agency, Integer.valueOf(m.group(2)));
            }
            Matcher n = TITLE_WITHOUT_YEAR.matcher(text);
            return new Title(text, n.matches() ? emptyToNull(cleanAgency(n.group(1))) : null, null);
        }

        boolean isTitle() {
            return year != null || agency != null;
        }
    }

    private static int findTitle(List<Paragraph> front) {
        for (int i = 0; i < front.size(); i++) {
            String text = front.get(i).text();
            if (text.length() <= MAX_TITLE && text.contains("报告") && !text.endsWith("。")
                    && (text.contains("年度报告") || text.contains("工作报告") || text.contains("信息公开"))) {
                return i;
            }
        }
        return -1;
    }

    /** A line that can be the first half of a title split in two: short, Chinese, no sentence, no 报告. */
    private static boolean isShortLine(String text) {
        return text.length() <= MAX_AGENCY && Text.hasHan(text) && !text.contains("。") && !text.contains("报告");
    }

    private static String cleanAgency(String text) {
        String s = Text.removeSpaces(stripQuotes(text));
        if (s.endsWith("关于")) {
            s = s.substring(0, s.length() - 2);
        }
        return s.length() > MAX_AGENCY ? "" : s;
    }

    private static String stripQuotes(String text) {
        return FIELD_NAME.matcher(text.replace("《", "").replace("》", "").trim()).replaceFirst("");
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
