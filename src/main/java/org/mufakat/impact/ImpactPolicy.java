package org.mufakat.impact;

import jakarta.enterprise.context.ApplicationScoped;

import org.mufakat.security.Action;
import org.mufakat.security.Actor;
import org.mufakat.security.Policy;
import org.mufakat.security.Scoped;

/**
 * Everyone in the network reads the indicators: they count submissions, acknowledgements, seats, uptake and allies,
 * and name no restricted statement and no constituency.
 */
@ApplicationScoped
public class ImpactPolicy implements Policy {

    @Override
    public Class<ImpactAction> actions() {
        return ImpactAction.class;
    }

    @Override
    public boolean allows(Actor actor, Action action, Scoped target) {
        return switch ((ImpactAction) action) {
            case VIEW_INDICATORS -> !actor.grants().isEmpty();
        };
    }
}
