package io.github.xxgk.report.internal.recognize;

import io.github.xxgk.report.internal.text.Whitespace;
import io.github.xxgk.report.model.ValueKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The lexical side of splitting a run: the pieces a run's text falls into where separators survived, and the ways a
 * cell of a given {@link ValueKind} can be read from the start of a piece.
 *
 * <p>A separator is white space of any kind, {@code |}, {@code ;}, {@code ；}, {@code 、} or {@code ，}. Full-width
 * digits and signs are read as ASCII. A placeholder for an absent cell is a stretch of dashes (— – ― - －), slashes
 * or 无 (or {@code N/A}); a stretch of several such characters may stand for one absent cell or for several, as the
 * cell count decides. A number has no leading zero unless it is a lone {@code 0}, may group thousands with commas
 * ({@code 11,398,889}), and has at most {@value #MAX_DIGITS} digits before any decimal point: no count in these
 * reports comes near that, and the bound keeps every value in a {@code long}. A signed count (本年增/减) may start
 * with {@code +} or {@code -}; a hyphen right before a digit is then its sign, not a placeholder. An amount of money
 * may have decimals and a unit 元 or 万元 after it; the unit is dropped and the number kept as printed.
 */
final class SplitText {

    /** The longest piece (characters between separators) a run may have; a longer one is refused. */
    static final int MAX_PIECE_CHARS = 40;

    /** The most digits a cell's whole part may have. */
    static final int MAX_DIGITS = 15;

    private static final int MAX_FRACTION_DIGITS = 8;
    private static final char DASH = '—';

    private SplitText() {
    }

    /**
     * One way to read a cell from a piece, starting at a given index and ending before {@link #end()}.
     *
     * @param end the index after the cell's last character
     * @param value the number, or {@code null} for a placeholder (an absent cell)
     */
    record Reading(int end, BigDecimal value) {

        boolean placeholder() {
            return value == null;
        }
    }

    /** The run's text cut at its separators, each piece normalised (full-width digits as ASCII, dashes as —). */
    static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        String spelled = text.replace("N/A", "/").replace("n/a", "/");
        for (int i = 0; i < spelled.length(); i++) {
            char c = spelled.charAt(i);
            if (isSeparator(c)) {
                if (piece.length() > 0) {
                    pieces.add(piece.toString());
                    piece.setLength(0);
                }
            } else {
                piece.append(normalise(c));
            }
        }
        if (piece.length() > 0) {
            pieces.add(piece.toString());
        }
        return pieces;
    }

    private static boolean isSeparator(char c) {
        return Whitespace.isSpace(c) || "|｜;；、，".indexOf(c) >= 0;
    }

    private static char normalise(char c) {
        if (c >= '０' && c <= '９') {
            return (char) ('0' + (c - '０'));
        }
        return switch (c) {
            case '．' -> '.';
            case '＋' -> '+';
            case '－', '−' -> '-';
            case '／' -> '/';
            case '–', '―', '‒', '─' -> DASH;
            default -> c;
        };
    }

    /** The most characters a number of this kind can take (digits, commas, sign, decimals, unit). */
    static int maxChars(ValueKind kind) {
        int whole = MAX_DIGITS + (MAX_DIGITS - 1) / 3;
        return switch (kind) {
            case COUNT -> whole;
            case SIGNED_COUNT -> whole + 1;
            case AMOUNT -> whole + 1 + MAX_FRACTION_DIGITS + 2;
        };
    }

    /** Whether a character may be part of a placeholder. */
    static boolean isPlaceholder(char c) {
        return c == DASH || c == '-' || c == '/' || c == '无';
    }

    /** Whether a character is a hyphen-minus, which before a digit is a sign in a signed cell. */
    static boolean isMinus(char c) {
        return c == '-';
    }

    /** Every reading of a cell of this kind that starts at {@code start} in the piece, shortest first. */
    static List<Reading> readings(String piece, int start, ValueKind kind) {
        List<Reading> readings = new ArrayList<>();
        int end = start;
        while (end < piece.length() && isPlaceholder(piece.charAt(end))) {
            end++;
            readings.add(new Reading(end, null));
        }
        int digits = start;
        boolean negative = false;
        if (kind == ValueKind.SIGNED_COUNT && start < piece.length()
                && (piece.charAt(start) == '+' || piece.charAt(start) == '-')) {
            negative = piece.charAt(start) == '-';
            digits++;
        }
        for (Whole whole : wholes(piece, digits)) {
            if (kind == ValueKind.AMOUNT) {
                amounts(piece, whole, readings);
            } else {
                BigDecimal value = BigDecimal.valueOf(negative ? -whole.value : whole.value);
                readings.add(new Reading(whole.end, value));
            }
        }
        return readings;
    }

    private record Whole(int end, long value, String digits) {
    }

    /** The whole numbers readable from {@code start}: plain digits, or digits grouped by commas in threes. */
    private static List<Whole> wholes(String piece, int start) {
        List<Whole> wholes = new ArrayList<>();
        if (start >= piece.length() || !isDigit(piece.charAt(start))) {
            return wholes;
        }
        if (piece.charAt(start) == '0') {
            wholes.add(new Whole(start + 1, 0, "0"));
            return wholes;
        }
        long value = 0;
        int end = start;
        while (end < piece.length() && isDigit(piece.charAt(end)) && end - start < MAX_DIGITS) {
            value = value * 10 + (piece.charAt(end) - '0');
            end++;
            wholes.add(new Whole(end, value, piece.substring(start, end)));
        }
        int lead = end - start;
        if (lead <= 3 && end < piece.length() && piece.charAt(end) == ',') {
            StringBuilder grouped = new StringBuilder(piece.substring(start, end));
            while (isGroup(piece, end) && grouped.length() + 3 <= MAX_DIGITS) {
                grouped.append(piece, end + 1, end + 4);
                end += 4;
                wholes.add(new Whole(end, Long.parseLong(grouped.toString()), grouped.toString()));
            }
        }
        return wholes;
    }

    /** Whether a comma and three digits start at {@code at}. */
    private static boolean isGroup(String piece, int at) {
        return at + 3 < piece.length() && piece.charAt(at) == ',' && isDigit(piece.charAt(at + 1))
                && isDigit(piece.charAt(at + 2)) && isDigit(piece.charAt(at + 3));
    }

    /** Adds the amounts built on a whole part: the whole alone, with each length of decimals, each with a unit. */
    private static void amounts(String piece, Whole whole, List<Reading> readings) {
        addWithUnits(piece, whole.end, new BigDecimal(whole.digits), readings);
        int point = whole.end;
        if (point < piece.length() && piece.charAt(point) == '.') {
            int end = point + 1;
            while (end < piece.length() && isDigit(piece.charAt(end)) && end - point <= MAX_FRACTION_DIGITS) {
                end++;
                addWithUnits(piece, end, new BigDecimal(whole.digits + piece.substring(point, end)), readings);
            }
        }
    }

    private static void addWithUnits(String piece, int end, BigDecimal value, List<Reading> readings) {
        readings.add(new Reading(end, value));
        if (piece.startsWith("元", end)) {
            readings.add(new Reading(end + 1, value));
        } else if (piece.startsWith("万元", end)) {
            readings.add(new Reading(end + 2, value));
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
