package io.github.xxgk.report.export;

import io.github.xxgk.report.model.CellKey;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Column names that Stata accepts: at most 32 characters of {@code [A-Za-z0-9_]}, starting with a letter.
 *
 * <p>A cell's name is its three keys joined by {@code _}, each shortened the same way in every name (table
 * {@code requests} → {@code req}, row {@code denied_state_secret} → {@code den_secret}, column
 * {@code natural_person} → {@code natural}; the table {@link #SHORT}), so that a name reads like its key:
 * {@code requests.denied_state_secret.natural_person} → {@code req_den_secret_natural}. Every other column's name
 * is its name with {@code .} replaced by {@code _}. The names never change once released.
 */
final class StataNames {

    /** The longest name Stata accepts. */
    static final int MAX_LENGTH = 32;

    private static final Pattern VALID = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0," + (MAX_LENGTH - 1) + "}");

    private static final Map<String, String> SHORT = Map.ofEntries(
            Map.entry("proactive", "pro"), Map.entry("requests", "req"), Map.entry("appeals", "app"),
            Map.entry("normative_documents", "normative"),
            Map.entry("total_published", "total_pub"), Map.entry("items_prev_year", "items_prev"),
            Map.entry("partially_granted", "partial"), Map.entry("carried_forward", "carried_fwd"),
            Map.entry("denied_state_secret", "den_secret"), Map.entry("denied_prohibited_by_law", "den_law"),
            Map.entry("denied_security_stability", "den_security"), Map.entry("denied_third_party", "den_third_party"),
            Map.entry("denied_internal_affairs", "den_internal"), Map.entry("denied_process_info", "den_process"),
            Map.entry("denied_enforcement_file", "den_enforcement"),
            Map.entry("denied_administrative_query", "den_query"),
            Map.entry("unavailable_not_held", "unav_not_held"),
            Map.entry("unavailable_needs_creation", "unav_creation"), Map.entry("unavailable_unclear", "unav_unclear"),
            Map.entry("rejected_petition", "rej_petition"), Map.entry("rejected_duplicate", "rej_duplicate"),
            Map.entry("rejected_publication", "rej_publication"), Map.entry("rejected_excessive", "rej_excessive"),
            Map.entry("rejected_confirmation", "rej_confirm"), Map.entry("other_no_correction", "oth_no_correction"),
            Map.entry("other_unpaid_fee", "oth_unpaid_fee"), Map.entry("other_other", "oth_other"),
            Map.entry("other_handling", "oth_handling"), Map.entry("natural_person", "natural"),
            Map.entry("legal_service", "legal"), Map.entry("reconsideration", "recon"),
            Map.entry("litigation_direct", "lit_direct"),
            Map.entry("litigation_after_reconsideration", "lit_after_recon"));

    private StataNames() {
    }

    /** The Stata name of a cell's column. */
    static String of(CellKey cell) {
        return shorten(cell.table().key()) + "_" + shorten(cell.row().key()) + "_" + shorten(cell.column().key());
    }

    /** The Stata name of a column that is not a cell's. */
    static String of(String name) {
        return name.replace('.', '_');
    }

    /** Checks that every name is valid and that no two are equal; returns the names. */
    static List<String> checked(List<String> names) {
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (!VALID.matcher(name).matches()) {
                throw new IllegalStateException("Not a Stata name: " + name);
            }
            if (!seen.add(name)) {
                throw new IllegalStateException("Stata name used twice: " + name);
            }
        }
        return names;
    }

    private static String shorten(String key) {
        return SHORT.getOrDefault(key, key);
    }
}
