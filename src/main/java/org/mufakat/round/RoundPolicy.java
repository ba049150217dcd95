package org.mufakat.round;

import jakarta.enterprise.context.ApplicationScoped;

import org.mufakat.security.Action;
import org.mufakat.security.Actor;
import org.mufakat.security.Policy;
import org.mufakat.security.Role;
import org.mufakat.security.Scoped;

/** The convenor runs rounds; the staff and focal points see who has submitted. */
@ApplicationScoped
public class RoundPolicy implements Policy {

    @Override
    public Class<RoundAction> actions() {
        return RoundAction.class;
    }

    @Override
    public boolean allows(Actor actor, Action action, Scoped target) {
        return switch ((RoundAction) action) {
            case MANAGE_ROUNDS -> actor.isConvenor();
            case VIEW_ROUND_PROGRESS -> actor.isConvenor() || actor.isSecretariat() || actor.has(Role.FOCAL_POINT);
        };
    }
}
