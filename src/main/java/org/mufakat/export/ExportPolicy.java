package org.mufakat.export;

import jakarta.enterprise.context.ApplicationScoped;

import org.mufakat.security.Action;
import org.mufakat.security.Actor;
import org.mufakat.security.Policy;
import org.mufakat.security.Scoped;

/**
 * The public edition of a round's book goes to whoever reads its proposal (staff, observers, its participants); the
 * internal edition, which may hold restricted content and attribution, to the network's staff (convenor and
 * secretariat); the foreword is the convenor's.
 */
@ApplicationScoped
public class ExportPolicy implements Policy {

    @Override
    public Class<ExportAction> actions() {
        return ExportAction.class;
    }

    @Override
    public boolean allows(Actor actor, Action action, Scoped target) {
        return switch ((ExportAction) action) {
            case EXPORT_PUBLIC -> actor.readsRound(target);
            case EXPORT_INTERNAL -> actor.isConvenor() || actor.isSecretariat();
            case WRITE_FOREWORD -> actor.isConvenor();
        };
    }
}
