package org.mufakat.web;

import org.hibernate.FlushMode;
import org.hibernate.Session;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * For a transaction that only reads a large view (a proposal of 300 recommendations with 700 positions, the
 * dashboards): what it loads is read-only and nothing is flushed, so Hibernate keeps no copies to compare and no query
 * waits for a dirty check of thousands of entities first. Called first in a {@code @Transactional} workflow method
 * that pages and APIs call, which reads only; never in a transaction that writes (its changes would not be saved).
 */
public final class ReadOnly {

    private ReadOnly() {
    }

    /** Marks the current transaction's session as reading only, unless it already holds entities of its caller. */
    public static void view() {
        Session session = Panache.getEntityManager().unwrap(Session.class);
        if (session.getStatistics().getEntityCount() == 0 && !session.isDirty()) {
            session.setDefaultReadOnly(true);
            session.setHibernateFlushMode(FlushMode.MANUAL);
        }
    }
}
