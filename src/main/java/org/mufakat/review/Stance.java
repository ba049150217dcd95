package org.mufakat.review;

import java.util.EnumSet;
import java.util.Set;

/** Where a constituency or organisation stands on the proposal or on one recommendation. */
public enum Stance {
    /** Endorses. */
    ENDORSE,
    /** Endorses with a reservation, printed as a footnote in the final document. */
    RESERVATION,
    /** Does not endorse, but does not block. */
    STAND_ASIDE,
    /** Objects: blocks finalizing unless the convenor overrides with a written reason. */
    OBJECT,
    /** Said nothing until the endorsement deadline passed; recorded by the silence procedure. */
    CONSENT_BY_SILENCE;

    /** The stances a person can take; consent by silence is only recorded by Mufakat. */
    public static final Set<Stance> CHOSEN = EnumSet.of(ENDORSE, RESERVATION, STAND_ASIDE, OBJECT);

    public boolean needsNote() {
        return this == RESERVATION || this == OBJECT;
    }

    /** Whether its note is a reason or a reservation the others should read (not a remark on an endorsement). */
    public boolean givesReason() {
        return this == RESERVATION || this == STAND_ASIDE || this == OBJECT;
    }

    /** The colour of its tag; the tag's text says the same. */
    public String kind() {
        return switch (this) {
            case ENDORSE, CONSENT_BY_SILENCE -> "ok";
            case RESERVATION, STAND_ASIDE -> "warn";
            case OBJECT -> "error";
        };
    }
}
