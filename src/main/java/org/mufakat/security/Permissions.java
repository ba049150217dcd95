package org.mufakat.security;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.mufakat.audit.AuditLog;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * The one place that decides whether this user may do an action to this object. Pages, the API and workflows all
 * ask here; a refusal is audited and becomes 403.
 */
@ApplicationScoped
public class Permissions {

    @Inject
    CurrentUser user;
    @Inject
    AuditLog audit;

    public boolean may(Action action, Scoped target) {
        if (!user.isSignedIn()) {
            return false;
        }
        return switch (action) {
            case VIEW_DIRECTORY -> true;
            case MANAGE_CONSTITUENCIES, MANAGE_ACCOUNTS -> user.isSecretariat();
            case MANAGE_FORUMS -> user.isSecretariat() || user.isConvenor();
            case MANAGE_ROUNDS, RETURN_INPUT, HARMONIZE -> user.isConvenor();
            case VIEW_OUTCOME -> user.isConvenor()
                    || user.focalPointConstituencies().contains(target.scopeConstituencyId());
            case VIEW_ROUND_PROGRESS -> user.isConvenor() || user.isSecretariat()
                    || !user.focalPointConstituencies().isEmpty();
            case VIEW_INPUT -> user.isConvenor() || user.isSecretariat() || user.has(Role.OBSERVER)
                    || user.ownConstituencies().contains(target.scopeConstituencyId());
            case VIEW_RESTRICTED -> user.isConvenor()
                    || user.focalPointConstituencies().contains(target.scopeConstituencyId());
            case EDIT_INPUT -> user.focalPointConstituencies().contains(target.scopeConstituencyId());
            case MANAGE_ORGANISATION -> user.isSecretariat()
                    || user.focalPointConstituencies().contains(target.scopeConstituencyId());
            case VIEW_ORGANISATION -> user.isSecretariat() || user.isConvenor()
                    || user.ownConstituencies().contains(target.scopeConstituencyId());
            case VIEW_REVIEW -> user.isConvenor() || user.isSecretariat() || user.has(Role.OBSERVER)
                    || takesPart(target);
            case COMMENT -> user.isConvenor() || takesPart(target);
            case RESOLVE_COMMENT -> user.isConvenor()
                    || takesPart(target) && java.util.Objects.equals(target.scopeAuthorId(), user.accountId());
            case TAKE_POSITION -> target.scopeConstituencyId() != null
                    && target.scopeParticipants().contains(target.scopeConstituencyId())
                    && (target.scopeOrganisationId() == null
                            ? user.focalPointConstituencies().contains(target.scopeConstituencyId())
                            : user.grants().stream().anyMatch(g -> g.role() == Role.MEMBER
                                    && g.coversOrganisation(target.scopeOrganisationId())
                                    && g.coversConstituency(target.scopeConstituencyId())));
            case TAKE_VERSION, EDIT_PROPOSAL, FINALIZE -> user.isConvenor();
        };
    }

    /** Whether this user holds a role in one of the constituencies taking part in the target (a round). */
    private boolean takesPart(Scoped target) {
        return user.ownConstituencies().stream().anyMatch(target.scopeParticipants()::contains);
    }

    /** Throws 401 for nobody, 403 (audited) for someone not allowed. */
    public void check(Action action, Scoped target) {
        if (!user.isSignedIn()) {
            throw new UnauthorizedException();
        }
        if (!may(action, target)) {
            audit.recordSeparately(user.username(), "permission.denied", target.auditType(), target.auditId(),
                    action.name());
            throw new ForbiddenException();
        }
    }

    /**
     * The constituencies whose organisations this user may see in full, for filtering lists; empty Optional means
     * all of them.
     */
    public Optional<Set<Long>> visibleConstituencies() {
        if (user.isSecretariat() || user.isConvenor()) {
            return Optional.empty();
        }
        return Optional.of(user.ownConstituencies());
    }
}
