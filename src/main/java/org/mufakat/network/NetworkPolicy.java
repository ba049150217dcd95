package org.mufakat.network;

import jakarta.enterprise.context.ApplicationScoped;

import org.mufakat.security.Action;
import org.mufakat.security.Actor;
import org.mufakat.security.Policy;
import org.mufakat.security.Scoped;

/**
 * Who may read and keep the network registry: the secretariat keeps it; focal points keep their organisations; the
 * secretariat and the convenor keep the ratification table, which everyone reads; everyone holding a role keeps
 * their own API tokens.
 */
@ApplicationScoped
public class NetworkPolicy implements Policy {

    @Override
    public Class<NetworkAction> actions() {
        return NetworkAction.class;
    }

    @Override
    public boolean allows(Actor actor, Action action, Scoped target) {
        return switch ((NetworkAction) action) {
            case VIEW_DIRECTORY -> true;
            case USE_API_TOKENS -> !actor.grants().isEmpty();
            case MANAGE_CONSTITUENCIES, MANAGE_ACCOUNTS -> actor.isSecretariat();
            case MANAGE_RATIFICATIONS -> actor.isSecretariat() || actor.isConvenor();
            case MANAGE_ORGANISATION -> actor.isSecretariat() || actor.isFocalPointOf(target.scopeConstituencyId());
            case VIEW_ORGANISATION -> actor.isSecretariat() || actor.isConvenor()
                    || actor.belongsTo(target.scopeConstituencyId());
        };
    }
}
