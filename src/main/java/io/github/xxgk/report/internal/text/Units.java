package io.github.xxgk.report.internal.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The units reports print after a number: money (万元, 元) and counts (件, 条, 人次, …). Readers use them to tell a
 * value from a label, recognition to read "34件" as 34 and to convert 元 printed under a 万元 header.
 */
public final class Units {

    /** Money units, largest first. */
    public static final List<String> MONEY = List.of("万元", "元");
    /** Count units, longest first where one begins another (人次 before 人). */
    public static final List<String> COUNTS = List.of("人次", "条", "件", "个", "次", "项", "份", "期", "篇", "人",
            "家", "笔", "起", "宗", "场", "户");
    /** Every unit, money first, each before any unit it begins with. */
    public static final List<String> ALL = List.of("万元", "元", "人次", "条", "件", "个", "次", "项", "份", "期", "篇",
            "人", "家", "笔", "起", "宗", "场", "户");

    private Units() {
    }

    /** A regular-expression alternation of these units, in their order ("万元|元|…"). */
    public static String alternation(List<String> units) {
        return String.join("|", units.stream().map(Pattern::quote).toList());
    }
}
