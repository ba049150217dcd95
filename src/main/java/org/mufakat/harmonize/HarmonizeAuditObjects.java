package org.mufakat.harmonize;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.mufakat.audit.AuditObjects;

/** Recommendations in the audit trail: "DI.1 · AFML 2026" and the recommendation's page. */
@ApplicationScoped
public class HarmonizeAuditObjects implements AuditObjects {

    @Override
    public Map<String, Named> named(String type, Collection<String> ids) {
        List<Long> numbers = AuditObjects.numbers(ids);
        Map<String, Named> named = new HashMap<>();
        if ("Recommendation".equals(type) && !numbers.isEmpty()) {
            Recommendation.<Recommendation>list("id in ?1", numbers).forEach(r -> named.put(r.id.toString(),
                    new Named(r.number() + " · " + r.round.title, "/rounds/" + r.round.id + "/recommendations/"
                            + r.id)));
        }
        return named;
    }
}
