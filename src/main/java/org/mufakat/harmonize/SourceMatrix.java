package org.mufakat.harmonize;

import java.util.List;

import org.mufakat.network.Constituency;
import org.mufakat.round.Round;
import org.mufakat.round.RoundTheme;

/**
 * Recommendations × constituencies: how many of each constituency's statements each recommendation came from; of one
 * theme (the page, one theme at a time) or, with {@code theme} null, of the whole round (the API).
 */
public record SourceMatrix(Round round, RoundTheme theme, List<Constituency> constituencies, List<Line> lines) {

    /** The round and the theme the page shows, before its lines are read (they may be kept, rendered). */
    public record Frame(Round round, RoundTheme theme) {
    }

    /** One recommendation; {@code counts} in the order of {@link #constituencies()}. */
    public record Line(Recommendation recommendation, List<Integer> counts) {

        /** How many constituencies back it. */
        public long backing() {
            return counts.stream().filter(n -> n > 0).count();
        }
    }
}
