package org.mufakat.web;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The one idiom for aggregates, used by every feature: a change to a child (a statement of an input, the sources of
 * a recommendation) is a change to its root, whose version goes up when the transaction commits. A save or submit
 * that carries the version read before the change is then refused as stale, and two transactions changing children
 * of the same root at once cannot both commit.
 */
public final class Aggregates {

    private Aggregates() {
    }

    /**
     * Marks the root as changed: its {@code @Version} is incremented at commit (at once when the root is already
     * locked pessimistically, where a weaker lock would be ignored), even if none of its columns changed.
     */
    public static void changed(PanacheEntityBase root) {
        EntityManager em = Panache.getEntityManager();
        LockModeType held = em.getLockMode(root);
        boolean pessimistic = held == LockModeType.PESSIMISTIC_READ || held == LockModeType.PESSIMISTIC_WRITE
                || held == LockModeType.PESSIMISTIC_FORCE_INCREMENT;
        em.lock(root, pessimistic ? LockModeType.PESSIMISTIC_FORCE_INCREMENT : LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }
}
