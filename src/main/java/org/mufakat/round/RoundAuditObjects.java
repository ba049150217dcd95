package org.mufakat.round;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.mufakat.audit.AuditObjects;

/** Rounds in the audit trail: their titles and pages. */
@ApplicationScoped
public class RoundAuditObjects implements AuditObjects {

    @Override
    public Map<String, Function<List<Long>, Map<Long, Named>>> types() {
        return Map.of("Round", ids -> AuditObjects.byId(Round.<Round>list("id in ?1", ids), r -> r.id,
                r -> new Named(r.title, "/rounds/" + r.id)));
    }
}
