package io.github.xxgk.report.internal.text;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * What reports print in a table cell for "no value": dashes of any kind and length (-, --, —, ——, –, ―, ─, －),
 * slashes, 无, 空, N/A, an ellipsis, ×, *. A placeholder is not a number: the cell is absent, not 0. PDF row
 * detection and cell classification both use this definition.
 */
public final class Placeholders {

    private static final Pattern DASHES = Pattern.compile("[-—–―─－‐]+");
    private static final Set<String> WORDS = Set.of("/", "／", "\\", "无", "空", "N/A", "NA", "n/a", "na", "…",
            "……", "×", "*");

    private Placeholders() {
    }

    /** Whether a cell's text, white space removed, is a placeholder. */
    public static boolean isPlaceholder(String text) {
        return WORDS.contains(text) || DASHES.matcher(text).matches();
    }
}
