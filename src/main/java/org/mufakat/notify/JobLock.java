package org.mufakat.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.IntSupplier;

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

    /**
     * Runs the job if this instance gets the named lock for the given time, and releases it afterwards; returns what
     * the job returns, or 0 when another instance holds the lock.
     */
    public int runAlone(String name, Duration lease, IntSupplier job) {
        if (!tryAcquire(name, lease)) {
            return 0;
        }
        try {
            return job.getAsInt();
        } finally {
            release(name);
        }
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void release(String name) {
        em.createNativeQuery("update job_lock set locked_until = ?1 where name = ?2 and locked_by = ?3")
                .setParameter(1, Instant.now()).setParameter(2, name).setParameter(3, instance).executeUpdate();
    }
}
