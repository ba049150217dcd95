package org.mufakat.round;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The life cycle of a round and its transition graph. Review stages are chosen at set-up: a round passes only
 * through the ones it chose, in this order. Every other move is forward by one step.
 */
public enum RoundStatus {
    SETUP,
    COLLECTING,
    HARMONIZING,
    MEMBER_REVIEW,
    CALIBRATION,
    ENDORSEMENT,
    FINAL,
    SUBMITTED,
    CLOSED;

    /** The stages a round may choose to run between harmonizing and endorsement. */
    public static final Set<RoundStatus> REVIEW_STAGES = EnumSet.of(MEMBER_REVIEW, CALIBRATION);

    public boolean isReviewStage() {
        return REVIEW_STAGES.contains(this);
    }

    /** The stages a round with these review stages passes through, in order. */
    public static List<RoundStatus> path(Set<RoundStatus> reviewStages) {
        List<RoundStatus> path = new ArrayList<>();
        for (RoundStatus s : values()) {
            if (!s.isReviewStage() || reviewStages.contains(s)) {
                path.add(s);
            }
        }
        return path;
    }

    /** The status after this one for a round with these review stages; empty when closed. */
    public Optional<RoundStatus> next(Set<RoundStatus> reviewStages) {
        List<RoundStatus> path = path(reviewStages);
        int at = path.indexOf(this);
        return at < 0 || at + 1 >= path.size() ? Optional.empty() : Optional.of(path.get(at + 1));
    }

    public boolean canMoveTo(RoundStatus target, Set<RoundStatus> reviewStages) {
        return next(reviewStages).filter(target::equals).isPresent();
    }

    /** Focal points may change their national inputs only while the round collects them. */
    public boolean acceptsInputs() {
        return this == COLLECTING;
    }

    /** Themes, addressees and participants are settled before inputs are collected. */
    public boolean isEditable() {
        return this == SETUP;
    }

    /** Recommendations exist from harmonization on: the convenor's while harmonizing. */
    public boolean isHarmonizingOrLater() {
        return compareTo(HARMONIZING) >= 0;
    }

    /** Once review begins, the whole network reads the recommendations. */
    public boolean isPastHarmonizing() {
        return compareTo(HARMONIZING) > 0;
    }

    /** Harmonization may change recommendations and dispositions only in this stage. */
    public boolean isHarmonizing() {
        return this == HARMONIZING;
    }

    /** The proposal has left harmonization: it has review pages, versions, comments and positions. */
    public boolean reviewOpened() {
        return compareTo(MEMBER_REVIEW) >= 0;
    }

    /**
     * Moves this version of Mufakat carries out. A round becomes SUBMITTED when its first submission is sent (the
     * submission feature's guard refuses the move before that).
     */
    public static final Set<RoundStatus> IMPLEMENTED_TARGETS = EnumSet.of(COLLECTING, HARMONIZING, MEMBER_REVIEW,
            CALIBRATION, ENDORSEMENT, FINAL, SUBMITTED, CLOSED);

    /** A final round's proposal may be sent from here on; its submissions are listed. */
    public boolean isFinalOrLater() {
        return compareTo(FINAL) >= 0;
    }
}
