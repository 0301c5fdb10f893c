package io.github.xxgk.report.internal.recognize;

import io.github.xxgk.report.internal.text.Whitespace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells an agency's name from the words around it, and finds it in the sentences of a report that has no title
 * naming it: the body that presents the report ("现公布X2020年度政府信息公开工作年度报告", "由X编制") or the first
 * sentence of section 一 ("2022年，X认真贯彻…"). A name must end as an agency's name does (局, 政府, 办事处, 镇 …) and
 * must not be site chrome, a breadcrumb or a pronoun ("我局", "本机关"): a name that cannot be told is absent, never
 * a guess.
 */
final class AgencyNames {

    private static final int MIN_NAME = 3;
    private static final int MAX_NAME = 40;
    /** The shortest name a title gives ("螅镇"); a name found in a sentence is longer, to tell it from a pronoun. */
    private static final int MIN_TITLE_NAME = 2;
    private static final Pattern TRAILING_ALIAS = Pattern.compile("[(（][^()（）]+[)）]$");
    private static final String NAME = "([\\p{IsHan}()（）]{" + MIN_NAME + "," + MAX_NAME + "}?)";
    private static final String YEAR = "(?:(?:19|20)\\d{2}\\s*年度?)";
    /** "现将X2020年度政府信息公开工作年度报告…", "现公布X…年度报告", "特向社会公布X…报告". */
    private static final Pattern PRESENTS = Pattern.compile(
            "(?:现将|现公布|现予公布|现发布|公布|发布)" + NAME + YEAR + "(?:政府信息公开|政务公开|信息公开|工作年度报告|年度报告)");
    /** "由X编制", "由X负责编制"; "X特编制2023年政府信息公开年度报告". */
    private static final Pattern COMPILED_BY = Pattern.compile("由" + NAME + "(?:负责)?(?:编制|编写|起草)|(?:^|[，,。])"
            + NAME + "特?编制" + YEAR + "?(?:政府信息公开|政务公开|信息公开)");
    /** The first sentence of the body: "2022年，X认真贯彻…", "X以习近平新时代…". */
    private static final Pattern SUBJECT = Pattern.compile("^(?:" + YEAR + "(?:以来)?\\s*[，,]\\s*)?" + NAME
            + "(?:认真|深入|坚持|始终|全面|严格|紧紧|紧扣|以习近平|按照|围绕|持续|积极|进一步|高度重视|不断|扎实|大力|切实"
            + "|全年|共|主动|严格按照|继续)");
    /** Words an agency's name ends with. */
    private static final Pattern AGENCY_END = Pattern.compile(
            ".*(?:人民政府|政府|办事处|街道|镇|乡|局|委员会|委|办公室|办|厅|中心|署|院|管委会|分局|站|所|公司|集团|银行|会|区|县|市|州|旗|盟|省)$");
    /** Internal offices named as the report's author: "由两城镇人民政府党政办公室编制" names 两城镇人民政府. */
    private static final Pattern OFFICE = Pattern.compile("(.+?(?:人民政府|政府|办事处|街道|镇|乡|局|委员会))"
            + "(?:党政办公室|党政综合办公室|综合办公室|党政办|办公室|政务公开办公室)?(?:综合科|办公科|综合股)?$");
    /** Words of site chrome: breadcrumbs, page furniture, a metadata table's captions. */
    private static final Pattern CHROME = Pattern.compile(
            "首页|位置|网站|门户|栏目|浏览|打印|字体|当前|来源|发布|索引|标题|Page|[|>»]");
    /** What a name never holds besides chrome: pronouns, digits, punctuation. */
    private static final Pattern NOT_A_NAME = Pattern.compile("^(?:我|本|全|各|该|上级|区委|市委|县委)|[0-9：:、，,。]");

    private AgencyNames() {
    }

    /** The agency the sentences name, the first found in the order given. */
    static Optional<String> inSentences(List<String> paragraphs) {
        List<String> found = new ArrayList<>();
        for (String paragraph : paragraphs) {
            String text = Whitespace.remove(paragraph);
            add(found, PRESENTS.matcher(text), false);
            add(found, COMPILED_BY.matcher(text), true);
            for (String sentence : text.split("[。；;]")) {
                add(found, SUBJECT.matcher(sentence), false);
            }
        }
        return found.stream().findFirst();
    }

    private static void add(List<String> found, Matcher matcher, boolean author) {
        while (matcher.find()) {
            String name = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
            if (author) {
                Matcher office = OFFICE.matcher(name);
                name = office.matches() ? office.group(1) : name;
            }
            if (isName(name)) {
                found.add(name);
            }
        }
    }

    /**
     * Whether the text can be an agency's name: of a name's length, ending as a name does (a bracketed alias after
     * it aside: "高新区(新市区)"), and no chrome or pronoun in it.
     */
    static boolean isName(String text) {
        String core = TRAILING_ALIAS.matcher(text).replaceFirst("");
        return core.length() >= MIN_TITLE_NAME && text.length() <= MAX_NAME && AGENCY_END.matcher(core).matches()
                && !NOT_A_NAME.matcher(text).find() && !isChrome(text);
    }

    /** Whether the text is site chrome (a breadcrumb, page furniture, a metadata caption), never a name or title. */
    static boolean isChrome(String text) {
        return CHROME.matcher(text).find();
    }
}
