package io.github.xxgk.report.internal.division;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The State Council's departments, from {@code state-council-departments.txt}: a short list kept by hand from the
 * State Council's notices on its organisation (the file names them), since the code list of divisions has none.
 */
final class StateCouncil {

    private static final String RESOURCE = "state-council-departments.txt";
    /** The country's name, which some departments print before their own (中华人民共和国教育部). */
    static final String COUNTRY = "中华人民共和国";

    private StateCouncil() {
    }

    /** The department the name begins with, the longest that fits. */
    static Optional<String> departmentOf(String name) {
        return Holder.DEPARTMENTS.stream().filter(name::startsWith).findFirst();
    }

    /** Every department's name, longest first. */
    static List<String> departments() {
        return Holder.DEPARTMENTS;
    }

    private static final class Holder {
        static final List<String> DEPARTMENTS = load();
    }

    private static List<String> load() {
        try (InputStream in = StateCouncil.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The resource " + RESOURCE + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the resource " + RESOURCE, e);
        }
    }
}
