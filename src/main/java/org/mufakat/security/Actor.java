package org.mufakat.security;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A signed-in person as policies see them: their account and role grants. A plain value, so that policies can be
 * decided in tests without a request.
 */
public record Actor(Long accountId, List<Grant> grants) {

    public Actor {
        grants = List.copyOf(grants);
    }

    public static Actor of(Long accountId, Grant... grants) {
        return new Actor(accountId, List.of(grants));
    }

    public boolean has(Role role) {
        return grants.stream().anyMatch(g -> g.role() == role);
    }

    public boolean isSecretariat() {
        return has(Role.SECRETARIAT);
    }

    public boolean isConvenor() {
        return has(Role.CONVENOR);
    }

    /** Constituencies this person acts for as focal point. */
    public Set<Long> focalPointConstituencies() {
        return grants.stream().filter(g -> g.role() == Role.FOCAL_POINT).map(Grant::constituencyId)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Whether this person is a focal point of the constituency. */
    public boolean isFocalPointOf(Long constituencyId) {
        return constituencyId != null && focalPointConstituencies().contains(constituencyId);
    }

    /** Constituencies this person belongs to in a scoped role (focal point, or member of an organisation there). */
    public Set<Long> ownConstituencies() {
        return grants.stream().map(Grant::constituencyId).filter(Objects::nonNull)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Whether this person belongs to the constituency in a scoped role. */
    public boolean belongsTo(Long constituencyId) {
        return constituencyId != null && ownConstituencies().contains(constituencyId);
    }

    /**
     * Whether this person takes part in a shared object (a round): they hold a scoped role in one of its taking-part
     * constituencies. The one rule for "takes part in a round"; network roles (convenor, secretariat, observer) are
     * decided by each policy on its own.
     */
    public boolean takesPart(Scoped shared) {
        return ownConstituencies().stream().anyMatch(shared.scopeParticipants()::contains);
    }

    /**
     * Whether this person reads what is shared in a round (its proposal, provenance, versions): the network staff,
     * observers, and those who take part.
     */
    public boolean readsRound(Scoped round) {
        return isConvenor() || isSecretariat() || has(Role.OBSERVER) || takesPart(round);
    }

    /** Whether this person is a member for the organisation, which belongs to the constituency. */
    public boolean isMemberFor(Long organisationId, Long constituencyId) {
        return grants.stream().anyMatch(g -> g.role() == Role.MEMBER && g.coversOrganisation(organisationId)
                && g.coversConstituency(constituencyId));
    }

    /** Whether this person wrote the object (a comment). */
    public boolean wrote(Scoped target) {
        return accountId != null && accountId.equals(target.scopeAuthorId());
    }

    /**
     * The grants through which this person acts for a party in a shared object: focal point grants of its
     * constituencies, then member grants of organisations there. Who takes positions in a round is read from here.
     */
    public List<Grant> partiesIn(Scoped shared) {
        Set<Long> taking = shared.scopeParticipants();
        return Stream.of(Role.FOCAL_POINT, Role.MEMBER).flatMap(role -> grants.stream().filter(g -> g.role() == role
                && g.constituencyId() != null && taking.contains(g.constituencyId()))).toList();
    }
}
