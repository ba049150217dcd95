package org.mufakat.round;

import org.mufakat.security.Action;

/** What people do with rounds; decided by {@link RoundPolicy}. */
public enum RoundAction implements Action {
    /** Set up rounds, move them through their stages, extend deadlines: the convenor. */
    MANAGE_ROUNDS,
    /** See which constituencies have submitted: the completeness matrix. */
    VIEW_ROUND_PROGRESS
}
