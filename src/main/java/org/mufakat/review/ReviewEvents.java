package org.mufakat.review;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.mufakat.round.RoundMoved;
import org.mufakat.round.RoundStatus;
import org.mufakat.web.Texts;

/**
 * Acts on a round's moves, in the move's own transaction: when member review, calibration or endorsement begins and
 * when the proposal becomes final, a version is taken automatically and everyone with a role in the round is told.
 * A round made final by the plain stage button (nothing stood in the way) gets its finalization record here.
 */
@ApplicationScoped
public class ReviewEvents {

    @Inject
    Versions versions;
    @Inject
    ReviewNotices notices;
    @Inject
    Texts texts;

    void onMoved(@Observes RoundMoved moved) {
        RoundStatus to = moved.to();
        if (!(to.isReviewStage() || to == RoundStatus.ENDORSEMENT || to == RoundStatus.FINAL)) {
            return;
        }
        if (to == RoundStatus.FINAL && Finalization.forRound(moved.round()) == null) {
            Finalization f = new Finalization();
            f.round = moved.round();
            f.actor = moved.actor();
            f.occurredAt = Instant.now();
            f.persist();
        }
        versions.take(moved.round(), texts.get("mufakat.review.automaticVersion." + to.name()), true,
                moved.actor());
        notices.stageChanged(moved.round(), to);
    }
}
