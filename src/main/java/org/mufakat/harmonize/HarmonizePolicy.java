package org.mufakat.harmonize;

import jakarta.enterprise.context.ApplicationScoped;

import org.mufakat.security.Action;
import org.mufakat.security.Actor;
import org.mufakat.security.Policy;
import org.mufakat.security.Scoped;

/** The convenor harmonizes; focal points see their constituency's outcome; those with a role read provenance. */
@ApplicationScoped
public class HarmonizePolicy implements Policy {

    @Override
    public Class<HarmonizeAction> actions() {
        return HarmonizeAction.class;
    }

    @Override
    public boolean allows(Actor actor, Action action, Scoped target) {
        return switch ((HarmonizeAction) action) {
            case HARMONIZE -> actor.isConvenor();
            case VIEW_OUTCOME -> actor.isConvenor() || actor.isFocalPointOf(target.scopeConstituencyId());
            case VIEW_PROVENANCE -> actor.readsRound(target);
        };
    }
}
