package io.github.xxgk.report.internal.recognize;

import io.github.xxgk.report.internal.text.ItemNumbers;
import io.github.xxgk.report.model.AppealRow;
import io.github.xxgk.report.model.Labelled;
import io.github.xxgk.report.model.ProactiveRow;
import io.github.xxgk.report.model.RequestRow;
import io.github.xxgk.report.model.TableKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Matches a printed row label to a row of the template, tolerating what real copies do to labels: numbering in any
 * width, spaces, guidance in brackets, reworded or mistyped words, truncation.
 */
final class LabelMatcher {

    /** A matched row with how well it matched (100 exact … 60 fuzzy). */
    record Match(TableKind table, Labelled row, int score) {
    }

    private record Candidate(TableKind table, Labelled row, List<String> variants) {
    }

    private static final Pattern BRACKETED = Pattern.compile("\\([^()]*\\)");
    private static final int MIN_SCORE = 60;
    /** The shortest label read as a variant with characters dropped (“其他法律行政止公开”), keeping 70% of them. */
    private static final int MIN_DROPPED = 6;

    private static final Map<Labelled, List<String>> EXTRA_VARIANTS = Map.ofEntries(
            Map.entry(ProactiveRow.NORMATIVE_DOCUMENTS, List.of("规范性文件")),
            Map.entry(RequestRow.NEW, List.of("本年新收政府信息公开申请数", "本年新收申请数量", "本年新收申请")),
            Map.entry(RequestRow.CARRIED_OVER, List.of("上年结转政府信息公开申请数", "上年结转申请数量", "上年结转")),
            Map.entry(RequestRow.CARRIED_FORWARD, List.of("结转下年度", "结转下年继续办理")),
            Map.entry(RequestRow.DENIED_SECURITY_STABILITY, List.of("危及\"三安全一稳定\"", "危及三安全一稳定")));

    private static final List<Candidate> CANDIDATES = candidates();

    /**
     * Labels already matched: reports of one template print the same labels, so most are seen many times. Bounded,
     * so hostile input cannot grow it without limit; past the bound, labels are matched afresh.
     */
    private static final Map<String, List<Match>> BEST = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 50_000;
    /** Labels longer than any the template prints are not kept, so the cache stays within a few megabytes. */
    private static final int MAX_CACHED_LABEL = 100;

    private LabelMatcher() {
    }

    private static List<Candidate> candidates() {
        List<Candidate> all = new ArrayList<>();
        for (ProactiveRow row : ProactiveRow.values()) {
            all.add(candidate(TableKind.PROACTIVE, row));
        }
        for (RequestRow row : RequestRow.values()) {
            all.add(candidate(TableKind.REQUESTS, row));
        }
        for (AppealRow row : AppealRow.values()) {
            all.add(candidate(TableKind.APPEALS, row));
        }
        return List.copyOf(all);
    }

    private static Candidate candidate(TableKind table, Labelled row) {
        List<String> variants = new ArrayList<>();
        variants.add(Text.normalizeLabel(row.label()));
        for (String extra : EXTRA_VARIANTS.getOrDefault(row, List.of())) {
            variants.add(Text.normalizeLabel(extra));
        }
        return new Candidate(table, row, List.copyOf(variants));
    }

    /**
     * The best row for a label, if one matches well enough. Among equally good matches, one in the preferred table
     * wins; otherwise the label is ambiguous and nothing matches.
     */
    static Optional<Match> match(String label, Optional<TableKind> preferred) {
        List<Match> best = BEST.get(label);
        if (best == null) {
            best = best(label);
            if (label.length() <= MAX_CACHED_LABEL && BEST.size() < CACHE_LIMIT) {
                BEST.put(label, best);
            }
        }
        if (best.size() > 1 && preferred.isPresent()) {
            best = best.stream().filter(m -> m.table() == preferred.get()).toList();
        }
        return best.size() == 1 ? Optional.of(best.get(0)) : Optional.empty();
    }

    /** The rows that match the label equally best. */
    private static List<Match> best(String label) {
        String core = core(label);
        if (core.isEmpty()) {
            return List.of();
        }
        String unbracketed = BRACKETED.matcher(core).replaceAll("");
        List<Match> best = new ArrayList<>();
        int bestScore = MIN_SCORE - 1;
        for (Candidate candidate : CANDIDATES) {
            int score = 0;
            for (String variant : candidate.variants) {
                score = Math.max(score, score(core, unbracketed, variant));
            }
            if (score > bestScore) {
                bestScore = score;
                best.clear();
            }
            if (score == bestScore) {
                best.add(new Match(candidate.table, candidate.row, score));
            }
        }
        return List.copyOf(best);
    }

    /** The label normalised and without its item number. */
    static String core(String label) {
        return ItemNumbers.strip(Text.normalizeLabel(label));
    }

    /**
     * Whether what follows a label is guidance or a stray character, as in “部分公开(区分处理的，只计这一情形” whose
     * bracket was never closed, rather than more label text (“行政复议行政诉讼…”, a header that only starts with a
     * label).
     */
    /** Whether every character of the label stands in the variant in the same order (characters dropped only). */
    private static boolean isSubsequence(String label, String variant) {
        int at = 0;
        for (int i = 0; i < label.length(); i++) {
            at = variant.indexOf(label.charAt(i), at) + 1;
            if (at == 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isGuidance(String rest) {
        return rest.length() <= 2 || rest.startsWith("(");
    }

    private static int score(String core, String unbracketed, String variant) {
        if (core.equals(variant) || unbracketed.equals(variant)) {
            return 100;
        }
        if (variant.length() >= 3 && core.startsWith(variant) && isGuidance(core.substring(variant.length()))) {
            return 85;
        }
        if (variant.length() >= 4 && unbracketed.contains(variant)) {
            return 75;
        }
        if (unbracketed.length() >= 4 && variant.startsWith(unbracketed)) {
            return 70;
        }
        if (unbracketed.length() >= MIN_DROPPED && unbracketed.length() * 10 >= variant.length() * 7
                && isSubsequence(unbracketed, variant)) {
            return 60;
        }
        if (variant.length() >= 4) {
            int allowed = Math.max(1, variant.length() / 5);
            if (Math.abs(unbracketed.length() - variant.length()) <= allowed
                    && Text.editDistanceAtMost(unbracketed, variant, allowed)) {
                return 60;
            }
        }
        return 0;
    }
}
