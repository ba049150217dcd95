package org.mufakat.review;

import java.util.Set;

import org.mufakat.round.Round;
import org.mufakat.security.Scoped;

/**
 * What a permission check needs to know of a review object: the round's taking-part constituencies, and for a
 * position the constituency (and organisation) it is taken for, for a comment its author.
 */
record ReviewScope(long roundId, Set<Long> participants, Long constituencyId, Long organisationId, Long authorId,
        String type, String id) implements Scoped {

    static ReviewScope of(Round round) {
        return new ReviewScope(round.id, participants(round), null, null, null, "Round", round.auditId());
    }

    /** A position taken for a constituency, or for one of its member organisations. */
    static ReviewScope forParty(Round round, Long constituencyId, Long organisationId) {
        return new ReviewScope(round.id, participants(round), constituencyId, organisationId, null, "Round",
                round.auditId());
    }

    static ReviewScope of(Comment comment) {
        return new ReviewScope(comment.round.id, participants(comment.round), null, null, comment.authorId,
                "Comment", comment.id.toString());
    }

    private static Set<Long> participants(Round round) {
        return round.scopeParticipants();
    }

    @Override
    public Long scopeConstituencyId() {
        return constituencyId;
    }

    @Override
    public Long scopeOrganisationId() {
        return organisationId;
    }

    @Override
    public Set<Long> scopeParticipants() {
        return participants;
    }

    @Override
    public Long scopeAuthorId() {
        return authorId;
    }

    @Override
    public String auditType() {
        return type;
    }

    @Override
    public String auditId() {
        return id;
    }
}
