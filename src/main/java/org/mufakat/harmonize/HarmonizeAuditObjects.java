package org.mufakat.harmonize;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.mufakat.audit.AuditObjects;

/** Recommendations in the audit trail: "DI.1 · AFML 2026" and the recommendation's page. */
@ApplicationScoped
public class HarmonizeAuditObjects implements AuditObjects {

    @Override
    public Map<String, Function<List<Long>, Map<Long, Named>>> types() {
        return Map.of("Recommendation", ids -> AuditObjects.byId(Recommendation.<Recommendation>list("id in ?1", ids),
                r -> r.id, r -> new Named(r.number() + " · " + r.round.title,
                        "/rounds/" + r.round.id + "/recommendations/" + r.id)));
    }
}
