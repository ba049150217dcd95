package org.mufakat.audit;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.jboss.logging.Logger;

/** Writes audit events. Workflows call {@link #record} inside their own transaction, so both commit or neither. */
@ApplicationScoped
public class AuditLog {

    private static final Logger LOG = Logger.getLogger(AuditLog.class);
    private static final int MAX_DETAILS = 2000;

    /** Records an event in the caller's transaction. */
    @Transactional(TxType.MANDATORY)
    public void record(String actor, String action, String objectType, String objectId, String details) {
        persist(actor, action, objectType, objectId, details);
    }

    /**
     * Records an event that must stay even though the caller fails or refuses: failed sign-ins, denied access.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public void recordSeparately(String actor, String action, String objectType, String objectId, String details) {
        persist(actor, action, objectType, objectId, details);
    }

    private void persist(String actor, String action, String objectType, String objectId, String details) {
        AuditEvent event = new AuditEvent();
        event.occurredAt = Instant.now();
        event.actor = truncate(actor, 60);
        event.action = action;
        event.objectType = objectType;
        event.objectId = objectId;
        event.details = truncate(details, MAX_DETAILS);
        event.persist();
        LOG.debugf("audit %s %s %s/%s", event.actor, action, objectType, objectId);
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
