package io.github.xxgk.report.internal.division;

import java.util.List;

/**
 * Reads the divisions an agency's name begins with, outermost first: 淮安市 then 洪泽区 in 淮安市洪泽区人民政府,
 * 天津市, 东丽区 and 金桥街道 in 天津市东丽区人民政府金桥街道办事处. Each division must lie inside the one before it;
 * the longest name that does is taken at each place. A short form (淮安, 平潭) counts only where the text after it
 * confirms it: a division inside it by its full name, 人民政府, or a zone (平潭综合实验区). What follows the divisions
 * (民政局, 办公厅) is the agency's office and is not read.
 */
final class NameChain {

    /** Words between two divisions of a name: 天津市东丽区人民政府金桥街道办事处. */
    private static final List<String> GOVERNMENT = List.of("人民政府", "政府");
    /** What confirms a short form besides a division inside it. */
    private static final String CONFIRMING_GOVERNMENT = "人民政府";
    /** Zones named after the division they lie in (平潭综合实验区 is 平潭县's). */
    private static final List<String> ZONES = List.of("综合实验区", "综合试验区", "经济技术开发区", "高新技术产业开发区",
            "经济开发区", "高新区", "开发区", "新区", "实验区", "示范区");

    private final DivisionData data;

    NameChain(DivisionData data) {
        this.data = data;
    }

    /**
     * The divisions the name may mean by the deepest division it begins with: one, several when that name fits
     * several places consistent with the divisions before it (朝阳区), or none when it begins with no division.
     */
    List<Unit> deepest(String name) {
        List<Unit> current = List.of();
        int at = 0;
        while (at < name.length()) {
            Step step = step(name, at, current, true);
            if (step == null && !current.isEmpty()) {
                int skip = prefixLength(name, at, GOVERNMENT);
                step = skip > 0 ? step(name, at + skip, current, true) : null;
            }
            if (step == null) {
                break;
            }
            current = step.units();
            at = step.end();
        }
        return current;
    }

    /** The divisions named at this place, inside one of the parents (any when there is none), the longest first. */
    private Step step(String name, int at, List<Unit> parents, boolean shortForms) {
        for (int end = Math.min(name.length(), at + data.longestName()); end - at >= 2; end--) {
            String text = name.substring(at, end);
            List<Unit> full = within(data.named(text), parents);
            if (!full.isEmpty()) {
                return new Step(full, end);
            }
            if (shortForms) {
                List<Unit> abbreviated = within(data.shortNamed(text), parents);
                if (!abbreviated.isEmpty() && confirms(name, end, abbreviated)) {
                    return new Step(abbreviated, end);
                }
            }
        }
        return null;
    }

    /** Whether the text from here confirms a short form: a division inside it, 人民政府, or a zone. */
    private boolean confirms(String name, int at, List<Unit> abbreviated) {
        return name.startsWith(CONFIRMING_GOVERNMENT, at) || prefixLength(name, at, ZONES) > 0
                || step(name, at, abbreviated, false) != null;
    }

    private static List<Unit> within(List<Unit> units, List<Unit> parents) {
        if (parents.isEmpty()) {
            return units;
        }
        return units.stream().filter(unit -> parents.stream().anyMatch(unit::isWithin)).toList();
    }

    private static int prefixLength(String name, int at, List<String> words) {
        return words.stream().filter(word -> name.startsWith(word, at)).findFirst().map(String::length).orElse(0);
    }

    /** The divisions one name gives, and where the name ends. */
    private record Step(List<Unit> units, int end) {
    }
}
