package org.mufakat.submission;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.mufakat.audit.AuditObjects;

/** Submissions in the audit trail: their tracking numbers and pages. */
@ApplicationScoped
public class SubmissionAuditObjects implements AuditObjects {

    @Override
    public Map<String, Named> named(String type, Collection<String> ids) {
        List<Long> numbers = AuditObjects.numbers(ids);
        Map<String, Named> named = new HashMap<>();
        if ("Submission".equals(type) && !numbers.isEmpty()) {
            Submission.<Submission>list("id in ?1", numbers).forEach(s -> named.put(s.id.toString(),
                    new Named(s.trackingNumber == null ? "#" + s.id : s.trackingNumber, "/rounds/" + s.round.id + "/submissions/" + s.id)));
        }
        return named;
    }
}
