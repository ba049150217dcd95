package org.mufakat.round;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RoundStatusTest {

    static final Set<RoundStatus> BOTH = EnumSet.of(RoundStatus.MEMBER_REVIEW, RoundStatus.CALIBRATION);

    @Test
    void theFullPathPassesThroughBothReviewStagesInOrder() {
        assertEquals(List.of(RoundStatus.values()), RoundStatus.path(BOTH));
    }

    @Test
    void aRoundSkipsTheReviewStagesItDidNotChoose() {
        Set<RoundStatus> calibrationOnly = EnumSet.of(RoundStatus.CALIBRATION);
        assertEquals(Optional.of(RoundStatus.CALIBRATION), RoundStatus.HARMONIZING.next(calibrationOnly));
        assertEquals(Optional.of(RoundStatus.ENDORSEMENT), RoundStatus.CALIBRATION.next(calibrationOnly));
        assertFalse(RoundStatus.path(calibrationOnly).contains(RoundStatus.MEMBER_REVIEW));
        assertEquals(Optional.of(RoundStatus.ENDORSEMENT), RoundStatus.MEMBER_REVIEW.next(
                EnumSet.of(RoundStatus.MEMBER_REVIEW)));
    }

    @Test
    void everyMoveIsOneStepForwardAndClosedIsTheEnd() {
        List<RoundStatus> path = RoundStatus.path(BOTH);
        for (int i = 0; i < path.size(); i++) {
            for (int j = 0; j < path.size(); j++) {
                assertEquals(j == i + 1, path.get(i).canMoveTo(path.get(j), BOTH), path.get(i) + " -> " + path.get(j));
            }
        }
        assertEquals(Optional.empty(), RoundStatus.CLOSED.next(BOTH));
        assertFalse(RoundStatus.COLLECTING.canMoveTo(RoundStatus.SETUP, BOTH), "no way back");
    }

    @Test
    void onlyCollectingAcceptsInputsAndOnlySetupIsEditable() {
        for (RoundStatus s : RoundStatus.values()) {
            assertEquals(s == RoundStatus.COLLECTING, s.acceptsInputs(), s.name());
            assertEquals(s == RoundStatus.SETUP, s.isEditable(), s.name());
        }
        assertTrue(RoundStatus.MEMBER_REVIEW.isReviewStage());
        assertFalse(RoundStatus.ENDORSEMENT.isReviewStage());
    }
}
