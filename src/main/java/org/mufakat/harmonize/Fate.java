package org.mufakat.harmonize;

/** What became of a national statement in the consensus proposal. */
public enum Fate {
    /** Taken into a recommendation as it was. */
    INCORPORATED,
    /** Merged with statements from other constituencies into one recommendation. */
    MERGED,
    /** Taken in with changed wording. */
    REWORDED,
    /** Kept for a later round. */
    DEFERRED,
    /** Left out of the proposal. */
    NOT_INCLUDED;

    /** The statement went into at least one recommendation. */
    public boolean isIncluded() {
        return this == INCORPORATED || this == MERGED || this == REWORDED;
    }

    /** The focal point is owed an explanation. */
    public boolean needsRationale() {
        return this == REWORDED || this == DEFERRED || this == NOT_INCLUDED;
    }

    /** The colour of its tag; the tag's text says the same. */
    public String kind() {
        return switch (this) {
            case INCORPORATED, MERGED -> "ok";
            case REWORDED, DEFERRED -> "warn";
            case NOT_INCLUDED -> "muted";
        };
    }
}
