package org.mufakat.review;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.mufakat.round.Round;
import org.mufakat.round.RoundChanges;
import org.mufakat.web.Memo;

/**
 * What the proposal shows of the whole round, the same for every reader: each recommendation's sources (as
 * references; the reader's Audience then leaves out what they may not see) and its number of comments and of
 * unresolved threads. Kept until anything in the round changes, under its change counter, as {@link ProposalFootnotes}
 * keeps the numbering. Kept results are plain values.
 */
@ApplicationScoped
public class ProposalFacts {

    /** Rounds kept: a round's 3,000 source references take about half a megabyte. */
    private static final int KEPT = 16;

    /** Sources by recommendation id; comments and unresolved threads by recommendation id (none: no entry). */
    public record Facts(Map<Long, List<SourceRef>> sources, Map<Long, Long> comments, Map<Long, Long> unresolved) {
    }

    @Inject
    RoundChanges changes;

    private final Memo<RoundChanges.Version, Facts> kept = new Memo<>(KEPT,
            version -> read(Round.findById(version.round())));

    public Facts of(Round round) {
        return changes.version(round).map(kept::get).orElseGet(() -> read(round));
    }

    private static Facts read(Round round) {
        return new Facts(Map.copyOf(SourceRef.ofRound(round)), Map.copyOf(Comment.counts(round)),
                Map.copyOf(Comment.unresolvedCounts(round)));
    }
}
