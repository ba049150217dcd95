package org.mufakat.round;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /** The key under which a transaction keeps every round's counter once read. */
    private static final Object COMMITTED = new Object();
    /** The key under which a transaction keeps the summary of every round's counter once read. */
    private static final Object EVERYWHERE = new Object();

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** The round's change counter as committed (or as changed by the current transaction). */
    public long of(Round round) {
        Number n = (Number) Panache.getEntityManager().createNativeQuery("select changes from round where id = ?1")
                .setParameter(1, round.id).getSingleResult();
        return n.longValue();
    }

    /**
     * A summary of every round's change counter: it differs from any earlier one once anything that belongs to any
     * round has changed (a deleted round takes its counter and everything of it along; a new one raises the newest
     * id), so it keys results worked out across rounds, such as the impact page's uptake by theme. Read once per
     * transaction: a dashboard's sources ask in turn.
     */
    public record Everywhere(long rounds, long changes, long newest) {
    }

    public Everywhere everywhere() {
        boolean inTransaction = transactions.getTransactionKey() != null;
        Everywhere known = inTransaction ? (Everywhere) transactions.getResource(EVERYWHERE) : null;
        if (known == null) {
            Object[] row = (Object[]) Panache.getEntityManager().createNativeQuery(
                    "select count(*), coalesce(sum(changes), 0), coalesce(max(id), 0) from round").getSingleResult();
            known = new Everywhere(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                    ((Number) row[2]).longValue());
            if (inTransaction) {
                transactions.putResource(EVERYWHERE, known);
            }
        }
        return known;
    }

    /** Whether the current transaction has written anything of any round (see {@link #changedHere}). */
    public boolean changedHereAnywhere() {
        if (transactions.getTransactionKey() == null) {
            return false;
        }
        Set<?> due = (Set<?>) transactions.getResource(RoundChangeCounter.PENDING);
        return transactions.getResource(RoundChangeCounter.ANY) != null || due != null && !due.isEmpty()
                || changedEveryRoundHere();
    }

    /** Whether the current transaction has changed something shown with every round (a constituency's name). */
    private boolean changedEveryRoundHere() {
        return transactions.getResource(RoundChangeCounter.EVERY_PENDING) != null;
    }

    /** A round as last committed: the key of a result worked out from it and kept until anything in it changes. */
    public record Version(long round, long changes) {
    }

    /**
     * The round's committed version, or none when the current transaction has written anything of the round: its
     * counter is then not committed and must not key a kept result (a rollback would let another change reuse it).
     */
    public Optional<Version> version(Round round) {
        if (changedHere(round)) {
            return Optional.empty();
        }
        Long committed = committed().get(round.id);
        return Optional.of(new Version(round.id, committed != null ? committed : of(round)));
    }

    /**
     * Every round's counter as committed, read once per transaction: a page or a dashboard that asks about several
     * rounds, or several times about one, runs one small query (a round created since is read on its own).
     */
    @SuppressWarnings("unchecked")
    private Map<Long, Long> committed() {
        boolean inTransaction = transactions.getTransactionKey() != null;
        Map<Long, Long> known = inTransaction ? (Map<Long, Long>) transactions.getResource(COMMITTED) : null;
        if (known == null) {
            known = new HashMap<>();
            for (Object row : Panache.getEntityManager().createNativeQuery("select id, changes from round")
                    .getResultList()) {
                Object[] pair = (Object[]) row;
                known.put(((Number) pair[0]).longValue(), ((Number) pair[1]).longValue());
            }
            if (inTransaction) {
                transactions.putResource(COMMITTED, known);
            }
        }
        return known;
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
                || due != null && due.contains(round.id) || changedEveryRoundHere();
    }
}
