package org.mufakat.input;

import jakarta.enterprise.context.ApplicationScoped;

import org.mufakat.security.Action;
import org.mufakat.security.Actor;
import org.mufakat.security.Policy;
import org.mufakat.security.Role;
import org.mufakat.security.Scoped;

/** A constituency's focal points write its input; the network staff and the constituency's people read it. */
@ApplicationScoped
public class InputPolicy implements Policy {

    @Override
    public Class<InputAction> actions() {
        return InputAction.class;
    }

    @Override
    public boolean allows(Actor actor, Action action, Scoped target) {
        return switch ((InputAction) action) {
            case VIEW_INPUT -> actor.isConvenor() || actor.isSecretariat() || actor.has(Role.OBSERVER)
                    || actor.belongsTo(target.scopeConstituencyId());
            case VIEW_REVISIONS -> actor.isConvenor() || actor.isFocalPointOf(target.scopeConstituencyId());
            case EDIT_INPUT -> actor.isFocalPointOf(target.scopeConstituencyId());
            case RETURN_INPUT -> actor.isConvenor();
        };
    }
}
