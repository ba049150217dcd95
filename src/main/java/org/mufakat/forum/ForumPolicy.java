package org.mufakat.forum;

import jakarta.enterprise.context.ApplicationScoped;

import org.mufakat.security.Action;
import org.mufakat.security.Actor;
import org.mufakat.security.Policy;
import org.mufakat.security.Scoped;

/** Forums are kept by the secretariat and the convenor. */
@ApplicationScoped
public class ForumPolicy implements Policy {

    @Override
    public Class<ForumAction> actions() {
        return ForumAction.class;
    }

    @Override
    public boolean allows(Actor actor, Action action, Scoped target) {
        return switch ((ForumAction) action) {
            case MANAGE_FORUMS -> actor.isSecretariat() || actor.isConvenor();
        };
    }
}
