package org.mufakat.round;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Reads the round-wide change counter that {@link RoundChangeCounter} keeps. It comes from the database, so a result
 * kept under it ({@link RoundFacts}) is never older than the round, whichever instance changed it.
 */
@ApplicationScoped
public class RoundChanges {

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** The round's change counter as committed (or as changed by the current transaction). */
    public long of(Round round) {
        Number n = (Number) Panache.getEntityManager().createNativeQuery("select changes from round where id = ?1")
                .setParameter(1, round.id).getSingleResult();
        return n.longValue();
    }

    /**
     * Whether the current transaction has written anything of the round: its counter is then not committed and must
     * not key a kept result (a rollback would let another change reuse the number).
     */
    public boolean changedHere(Round round) {
        if (transactions.getTransactionKey() == null) {
            return false;
        }
        Set<?> due = (Set<?>) transactions.getResource(RoundChangeCounter.PENDING);
        return transactions.getResource(List.of(RoundChangeCounter.COUNTED, round.id)) != null
                || due != null && due.contains(round.id);
    }
}
