package org.mufakat.review;

import java.util.List;

import org.mufakat.harmonize.Recommendation;
import org.mufakat.round.Round;
import org.mufakat.round.RoundStatus;

/**
 * One recommendation under review: both registers, its visible sources, comment threads with replies, where the
 * parties stand on it, its edits during review, and what the reader may do; {@code current} is the position the
 * reader's first party holds on it now, to start the position form from.
 */
public record RecommendationView(Round round, Recommendation recommendation, List<SourceRef> sources,
        List<Thread> threads, Consensus.Line line, List<ReviewEdit> edits, boolean following,
        ProposalView.Abilities may, List<PositionChoices.Party> parties, PositionForm current) {

    /** A comment that opens a thread, its replies in order, and whether the reader may resolve or reopen it. */
    public record Thread(Comment opening, List<Comment> replies, boolean canResolve) {

        /** The name under which the reply form's errors come back. */
        public String errorKey() {
            return "reply" + opening.id;
        }
    }

    public boolean isFinal() {
        return round.status().compareTo(RoundStatus.FINAL) >= 0;
    }

    public boolean isEndorsement() {
        return round.status() == RoundStatus.ENDORSEMENT;
    }

    public boolean commentsOpen() {
        return !isFinal();
    }

    public long unresolved() {
        return threads.stream().filter(t -> !t.opening().isResolved()).count();
    }

    /** The reasons and notes given with the positions on it. */
    public List<Consensus.Reason> reasons() {
        return line.reasons().stream().map(e -> new Consensus.Reason(recommendation, e)).toList();
    }

    public String base() {
        return "/rounds/" + round.id + "/review";
    }
}
