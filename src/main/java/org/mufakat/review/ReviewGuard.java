package org.mufakat.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.mufakat.harmonize.Recommendation;
import org.mufakat.round.Round;
import org.mufakat.round.RoundStatus;
import org.mufakat.round.StageGuard;
import org.mufakat.web.Calendar;
import org.mufakat.web.Texts;

/**
 * What review asks before a round moves on. Leaving member review or calibration while its window is still open or
 * comment threads are unresolved needs the convenor's written reason.
 * Finalizing is refused while an objection stands (unless the convenor overrode it through finalize, with a reason)
 * and, until the endorsement deadline has passed, while any constituency has not taken a position.
 */
@ApplicationScoped
public class ReviewGuard implements StageGuard {

    @Inject
    Texts texts;
    @Inject
    Calendar calendar;

    @Override
    public List<String> reasonsAgainst(Round round, RoundStatus target) {
        if (round.status() != RoundStatus.ENDORSEMENT || target != RoundStatus.FINAL) {
            return List.of();
        }
        return againstFinal(round, Consensus.of(round, Recommendation.listForRound(round), calendar.today()),
                Finalization.forRound(round) != null);
    }

    /** The reasons against finalizing, given the consensus; objections count unless an override is recorded. */
    List<String> againstFinal(Round round, Consensus consensus, boolean overridden) {
        List<String> reasons = new ArrayList<>();
        if (!overridden) {
            consensus.objections().forEach(p -> reasons.add(objection(p)));
        }
        if (!consensus.deadlinePassed()) {
            String until = consensus.deadline() == null ? texts.get("mufakat.review.noDeadlineYet")
                    : texts.get("mufakat.review.deadlineOn", consensus.deadline());
            for (Consensus.Gap gap : consensus.gaps()) {
                reasons.add(gap.recommendation() == null
                        ? texts.get("mufakat.review.noPosition", gap.constituency().name, until)
                        : texts.get("mufakat.review.noPositionSinceChange", gap.constituency().name,
                                gap.recommendation().number(), until));
            }
        }
        return reasons;
    }

    String objection(Position p) {
        return p.recommendation == null ? texts.get("mufakat.review.objectsToProposal", p.party())
                : texts.get("mufakat.review.objectsTo", p.party(), p.recommendation.number());
    }

    @Override
    public List<String> forceableReasonsAgainst(Round round, RoundStatus target) {
        List<String> reasons = new ArrayList<>();
        RoundStatus stage = round.status();
        LocalDate today = calendar.today();
        if (stage.isReviewStage()) {
            LocalDate closes = StageWindow.closes(round, stage);
            if (closes != null && !today.isAfter(closes)) {
                reasons.add(texts.get("mufakat.review.windowOpen", texts.get("mufakat.round.status." + stage.name()),
                        closes));
            }
            Map<Long, Long> open = Comment.unresolvedCounts(round);
            if (!open.isEmpty()) {
                long threads = open.values().stream().mapToLong(Long::longValue).sum();
                String where = Recommendation.listForRound(round).stream().filter(r -> open.containsKey(r.id))
                        .map(r -> r.number() + " (" + open.get(r.id) + ")").collect(Collectors.joining(", "));
                reasons.add(texts.get("mufakat.review.unresolved", threads, where));
            }
        }
        return reasons;
    }
}
