package org.mufakat.round;

import java.util.List;

/**
 * What a later feature requires before a round leaves or enters a stage, asked by {@link RoundGuards}. Declared here
 * so that rounds can ask harmonization or review without depending on them; they implement it as CDI beans.
 */
public interface StageGuard {

    /** Sentences a person can act on, saying what stands in the way of moving the round from its stage to target. */
    List<String> reasonsAgainst(Round round, RoundStatus target);

    /**
     * Sentences about what would better be done first (a stage window still open, comments unanswered), which the
     * convenor may override with a written reason like the round's own checks.
     */
    default List<String> forceableReasonsAgainst(Round round, RoundStatus target) {
        return List.of();
    }
}
