package io.github.xxgk.report.internal.text;

/**
 * Counted numbers written in Chinese numerals, as prose states counts: 十二, 两, 一百三十, 一千零五, 三万二千.
 * Digit-by-digit numbers (二〇二一) and the formal 壹贰叁 are not counts and are not read.
 */
public final class ChineseNumerals {

    /** The numerals a counted number is made of. */
    public static final String CHARS = "零〇一二两三四五六七八九十百千万";

    private static final String DIGITS = "零一二三四五六七八九";
    private static final int MAX_CHARS = 12;

    private ChineseNumerals() {
    }

    /** Whether the character is one of {@link #CHARS}. */
    public static boolean isNumeral(char c) {
        return CHARS.indexOf(c) >= 0;
    }

    /**
     * The value of a counted number below 一亿, or -1 if the text is not one: every digit followed by a unit in
     * decreasing order (十, 百, 千 within each 万), 零 only for skipped units, a leading 十 for 10–19.
     */
    public static long value(String text) {
        if (text.isEmpty() || text.length() > MAX_CHARS) {
            return -1;
        }
        int wan = text.indexOf('万');
        if (wan >= 0) {
            long high = below10000(text.substring(0, wan));
            String rest = text.substring(wan + 1);
            long low = rest.isEmpty() ? 0 : below10000(rest.startsWith("零") ? rest.substring(1) : rest);
            return high <= 0 || low < 0 ? -1 : high * 10_000 + low;
        }
        return below10000(text);
    }

    /** A number from 0 to 9999 without 万, or -1. */
    private static long below10000(String text) {
        if (text.isEmpty()) {
            return -1;
        }
        if (text.length() == 1 && text.charAt(0) == '〇') {
            return 0;
        }
        long total = 0;
        int lastUnit = 10_000;
        int digit = -1;
        boolean zeroSeen = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int unit = unitOf(c);
            if (unit > 0) {
                if (unit >= lastUnit) {
                    return -1;
                }
                if (digit < 0) {
                    if (unit != 10 || i != 0) {
                        return -1;
                    }
                    digit = 1;
                }
                total += (long) digit * unit;
                lastUnit = unit;
                digit = -1;
                zeroSeen = false;
            } else {
                int d = digitOf(c);
                if (d < 0 || digit >= 0) {
                    return -1;
                }
                if (d == 0) {
                    if (zeroSeen || i == 0 && text.length() > 1) {
                        return -1;
                    }
                    zeroSeen = true;
                    continue;
                }
                digit = d;
            }
        }
        if (digit >= 0) {
            if (lastUnit == 10_000 && text.length() > 1 || lastUnit != 10_000 && !zeroSeen && lastUnit != 10
                    && text.length() > 1) {
                return -1;
            }
            total += digit;
        } else if (zeroSeen && text.length() > 1) {
            return -1;
        } else if (zeroSeen) {
            return 0;
        }
        return total;
    }

    private static int unitOf(char c) {
        return switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            default -> 0;
        };
    }

    private static int digitOf(char c) {
        if (c == '两') {
            return 2;
        }
        if (c == '〇') {
            return 0;
        }
        return DIGITS.indexOf(c);
    }
}
