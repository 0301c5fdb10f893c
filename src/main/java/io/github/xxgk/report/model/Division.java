package io.github.xxgk.report.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One administrative division by the statistics bureau's division code (统计用区划代码, which extends GB/T 2260):
 * six digits for a province, prefecture or county ({@code 320813} 洪泽区), twelve for a township
 * ({@code 440104003000} 北京街道).
 *
 * @param code the code, 6 or 12 digits
 * @param name the name as the code list prints it, e.g. 淮安市
 */
public record Division(String code, String name) {

    private static final Pattern CODE = Pattern.compile("\\d{6}(?:\\d{6})?");

    /** Checks that the code has 6 or 12 digits and the name is not blank. */
    public Division {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("A division code has 6 or 12 digits: " + code);
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("A division has a name: " + code);
        }
    }
}
