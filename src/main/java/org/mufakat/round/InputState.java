package org.mufakat.round;

/** Where one constituency's national input stands in a round, as the completeness matrix shows it. */
public enum InputState {
    NOT_STARTED,
    DRAFTING,
    SUBMITTED,
    RETURNED,
    NIL_RETURN;

    /** Submitted or a nil return: nothing more is expected of the constituency in this round. */
    public boolean isComplete() {
        return this == SUBMITTED || this == NIL_RETURN;
    }
}
