package org.mufakat.export;

import jakarta.enterprise.context.ApplicationScoped;

import org.mufakat.security.Action;
import org.mufakat.security.Actor;
import org.mufakat.security.Policy;
import org.mufakat.security.Scoped;

/**
 * The secretariat, who administers the installation, imports rounds: an import creates constituencies, forums and
 * a whole round at once, which no single feature's role covers.
 */
@ApplicationScoped
public class ImportPolicy implements Policy {

    @Override
    public Class<ImportAction> actions() {
        return ImportAction.class;
    }

    @Override
    public boolean allows(Actor actor, Action action, Scoped target) {
        return switch ((ImportAction) action) {
            case IMPORT_ROUND -> actor.isSecretariat();
        };
    }
}
