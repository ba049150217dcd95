package org.mufakat.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * A lease in the job_lock table: of several instances sharing one database, only the one whose conditional update
 * succeeds runs the job. A lease expires by itself if its holder dies.
 */
@ApplicationScoped
public class JobLock {

    private final String instance = UUID.randomUUID().toString();

    @Inject
    EntityManager em;

    /** True when this instance now holds the named lock for the given time. */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean tryAcquire(String name, Duration lease) {
        Instant now = Instant.now();
        return em.createNativeQuery("update job_lock set locked_until = ?1, locked_by = ?2"
                + " where name = ?3 and locked_until < ?4")
                .setParameter(1, now.plus(lease)).setParameter(2, instance).setParameter(3, name)
                .setParameter(4, now).executeUpdate() == 1;
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void release(String name) {
        em.createNativeQuery("update job_lock set locked_until = ?1 where name = ?2 and locked_by = ?3")
                .setParameter(1, Instant.now()).setParameter(2, name).setParameter(3, instance).executeUpdate();
    }
}
