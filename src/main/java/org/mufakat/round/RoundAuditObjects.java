package org.mufakat.round;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.mufakat.audit.AuditObjects;

/** Rounds in the audit trail: their titles and pages. */
@ApplicationScoped
public class RoundAuditObjects implements AuditObjects {

    @Override
    public Map<String, Named> named(String type, Collection<String> ids) {
        List<Long> numbers = AuditObjects.numbers(ids);
        Map<String, Named> named = new HashMap<>();
        if ("Round".equals(type) && !numbers.isEmpty()) {
            Round.<Round>list("id in ?1", numbers)
                    .forEach(r -> named.put(r.id.toString(), new Named(r.title, "/rounds/" + r.id)));
        }
        return named;
    }
}
