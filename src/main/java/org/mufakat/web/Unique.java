package org.mufakat.web;

import java.util.function.Supplier;

import jakarta.persistence.PersistenceException;

import org.hibernate.exception.ConstraintViolationException;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Rows that must be unique, written at once so that a twin request meets the database's constraint as a message. */
public final class Unique {

    private Unique() {
    }

    /**
     * Inserts the new entity now; if it breaks a unique constraint (a double click on a slow link that passed the
     * same checks at the same moment), throws the refusal instead of failing at commit.
     */
    public static void persist(PanacheEntityBase entity, Supplier<? extends RuntimeException> refusal) {
        try {
            entity.persistAndFlush();
        } catch (PersistenceException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ConstraintViolationException) {
                    throw refusal.get();
                }
            }
            throw e;
        }
    }
}
