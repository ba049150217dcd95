package org.mufakat.review;

import jakarta.enterprise.context.ApplicationScoped;

import org.mufakat.security.Action;
import org.mufakat.security.Actor;
import org.mufakat.security.Policy;
import org.mufakat.security.Scoped;

/** Who reads, comments on, edits and endorses a proposal under review. Observers only read. */
@ApplicationScoped
public class ReviewPolicy implements Policy {

    @Override
    public Class<ReviewAction> actions() {
        return ReviewAction.class;
    }

    @Override
    public boolean allows(Actor actor, Action action, Scoped target) {
        return switch ((ReviewAction) action) {
            case VIEW_REVIEW -> actor.readsRound(target);
            case COMMENT -> actor.isConvenor() || actor.takesPart(target);
            case RESOLVE_COMMENT -> actor.isConvenor() || actor.takesPart(target) && actor.wrote(target);
            case FOLLOW -> actor.isConvenor() || actor.isSecretariat() || actor.takesPart(target);
            case TAKE_POSITION -> target.scopeConstituencyId() != null
                    && target.scopeParticipants().contains(target.scopeConstituencyId())
                    && (target.scopeOrganisationId() == null ? actor.isFocalPointOf(target.scopeConstituencyId())
                            : actor.isMemberFor(target.scopeOrganisationId(), target.scopeConstituencyId()));
            case TAKE_VERSION, EDIT_PROPOSAL, FINALIZE -> actor.isConvenor();
        };
    }
}
