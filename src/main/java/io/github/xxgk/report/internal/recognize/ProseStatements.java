package io.github.xxgk.report.internal.recognize;

import io.github.xxgk.report.internal.block.Block;
import io.github.xxgk.report.internal.block.Paragraph;
import io.github.xxgk.report.model.Applicant;
import io.github.xxgk.report.model.ProactiveColumn;
import io.github.xxgk.report.model.ProactiveRow;
import io.github.xxgk.report.model.SectionKey;
import io.github.xxgk.report.model.Template;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Finds the numbers the prose of sections 一 and 三 states about the tables: “共收到政府信息公开申请75件，涉及自然人72件、
 * 商业企业3件”, “办结69件，1件结转下年度继续办理”, “予以公开及部分公开258件”, “行政复议2件、行政诉讼1件”,
 * “未发生行政复议、行政诉讼” (0), “集中公开现行有效行政规范性文件698件”.
 *
 * <p>A sentence (up to 。！？) falls into clauses at ，；：and brackets, a clause into phrases at 、. A phrase states a
 * number when it holds the words of one topic (收到, 上年结转, 予以公开, 不予处理, 行政复议, 现行有效 + 规范性文件, …) and
 * exactly one number with its unit (件, 条, 份, 起, 宗, 例, 次; Chinese numerals read too); a phrase with a number and
 * an applicant (自然人, 商业企业, 法人或其他组织, …) but no topic splits the sentence's last topic of table 三 by
 * applicant. A clause that says nothing happened (未收到, 未发生) states 0 for the requests received and the appeals
 * it names, unless it only rules out an outcome (纠错, 败诉). Phrases that compare with another year (同比, 较上年,
 * 增加, a year other than the report's, 去年) state nothing about this year and are skipped, as are approximate
 * numbers (近300件). Words about the requests (办结, 予以公开, 上年结转) count only in a paragraph that has spoken of
 * 申请; words of receiving (收到, 受理) only in a phrase that names 申请, so “受理群众诉求259起” is no request.
 *
 * <p>A sentence in which an office acts for the agency (代表, 本级) speaks of a part of what the tables count
 * ({@link ProseFigure#part()}). In 2019 reports 主动公开 names the 本年新公开数量 column, and a phrase of table 二
 * without a column word takes the column its sentence named last (“主动公开规章13件，行政规范性文件60件”).
 *
 * <p>Paragraphs that a copy broke mid-sentence (a line end inside “予以公开及部\n分公开”) are joined again, as the
 * sections are; headings start a new paragraph. In section 三 only paragraphs with a 。 are read, so a table
 * flattened into text is not taken for prose. The scan goes once over each paragraph with plain string searches;
 * its cost grows with the length of the text only.
 */
final class ProseStatements {

    private static final String SENTENCE_ENDS = "。！？!?";
    private static final String CLAUSE_ENDS = "，；;：:（）()【】[]";
    private static final String REQUEST = "申请";
    /** The characters that follow every number a phrase states: the units of a count and of an amount (元, 万元). */
    private static final String UNITS = ProseNumbers.COUNT_UNITS + "元";
    /** What a paragraph that goes on in the next one does not end with. */
    private static final String PARAGRAPH_ENDS = "。！？；：…”」』）)!?;:.";
    private static final Pattern NEW_ITEM = Pattern.compile("^(?:[（(]?\\d{1,2}[)）.、．]|[一二三四五六七八九十]+是)");
    /** Words by which an office acts for the agency, so the sentence speaks of a part of what the tables count. */
    private static final List<String> PART = List.of("代表", "本级");

    private static final List<String> NEGATIONS = List.of("未收到", "没有收到", "未接到", "未接收", "未受理", "未发生",
            "没有发生", "未产生", "没有产生", "未出现", "没有出现", "无行政复议", "无行政诉讼");
    /** Words that limit a “none” to one outcome: “未发生被行政复议纠错的情形” says nothing of how many there were. */
    private static final List<String> RESTRICTIONS = List.of("纠错", "纠正", "败诉", "撤销", "违法", "胜诉");
    private static final List<String> COMPARISONS = List.of("同比", "环比", "较上年", "较去年", "比上年", "比去年",
            "较上一年", "相比", "增加", "减少", "增长", "下降", "上升", "回落", "持平", "增幅", "降幅");
    private static final List<String> LAST_YEAR = List.of("去年", "上一年", "上年");
    /** Words on appeals that name an outcome column, not the row's total. */
    private static final List<String> APPEAL_OUTCOMES = List.of("纠错", "纠正", "败诉", "胜诉", "维持", "撤销",
            "审结", "结案", "尚未", "驳回", "确认违法");
    /** Things an agency receives and answers that are no disclosure requests. */
    private static final List<String> NOT_REQUESTS = List.of("留言", "咨询", "诉求", "来信", "信件", "建议", "提案",
            "热线", "问题", "工单", "来电");

    private static final List<String> CARRIED_OVER = List.of("上年结转", "上年度结转", "上一年度结转", "上一年结转",
            "去年结转");
    private static final List<String> CARRIED_FORWARD = List.of("结转下", "结转至下", "结转到下", "转入下", "顺延到下",
            "顺延至下", "延续到下", "正在办理", "尚在办理", "仍在办理", "尚未办结", "未办结");
    private static final List<String> GRANTED = List.of("予以公开", "全部公开", "同意公开");
    private static final List<String> RESULTS_TOTAL = List.of("办结", "答复", "办理完毕", "完成办理");
    private static final List<String> RECEIVED = List.of("收到", "受理", "接收", "接到", "接受");

    private final Template template;
    private final OptionalInt year;
    private final List<ProseFigure> found = new ArrayList<>();
    private final StringBuilder pending = new StringBuilder();
    private int pendingLine;
    private SectionKey pendingSection;
    private boolean part;
    private ProactiveColumn sentenceColumn;

    private ProseStatements(Template template, OptionalInt year) {
        this.template = template;
        this.year = year;
    }

    /**
     * The figures the paragraphs of sections 一 and 三 state, in source order; none for a template without the
     * tables.
     *
     * @param sectionAt for each block, the template section it stands in, or null
     * @param proseAt for each paragraph block, its text cleaned as {@link Text#cleanProse} cleans it
     */
    static List<ProseFigure> find(List<Block> blocks, SectionKey[] sectionAt, String[] proseAt, Template template,
            OptionalInt year) {
        if (template != Template.T2021 && template != Template.T2019) {
            return List.of();
        }
        ProseStatements scan = new ProseStatements(template, year);
        for (int i = 0; i < blocks.size(); i++) {
            SectionKey section = sectionAt[i];
            if (blocks.get(i) instanceof Paragraph paragraph
                    && (section == SectionKey.OVERVIEW || section == SectionKey.REQUESTS)) {
                scan.piece(proseAt[i], paragraph.line(), section);
            } else {
                scan.flush();
            }
        }
        scan.flush();
        return List.copyOf(scan.found);
    }

    /** Adds a paragraph's text to the one it continues, or starts a new one; reads what is complete. */
    private void piece(String text, int line, SectionKey section) {
        if (section != pendingSection) {
            flush();
        }
        Optional<Headings.Heading> heading = Headings.top(text).or(() -> Headings.sub(text));
        if (heading.isPresent() || NEW_ITEM.matcher(text).find()) {
            flush();
        }
        if (text.isEmpty() || heading.isPresent() && heading.get().rest().isEmpty()) {
            return;
        }
        if (pending.length() == 0) {
            pendingLine = line;
            pendingSection = section;
        }
        pending.append(text);
        if (PARAGRAPH_ENDS.indexOf(text.charAt(text.length() - 1)) >= 0) {
            flush();
        }
    }

    /** Reads the paragraph held, if any: in section 三 only if it has a 。, as prose has. */
    private void flush() {
        if (pending.length() > 0) {
            String text = pending.toString();
            if (pendingSection == SectionKey.OVERVIEW || text.indexOf('。') >= 0) {
                paragraph(text, pendingLine);
            }
            pending.setLength(0);
        }
        pendingSection = null;
    }

    private void paragraph(String text, int line) {
        boolean aboutRequests = false;
        int start = 0;
        while (start < text.length()) {
            int end = indexOfAny(text, SENTENCE_ENDS, start);
            String sentence = text.substring(start, end).strip();
            aboutRequests |= sentence.contains(REQUEST);
            if (!sentence.isEmpty()) {
                sentence(sentence, line, aboutRequests);
            }
            start = end + 1;
        }
    }

    private void sentence(String sentence, int line, boolean aboutRequests) {
        if (!mayState(sentence)) {
            return;
        }
        ProseTopic last = null;
        part = containsAny(sentence, PART);
        sentenceColumn = null;
        int start = 0;
        while (start < sentence.length()) {
            int end = clauseEnd(sentence, start);
            String clause = sentence.substring(start, end);
            boolean none = containsAny(clause, NEGATIONS) && !containsAny(clause, RESTRICTIONS);
            int from = 0;
            while (from <= clause.length()) {
                int to = clause.indexOf('、', from);
                to = to < 0 ? clause.length() : to;
                String phrase = clause.substring(from, to).strip();
                if (!phrase.isEmpty()) {
                    last = phrase(sentence, line, phrase, none, aboutRequests, last);
                }
                from = to + 1;
            }
            start = end + 1;
        }
    }

    /**
     * Whether a sentence may state a figure at all: a number needs its unit after it, a zero its negation; the many
     * sentences with neither are not cut into phrases.
     */
    private static boolean mayState(String sentence) {
        return indexOfAny(sentence, UNITS, 0) < sentence.length() || containsAny(sentence, NEGATIONS);
    }

    /** Reads one phrase; returns the sentence's last topic of table 三 after it. */
    private ProseTopic phrase(String sentence, int line, String phrase, boolean none, boolean aboutRequests,
            ProseTopic last) {
        if (containsAny(phrase, COMPARISONS)) {
            return last;
        }
        List<ProseTopic.Kind> appeals = appealKinds(phrase);
        Optional<ProseTopic.Kind> request = appeals.isEmpty() ? requestKind(phrase, aboutRequests) : Optional.empty();
        boolean carry = request.isPresent() && (request.get() == ProseTopic.Kind.CARRIED_OVER
                || request.get() == ProseTopic.Kind.CARRIED_FORWARD);
        if (!carry && (namesLastYear(phrase) || namesOtherYear(phrase))) {
            return last;
        }
        List<ProseNumbers.Found> counts = ProseNumbers.counts(phrase);
        if (!appeals.isEmpty()) {
            if (counts.size() == 1 && !containsAny(phrase, APPEAL_OUTCOMES)) {
                ProseTopic topic = appeals.get(0).in(template);
                for (ProseTopic.Kind kind : appeals.subList(1, appeals.size())) {
                    topic = topic.plus(kind.in(template));
                }
                add(sentence, line, phrase, counts.get(0).value(), topic);
            } else if (counts.isEmpty() && none) {
                appeals.forEach(kind -> add(sentence, line, phrase, BigDecimal.ZERO, kind.in(template)));
            }
            return last;
        }
        List<Applicant> applicants = applicants(phrase);
        if (request.isPresent()) {
            ProseTopic topic = request.get().in(template);
            ProseTopic stated = applicants.isEmpty() ? topic : topic.forApplicants(applicants);
            if (counts.size() == 1) {
                add(sentence, line, phrase, counts.get(0).value(), stated);
            } else if (counts.isEmpty() && none && request.get().zeroable()) {
                add(sentence, line, phrase, BigDecimal.ZERO, stated);
            }
            return topic;
        }
        Optional<ProseTopic> proactive = proactiveTopic(phrase);
        if (proactive.isPresent()) {
            List<ProseNumbers.Found> numbers = proactive.get().readings().get(0).get(0).row() == ProactiveRow.FEES
                    ? ProseNumbers.amounts(phrase) : counts;
            if (numbers.size() == 1) {
                add(sentence, line, phrase, numbers.get(0).value(), proactive.get());
            }
            return last;
        }
        if (last != null && !applicants.isEmpty() && counts.size() == 1) {
            add(sentence, line, phrase, counts.get(0).value(), last.forApplicants(applicants));
        }
        return last;
    }

    private void add(String sentence, int line, String phrase, BigDecimal value, ProseTopic topic) {
        found.add(new ProseFigure(sentence, line, phrase, value, topic.readings(), part));
    }

    /** The appeals a phrase names: 复议后起诉, 直接起诉, or 行政复议 and 行政诉讼, one or both. */
    private static List<ProseTopic.Kind> appealKinds(String phrase) {
        if (phrase.contains("复议后起诉") || phrase.contains("复议后提起")) {
            return List.of(ProseTopic.Kind.LITIGATION_AFTER_RECONSIDERATION);
        }
        if (phrase.contains("直接起诉") || phrase.contains("直接提起")) {
            return List.of(ProseTopic.Kind.LITIGATION_DIRECT);
        }
        List<ProseTopic.Kind> kinds = new ArrayList<>(2);
        if (phrase.contains("复议")) {
            kinds.add(ProseTopic.Kind.RECONSIDERATION);
        }
        if (phrase.contains("诉讼")) {
            kinds.add(ProseTopic.Kind.LITIGATION);
        }
        return kinds;
    }

    /** The row or group of table 三 a phrase names, most specific words first. */
    private static Optional<ProseTopic.Kind> requestKind(String phrase, boolean aboutRequests) {
        boolean request = phrase.contains(REQUEST);
        if (!aboutRequests && !request) {
            return Optional.empty();
        }
        if (containsAny(phrase, CARRIED_OVER)) {
            return Optional.of(ProseTopic.Kind.CARRIED_OVER);
        }
        if (containsAny(phrase, CARRIED_FORWARD)) {
            return Optional.of(ProseTopic.Kind.CARRIED_FORWARD);
        }
        boolean granted = containsAny(phrase, GRANTED);
        if (phrase.contains("部分公开")) {
            return Optional.of(granted ? ProseTopic.Kind.GRANTED_AND_PARTIALLY : ProseTopic.Kind.PARTIALLY_GRANTED);
        }
        if (phrase.contains("不予公开")) {
            return Optional.of(ProseTopic.Kind.DENIED);
        }
        if (granted) {
            return Optional.of(ProseTopic.Kind.GRANTED);
        }
        if (phrase.contains("无法提供")) {
            return Optional.of(phrase.contains("不掌握") ? ProseTopic.Kind.UNAVAILABLE_NOT_HELD
                    : ProseTopic.Kind.UNAVAILABLE);
        }
        if (phrase.contains("不予处理")) {
            return Optional.of(ProseTopic.Kind.REJECTED);
        }
        if (phrase.contains("其他处理")) {
            return Optional.of(ProseTopic.Kind.OTHER_HANDLING);
        }
        if (containsAny(phrase, NOT_REQUESTS)) {
            return Optional.empty();
        }
        if (request && phrase.contains("新收")) {
            return Optional.of(ProseTopic.Kind.NEW);
        }
        if (containsAny(phrase, RESULTS_TOTAL)) {
            return Optional.of(ProseTopic.Kind.RESULTS_TOTAL);
        }
        if (request && containsAny(phrase, RECEIVED)) {
            return Optional.of(ProseTopic.Kind.RECEIVED);
        }
        if (request && phrase.contains("办理")) {
            return Optional.of(ProseTopic.Kind.HANDLED);
        }
        return Optional.empty();
    }

    /** A cell of table 二 the phrase names by its row (规章, 规范性文件, 行政事业性收费) and its column. */
    private Optional<ProseTopic> proactiveTopic(String phrase) {
        if (phrase.contains("行政事业性收费")) {
            return ProseTopic.proactive(ProactiveRow.FEES, ProactiveColumn.AMOUNT, template);
        }
        boolean documents = phrase.contains("规范性文件");
        boolean regulations = phrase.contains("规章") && !phrase.contains("规章制度");
        if (documents == regulations) {
            return Optional.empty();
        }
        ProactiveRow row = documents ? ProactiveRow.NORMATIVE_DOCUMENTS : ProactiveRow.REGULATIONS;
        List<ProactiveColumn> columns = new ArrayList<>(1);
        if (template == Template.T2021) {
            addIf(columns, phrase.contains("现行有效"), ProactiveColumn.IN_FORCE);
            addIf(columns, phrase.contains("废止"), ProactiveColumn.REPEALED);
            addIf(columns, phrase.contains("制发"), ProactiveColumn.ISSUED);
        } else {
            addIf(columns, phrase.contains("制作"), ProactiveColumn.CREATED);
            addIf(columns, phrase.contains("新公开") || phrase.contains("主动公开"), ProactiveColumn.PUBLISHED);
            addIf(columns, phrase.contains("对外公开总数"), ProactiveColumn.TOTAL_PUBLISHED);
        }
        if (columns.size() == 1) {
            sentenceColumn = columns.get(0);
        } else if (columns.isEmpty() && sentenceColumn != null) {
            columns.add(sentenceColumn);
        }
        return columns.size() == 1 ? ProseTopic.proactive(row, columns.get(0), template) : Optional.empty();
    }

    private static void addIf(List<ProactiveColumn> columns, boolean condition, ProactiveColumn column) {
        if (condition) {
            columns.add(column);
        }
    }

    /** The applicant columns a phrase names; 法人或其他组织 is all five of them. */
    private static List<Applicant> applicants(String phrase) {
        if (phrase.contains("法人")) {
            return List.of(Applicant.COMMERCIAL, Applicant.RESEARCH, Applicant.NONPROFIT, Applicant.LEGAL_SERVICE,
                    Applicant.OTHER_ORG);
        }
        List<Applicant> named = new ArrayList<>(1);
        for (Applicant applicant : List.of(Applicant.NATURAL_PERSON, Applicant.COMMERCIAL, Applicant.RESEARCH,
                Applicant.NONPROFIT, Applicant.LEGAL_SERVICE)) {
            if (phrase.contains(applicant.label())) {
                named.add(applicant);
            }
        }
        return named.size() == 1 ? named : List.of();
    }

    /** Whether the phrase speaks of last year (去年, 上年) other than to name what it carried over (上年结转). */
    private static boolean namesLastYear(String phrase) {
        for (String word : LAST_YEAR) {
            int at = phrase.indexOf(word);
            while (at >= 0) {
                int after = at + word.length();
                if (phrase.startsWith("度", after)) {
                    after++;
                }
                if (!phrase.startsWith("结转", after)) {
                    return true;
                }
                at = phrase.indexOf(word, after);
            }
        }
        return false;
    }

    /** Whether the phrase names a year (“2020年”) other than the report's. */
    private boolean namesOtherYear(String phrase) {
        int at = phrase.indexOf('年');
        while (at >= 0) {
            if (at >= 4 && isYear(phrase, at - 4) && (at < 5 || !Character.isDigit(phrase.charAt(at - 5)))) {
                int named = Integer.parseInt(phrase.substring(at - 4, at));
                if (year.isEmpty() || named != year.getAsInt()) {
                    return true;
                }
            }
            at = phrase.indexOf('年', at + 1);
        }
        return false;
    }

    private static boolean isYear(String text, int start) {
        for (int i = start; i < start + 4; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return text.charAt(start) == '1' || text.charAt(start) == '2';
    }

    /** The end of the clause from {@code start}: a clause mark, or a comma that does not group digits. */
    private static int clauseEnd(String sentence, int start) {
        for (int i = start; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (CLAUSE_ENDS.indexOf(c) >= 0 || c == ',' && !groupsDigits(sentence, i)) {
                return i;
            }
        }
        return sentence.length();
    }

    /** Whether a comma stands between digits as a thousands separator (“1,295”). */
    private static boolean groupsDigits(String text, int comma) {
        if (comma == 0 || comma + 3 >= text.length() || !Character.isDigit(text.charAt(comma - 1))) {
            return false;
        }
        for (int k = 1; k <= 3; k++) {
            if (!Character.isDigit(text.charAt(comma + k))) {
                return false;
            }
        }
        return comma + 4 == text.length() || !Character.isDigit(text.charAt(comma + 4));
    }

    private static int indexOfAny(String text, String chars, int from) {
        for (int i = from; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }

    private static boolean containsAny(String text, List<String> words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
