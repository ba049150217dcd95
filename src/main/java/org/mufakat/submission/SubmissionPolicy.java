package org.mufakat.submission;

import jakarta.enterprise.context.ApplicationScoped;

import org.mufakat.security.Action;
import org.mufakat.security.Actor;
import org.mufakat.security.Policy;
import org.mufakat.security.Role;
import org.mufakat.security.Scoped;

/**
 * The convenor submits, tracks, records uptake, carries forward and publishes; whoever reads the round (staff,
 * observers, its participants) reads it all. The secretariat and the convenor keep engagement and allies; allies, who may be
 * contacts to protect, are read by the network's staff and observers only, not by focal points and members.
 */
@ApplicationScoped
public class SubmissionPolicy implements Policy {

    @Override
    public Class<SubmissionAction> actions() {
        return SubmissionAction.class;
    }

    @Override
    public boolean allows(Actor actor, Action action, Scoped target) {
        return switch ((SubmissionAction) action) {
            case VIEW_SUBMISSIONS -> actor.readsRound(target);
            case SUBMIT, TRACK, RECORD_UPTAKE, CARRY_FORWARD, PUBLISH -> actor.isConvenor();
            case EDIT_ENGAGEMENT, MAINTAIN_ALLIES -> actor.isSecretariat() || actor.isConvenor();
            case VIEW_ALLIES -> actor.isSecretariat() || actor.isConvenor() || actor.has(Role.OBSERVER);
        };
    }
}
