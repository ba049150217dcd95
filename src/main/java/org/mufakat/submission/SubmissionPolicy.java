package org.mufakat.submission;

import jakarta.enterprise.context.ApplicationScoped;

import org.mufakat.security.Action;
import org.mufakat.security.Actor;
import org.mufakat.security.Policy;
import org.mufakat.security.Scoped;

/**
 * The convenor submits, tracks and publishes; whoever reads the round (staff, observers, its participants) reads
 * submissions and their timelines.
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
            case SUBMIT, TRACK, PUBLISH -> actor.isConvenor();
        };
    }
}
