package org.mufakat.harmonize;

import java.util.List;
import java.util.Map;

import org.mufakat.input.Statement;
import org.mufakat.network.Constituency;
import org.mufakat.round.Round;
import org.mufakat.round.RoundTheme;
import org.mufakat.web.Paging;

/**
 * The convenor's harmonization workspace: one page of the submitted statements that pass the filter, theme by theme
 * and constituency by constituency, each with its fate and the recommendations it feeds; and the recommendations of
 * the themes shown, with how many sources each has.
 */
public record Workspace(Round round, Filter filter, Paging<Row> page, List<Group> groups,
        List<Recommendation> recommendations, Map<Long, Long> sourceCounts, List<String> addressees, long statements,
        long decided, long allRecommendations) {

    /** How many statements a recommendation listed here came from. */
    public int sourceCount(long recommendationId) {
        return sourceCounts.getOrDefault(recommendationId, 0L).intValue();
    }

    /** How many statements pass the filter, on every page. */
    public long shown() {
        return page.total();
    }

    /** Every fate, for the filter. */
    public List<Fate> allFates() {
        return List.of(Fate.values());
    }

    /** One constituency's statements under one theme. */
    public record Group(RoundTheme theme, Constituency constituency, List<Row> rows) {
    }

    /** A statement with its fate (null when it has none yet) and the recommendations it went into. */
    public record Row(Statement statement, Decided disposition, List<Recommendation> feeds) {
    }

    /** What a page shows of a statement's fate: read without the disposition's entity and its associations. */
    public record Decided(Fate fate, boolean automatic, String rationale) {

        /** Null for a statement without a fate. */
        static Decided of(Disposition d) {
            return d == null ? null : new Decided(d.fate, d.automatic, d.rationale);
        }
    }

    /**
     * What the convenor asked to see, each value from an allowlist: a theme code ({@link #ALL} for every theme), an
     * addressee, a constituency code, a fate name or {@link #NO_FATE}, and free text.
     */
    public record Filter(String theme, String addressee, String constituency, String fate, String q) {

        public static final String ALL = "all";
        public static final String NO_FATE = "NONE";

        /** Keeps only values the round knows; with no theme asked for, the round's first theme. */
        public static Filter of(Round round, List<String> addressees, String theme, String addressee,
                String constituency, String fate, String q) {
            String t = ALL.equals(theme) ? ALL
                    : round.theme(theme == null ? "" : theme).map(x -> x.code)
                            .orElse(round.themes.isEmpty() ? ALL : round.themes.get(0).code);
            String a = addressees.contains(addressee) ? addressee : null;
            String c = round.participants.stream().map(p -> p.constituency.code)
                    .filter(code -> code.equals(constituency)).findFirst().orElse(null);
            String f = NO_FATE.equals(fate) ? NO_FATE : fateName(fate);
            String text = q == null || q.isBlank() ? null : q.strip();
            return new Filter(t, a, c, f, text == null || text.length() <= 200 ? text : text.substring(0, 200));
        }

        private static String fateName(String fate) {
            for (Fate f : Fate.values()) {
                if (f.name().equals(fate)) {
                    return fate;
                }
            }
            return null;
        }

        public boolean allThemes() {
            return ALL.equals(theme);
        }
    }
}
