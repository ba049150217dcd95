package org.mufakat.harmonize;

import java.util.List;

import org.mufakat.network.Constituency;
import org.mufakat.round.Round;

/** Recommendations × constituencies: how many of each constituency's statements each recommendation came from. */
public record SourceMatrix(Round round, List<Constituency> constituencies, List<Line> lines) {

    /** One recommendation; {@code counts} in the order of {@link #constituencies()}. */
    public record Line(Recommendation recommendation, List<Integer> counts) {

        /** How many constituencies back it. */
        public long backing() {
            return counts.stream().filter(n -> n > 0).count();
        }
    }
}
