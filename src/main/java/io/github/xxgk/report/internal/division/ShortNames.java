package io.github.xxgk.report.internal.division;

import java.util.ArrayList;
import java.util.List;

/**
 * The names a division goes by besides the code list's: an autonomous prefecture, county or banner is also called
 * by its place name and its kind (延边朝鲜族自治州 → 延边州, 峨边彝族自治县 → 峨边县), and any division above a township
 * is printed short before another division's name or a zone's (淮安洪泽区, 平潭综合实验区, 内蒙古乌海市): its name
 * without its kind (洪泽区 → 洪泽, 上海市 → 上海, 浦东新区 → 浦东) or without the people named in an autonomous name
 * (广西壮族自治区 → 广西). A township is only ever known by its full name.
 *
 * @param names the names that identify the division by themselves
 * @param abbreviations the short forms, which identify it only where something confirms them
 */
record ShortNames(List<String> names, List<String> abbreviations) {

    private static final int SHORTEST = 2;
    private static final String AUTONOMOUS = "自治";
    /** The kinds a name ends with, longest first so that 浦东新区 loses 新区, not 区. */
    private static final List<String> KINDS = List.of("特别行政区", "地区", "林区", "特区", "新区", "矿区", "省", "市",
            "区", "县", "旗", "盟");

    /** The names of a division above a township. */
    static ShortNames of(Unit unit) {
        String name = unit.name();
        List<String> names = new ArrayList<>(List.of(name));
        List<String> abbreviations = new ArrayList<>();
        int autonomous = name.indexOf(AUTONOMOUS);
        if (autonomous > 0) {
            int people = name.indexOf('族');
            String place = name.substring(0, people > 0 && people < autonomous ? people : autonomous);
            String kind = name.substring(autonomous + AUTONOMOUS.length());
            for (int length = SHORTEST; length <= place.length(); length++) {
                String prefix = place.substring(0, length);
                abbreviations.add(prefix);
                if (!kind.equals("区")) {
                    names.add(prefix + kind);
                }
            }
        } else {
            KINDS.stream().filter(kind -> name.endsWith(kind) && name.length() - kind.length() >= SHORTEST)
                    .findFirst().ifPresent(kind -> abbreviations.add(name.substring(0, name.length() - kind.length())));
        }
        return new ShortNames(List.copyOf(names), List.copyOf(abbreviations));
    }
}
