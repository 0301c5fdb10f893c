package io.github.xxgk.report.internal.recognize;

import io.github.xxgk.report.internal.block.Paragraph;
import io.github.xxgk.report.internal.text.Whitespace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
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
    /** The punctuation of a data record (CSV, JSON), which no title prints. */
    private static final Pattern DATA_RECORD = Pattern.compile("[,{}\"=]");
    private static final Pattern TITLE_WITH_YEAR = Pattern.compile(
            "^(.*?)[（(]?((?:19|20)\\d{2})(?:\\s*年度?|(?=政府信息公开|政务公开|信息公开))[)）]?(.*报告.*)$");
    /** What a page rendering puts before the title: "Page 8 - ", "第8页 "; and a page marker line "P. 8". */
    private static final Pattern PAGE_PREFIX = Pattern.compile(
            "^(?:Page\\s*\\d+\\s*[-–—:：]\\s*|第\\s*\\d+\\s*页\\s*[-–—:：]?\\s*)", Pattern.CASE_INSENSITIVE);
    /** A year that opens the body: "2025年，区科委扎实推进…". */
    private static final Pattern OPENING_YEAR = Pattern.compile("^((?:19|20)\\d{2})\\s*年度?\\s*(?:以来)?[，,]");
    private static final Pattern ANY_YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    private static final Pattern TITLE_WITHOUT_YEAR = Pattern.compile(
            "^(.*?)(?:关于)?(?:政府信息公开|政务公开|信息公开).*报告.*$");
    private static final Pattern PERIOD = Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*0?1\\s*月\\s*0?1\\s*日");
    private static final Pattern QUOTED_TITLE = Pattern.compile("《([^》]{2,60}?)((?:19|20)\\d{2})\\s*年度?[^》]*报告》");
    private static final Pattern YEAR_OF_REPORT = Pattern.compile("((?:19|20)\\d{2})\\s*年度?(?:政府信息公开|政务公开)");

    private MetadataRecognizer() {
    }

    /**
     * Reads the front matter.
     *
     * @param front the paragraphs before section 一
     * @param body the first paragraphs of the body, where a report without a title names itself
     * @param titleHint a title the format gives outside the body
     * @param wholeText all of the document's text, for the last resort of the only year it names
     */
    static Result recognize(List<Paragraph> front, List<String> body, Optional<String> titleHint,
            Supplier<String> wholeText) {
        int titleIndex = -1;
        Title title = null;
        for (int i = findTitle(front, 0); i >= 0 && (title == null || title.agency == null);
                i = findTitle(front, i + 1)) {
            Title candidate = Title.parse(front.get(i).text());
            if (candidate.agency == null && i > 0 && isShortLine(front.get(i - 1).text())) {
                Title joined = Title.parse(front.get(i - 1).text() + front.get(i).text());
                candidate = joined.agency != null ? joined : candidate;
            }
            if (title == null || candidate.agency != null) {
                title = candidate;
                titleIndex = i;
            }
        }
        List<String> preamble = new ArrayList<>();
        for (int i = titleIndex + 1; i < front.size(); i++) {
            preamble.add(front.get(i).text());
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
        List<String> opening = new ArrayList<>(preamble);
        opening.addAll(body);
        if (agency == null) {
            agency = AgencyNames.inSentences(opening).orElse(null);
        }
        if (year == null) {
            year = yearInBody(String.join("\n", body), body).orElseGet(() -> onlyYear(wholeText.get()));
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

    /**
     * The year the body states: its statistics period, the year of the report it presents, or the year its first
     * sentence opens with.
     */
    private static Optional<Integer> yearInBody(String text, List<String> paragraphs) {
        for (Pattern pattern : List.of(PERIOD, YEAR_OF_REPORT)) {
            Matcher m = pattern.matcher(text);
            if (m.find()) {
                return Optional.of(Integer.valueOf(m.group(1)));
            }
        }
        for (String paragraph : paragraphs) {
            Matcher m = OPENING_YEAR.matcher(paragraph);
            if (m.find()) {
                return Optional.of(Integer.valueOf(m.group(1)));
            }
        }
        return Optional.empty();
    }

    /** The year the text names, if it names exactly one ("2020年本行政区域…"), else null. */
    private static Integer onlyYear(String text) {
        Matcher m = ANY_YEAR.matcher(text);
        String year = null;
        while (m.find()) {
            if (year != null && !year.equals(m.group(1))) {
                return null;
            }
            year = m.group(1);
        }
        return year == null ? null : Integer.valueOf(year);
    }

    private static int findTitle(List<Paragraph> front, int from) {
        for (int i = from; i < front.size(); i++) {
            if (isReportTitle(front.get(i).text())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether a line reads as the title of an annual report: short, no sentence, 年度报告 or 信息公开…报告, and not
     * a record of data that holds one (a CSV line, a JSON member).
     */
    static boolean isReportTitle(String text) {
        return text.length() <= MAX_TITLE && text.contains("报告") && !text.endsWith("。")
                && (text.contains("年度报告") || text.contains("工作报告") || text.contains("信息公开"))
                && !DATA_RECORD.matcher(text).find();
    }

    /** A line that can be the first half of a title split in two: short, Chinese, no sentence, no 报告. */
    private static boolean isShortLine(String text) {
        return text.length() <= MAX_AGENCY && Text.hasHan(text) && !text.contains("。") && !text.contains("报告")
                && !AgencyNames.isChrome(text);
    }

    /** The agency part of a title, or "" when what stands there is not a name (a breadcrumb, a site's name). */
    private static String cleanAgency(String text) {
        String s = Whitespace.remove(stripQuotes(text));
        if (s.endsWith("关于")) {
            s = s.substring(0, s.length() - 2);
        }
        return s.isEmpty() || AgencyNames.isName(s) ? s : "";
    }

    private static String stripQuotes(String text) {
        String s = PAGE_PREFIX.matcher(text.replace("《", "").replace("》", "").trim()).replaceFirst("");
        return FIELD_NAME.matcher(s).replaceFirst("");
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
