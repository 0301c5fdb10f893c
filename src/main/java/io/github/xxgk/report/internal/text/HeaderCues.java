package io.github.xxgk.report.internal.text;

import io.github.xxgk.report.model.TableKind;
import java.util.List;
import java.util.Optional;

/**
 * The words of a statistical table's header that tell which table follows, and the header cells that name no
 * column (a caption such as 信息内容, 第二十条第（一）项, 申请人情况, or table 三's note on 勾稽关系). Expects labels
 * normalised as recognition compares them (half-width, no white space).
 */
public final class HeaderCues {

    private static final List<String> PROACTIVE = List.of("信息内容", "第二十条");
    private static final List<String> REQUESTS = List.of("申请人情况", "自然人", "商业企业");
    private static final List<String> APPEALS = List.of("行政复议", "行政诉讼", "结果维持");
    private static final List<String> CAPTIONS = List.of("第二十条", "信息内容", "申请人情况", "勾稽关系");

    private HeaderCues() {
    }

    /** The table a header cell introduces, if it holds one of that table's cue words. */
    public static Optional<TableKind> tableOf(String normalizedHeader) {
        if (containsAny(normalizedHeader, PROACTIVE)) {
            return Optional.of(TableKind.PROACTIVE);
        } else if (containsAny(normalizedHeader, REQUESTS)) {
            return Optional.of(TableKind.REQUESTS);
        } else if (containsAny(normalizedHeader, APPEALS)) {
            return Optional.of(TableKind.APPEALS);
        }
        return Optional.empty();
    }

    /** Whether a header cell is a caption, which names no column of the table. */
    public static boolean isCaption(String normalizedHeader) {
        return containsAny(normalizedHeader, CAPTIONS);
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
