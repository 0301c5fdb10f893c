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
        String agency = null;
        Integer year = null;
        String title = null;
        List<String> preamble = new ArrayList<>();
        if (titleIndex >= 0) {
            String line = stripQuotes(front.get(titleIndex).text());
            title = line;
            Matcher m = TITLE_WITH_YEAR.matcher(line);
            String prefix;
            if (m.matches()) {
                prefix = m.group(1);
                year = Integer.valueOf(m.group(2));
            } else {
                Matcher n = TITLE_WITHOUT_YEAR.matcher(line);
                prefix = n.matches() ? n.group(1) : "";
            }
            prefix = cleanAgency(prefix);
            if (!prefix.isEmpty()) {
                agency = prefix;
            } else if (titleIndex > 0 && isAgencyLine(front.get(titleIndex - 1).text())) {
                agency = cleanAgency(front.get(titleIndex - 1).text());
                title = agency + line;
            }
            for (int i = titleIndex + 1; i < front.size(); i++) {
                preamble.add(front.get(i).text());
            }
        } else {
            front.forEach(p -> preamble.add(p.text()));
        }
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
            Result fromHint = fromHint(titleHint.get());
            agency = agency != null ? agency : fromHint.agency().orElse(null);
            year = year != null ? year : fromHint.year().stream().boxed().findFirst().orElse(null);
            title = title != null ? title : fromHint.title().orElse(null);
        }
        if (year == null) {
            Matcher yearOfReport = YEAR_OF_REPORT.matcher(preambleText);
            if (yearOfReport.find()) {
                year = Integer.valueOf(yearOfReport.group(1));
            }
        }
        return new Result(Optional.ofNullable(agency), year == null ? OptionalInt.empty() : OptionalInt.of(year),
                Optional.ofNullable(title), preamble);
    }

    private static Result fromHint(String hint) {
        String line = stripQuotes(Text.cleanProse(hint));
        Matcher m = TITLE_WITH_YEAR.matcher(line);
        if (m.matches()) {
            String agency = cleanAgency(m.group(1));
            return new Result(Optional.ofNullable(emptyToNull(agency)), OptionalInt.of(Integer.parseInt(m.group(2))),
                    Optional.of(line), List.of());
        }
        Matcher n = TITLE_WITHOUT_YEAR.matcher(line);
        if (n.matches()) {
            return new Result(Optional.ofNullable(emptyToNull(cleanAgency(n.group(1)))), OptionalInt.empty(),
                    Optional.of(line), List.of());
        }
        return new Result(Optional.empty(), OptionalInt.empty(), Optional.empty(), List.of());
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

    private static boolean isAgencyLine(String text) {
        return text.length() <= MAX_AGENCY && Text.hasHan(text) && !text.contains("。") && !text.contains("报告")
                && !text.matches(".*\\d{4}.*");
    }

    private static String cleanAgency(String text) {
        String s = Text.removeSpaces(stripQuotes(text));
        if (s.endsWith("关于")) {
            s = s.substring(0, s.length() - 2);
        }
        return s.length() > MAX_AGENCY ? "" : s;
    }

    private static String stripQuotes(String text) {
        return text.replace("《", "").replace("》", "").trim();
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
