package io.github.xxgk.report.internal.input;

import java.util.Locale;

/**
 * Renders a list counter in one of Word's number formats ({@code w:numFmt}), as Word prints it: {@code
 * chineseCounting} 3 → 三, {@code ideographTraditional} 3 → 丙, {@code decimalEnclosedCircle} 3 → ③. Formats Word
 * has but reports do not use fall back to decimal.
 */
final class NumberFormats {

    private static final String DIGITS = "〇一二三四五六七八九";
    /** The zero read out inside a counted number (一百零五), unlike the digit 〇 written alone or digit by digit. */
    private static final char ZERO = '零';
    private static final String LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";
    private static final String BRANCHES = "子丑寅卯辰巳午未申酉戌亥";

    private NumberFormats() {
    }

    /** The counter {@code n} in format {@code numFmt}; an empty string for {@code none} and bullets. */
    static String format(String numFmt, int n) {
        return switch (numFmt) {
            case "none", "bullet" -> "";
            case "decimalZero" -> n >= 0 && n < 10 ? "0" + n : Integer.toString(n);
            case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(Integer.toString(n));
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" -> enclosed(n, 0x2460);
            case "decimalEnclosedParen" -> enclosed(n, 0x2474);
            case "decimalEnclosedFullstop" -> enclosed(n, 0x2488);
            case "upperRoman" -> roman(n);
            case "lowerRoman" -> roman(n).toLowerCase(Locale.ROOT);
            case "upperLetter" -> letters(n, 'A');
            case "lowerLetter" -> letters(n, 'a');
            case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
                    "taiwaneseCountingThousand", "koreanCounting" -> chinese(n, DIGITS, "十百千");
            case "chineseLegalSimplified", "ideographLegalTraditional" -> chinese(n, LEGAL_DIGITS, "拾佰仟");
            case "ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand" -> digitByDigit(n);
            case "ideographTraditional" -> cycle(n, STEMS);
            case "ideographZodiac" -> cycle(n, BRANCHES);
            default -> Integer.toString(n);
        };
    }

    /** Chinese numerals for 0–9999 (一, 十, 十一, 二十, 一百零五), decimal beyond. */
    static String chinese(int n, String digits, String units) {
        if (n < 0 || n > 9999) {
            return Integer.toString(n);
        }
        if (n < 10) {
            return String.valueOf(digits.charAt(n));
        }
        StringBuilder out = new StringBuilder();
        int[] place = {1000, 100, 10};
        boolean zero = false;
        for (int i = 0; i < place.length; i++) {
            int d = n / place[i] % 10;
            if (d == 0) {
                zero = out.length() > 0;
                continue;
            }
            if (zero) {
                out.append(ZERO);
                zero = false;
            }
            boolean leadingTen = place[i] == 10 && d == 1 && out.length() == 0;
            if (!leadingTen) {
                out.append(digits.charAt(d));
            }
            out.append(units.charAt(2 - i));
        }
        int ones = n % 10;
        if (ones != 0) {
            if (zero) {
                out.append(ZERO);
            }
            out.append(digits.charAt(ones));
        }
        return out.toString();
    }

    private static String digitByDigit(int n) {
        StringBuilder out = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            out.append(Character.isDigit(c) ? DIGITS.charAt(c - '0') : c);
        }
        return out.toString();
    }

    private static String cycle(int n, String symbols) {
        return n >= 1 && n <= symbols.length() ? String.valueOf(symbols.charAt(n - 1)) : Integer.toString(n);
    }

    private static String fullWidth(String ascii) {
        StringBuilder out = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            out.append(Character.isDigit(c) ? (char) (c - '0' + '０') : c);
        }
        return out.toString();
    }

    private static String enclosed(int n, int first) {
        return n >= 1 && n <= 20 ? new String(Character.toChars(first + n - 1)) : Integer.toString(n);
    }

    private static String roman(int n) {
        if (n <= 0 || n >= 4000) {
            return Integer.toString(n);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder out = new StringBuilder();
        int rest = n;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                out.append(symbols[i]);
                rest -= values[i];
            }
        }
        return out.toString();
    }

    /** Word's letter numbering: A … Z, then AA … ZZ, AAA …. */
    private static String letters(int n, char first) {
        if (n <= 0) {
            return Integer.toString(n);
        }
        char letter = (char) (first + (n - 1) % 26);
        return String.valueOf(letter).repeat((n - 1) / 26 + 1);
    }
}
