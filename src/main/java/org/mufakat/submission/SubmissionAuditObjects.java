package org.mufakat.submission;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.mufakat.audit.AuditObjects;

/** Submissions in the audit trail: their tracking numbers and pages. */
@ApplicationScoped
public class SubmissionAuditObjects implements AuditObjects {

    @Override
    public Map<String, Function<List<Long>, Map<Long, Named>>> types() {
        return Map.of("Submission", ids -> AuditObjects.byId(Submission.<Submission>list("id in ?1", ids),
                s -> s.id, s -> new Named(s.trackingNumber == null ? "#" + s.id : s.trackingNumber, s.path())));
    }
}
