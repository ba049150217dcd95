package org.mufakat.round;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.hibernate.CallbackException;
import org.hibernate.Interceptor;
import org.hibernate.Session;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.type.Type;
import org.mufakat.forum.Forum;
import org.mufakat.forum.ForumSession;
import org.mufakat.network.Account;
import org.mufakat.network.Constituency;
import org.mufakat.network.MemberOrganisation;
import org.mufakat.network.Ratification;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Keeps the round-wide change counter ({@code round.changes}, V19, read by {@link RoundChanges}): every transaction
 * that inserts, changes or deletes an entity that belongs to a round (the round itself, or anything that reaches it
 * through at most three many-to-one links: an input, a statement's fate, a version's item, a submission's uptake)
 * adds one to its round's counter before it commits. Features need not remember to do it: this Hibernate interceptor
 * sees every save. Bulk HQL updates are not seen; the one on a round's entities (harmonize's unlinking of a deleted
 * recommendation's fates) comes with the recommendation's delete, which is.
 *
 * <p>Some entities belong to no round but are shown with every round: constituencies and member organisations (their
 * codes and names), forums and their sessions (a lineage's "uptake at the 9th AFML"), the ratification table (beside
 * a national input's preamble) and a person's display name.
 * A change of one of them counts as a change of every round, so nothing kept under a round's counter shows an old
 * name. They change seldom.
 */
@ApplicationScoped
@PersistenceUnitExtension
public class RoundChangeCounter implements Interceptor {

    private static final int DEEPEST = 3;
    static final Object PENDING = new Object();
    static final Object COUNTED = new Object();
    /** Set once the current transaction has counted a change of any round. */
    static final Object ANY = new Object();
    /** Set while the current transaction has changed something shown with every round, until every round counts it. */
    static final Object EVERY_PENDING = new Object();
    /** Set once the current transaction has counted a change of every round. */
    static final Object EVERY = new Object();
    /** Entities of no round whose every change shows in every round. */
    private static final Set<Class<?>> SHOWN_WITH_EVERY_ROUND = Set.of(Constituency.class, MemberOrganisation.class,
            Forum.class, ForumSession.class, Ratification.class);

    /** Per entity class, the chains of getters that lead to its round (none: the class belongs to no round). */
    private final Map<Class<?>, List<List<Method>>> paths = new ConcurrentHashMap<>();

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Override
    public boolean onFlushDirty(Object entity, Object id, Object[] currentState, Object[] previousState,
            String[] propertyNames, Type[] types) throws CallbackException {
        if (entity instanceof Account) {
            // Of a person, only the display name is shown with rounds (sign-ins and grants change nothing there).
            if (displayNameChanged(currentState, previousState, propertyNames)) {
                everyRound();
            }
            return false;
        }
        touched(entity);
        return false;
    }

    private static boolean displayNameChanged(Object[] current, Object[] previous, String[] names) {
        for (int i = 0; i < names.length; i++) {
            if ("displayName".equals(names[i])) {
                return previous == null || !Objects.equals(current[i], previous[i]);
            }
        }
        return false;
    }

    @Override
    public boolean onPersist(Object entity, Object id, Object[] state, String[] propertyNames, Type[] types)
            throws CallbackException {
        touched(entity);
        return false;
    }

    @Override
    public void onRemove(Object entity, Object id, Object[] state, String[] propertyNames, Type[] types)
            throws CallbackException {
        touched(entity);
    }

    @Override
    public void onCollectionUpdate(Object collection, Object key) throws CallbackException {
        if (collection instanceof PersistentCollection<?> c) {
            touched(c.getOwner());
        }
    }

    @Override
    public void onCollectionRecreate(Object collection, Object key) throws CallbackException {
        onCollectionUpdate(collection, key);
    }

    @Override
    public void onCollectionRemove(Object collection, Object key) throws CallbackException {
        onCollectionUpdate(collection, key);
    }

    /** After each flush, counts once per transaction every round whose entities the flush wrote. */
    @Override
    public void postFlush(Iterator<Object> entities) throws CallbackException {
        if (transactions.getTransactionKey() != null && transactions.getResource(EVERY_PENDING) != null
                && transactions.getResource(EVERY) == null) {
            transactions.putResource(EVERY, Boolean.TRUE);
            transactions.putResource(ANY, Boolean.TRUE);
            Panache.getEntityManager().unwrap(Session.class).doWork(connection -> {
                try (var update = connection.prepareStatement("update round set changes = changes + 1")) {
                    update.executeUpdate();
                }
            });
        }
        Set<Long> due = rounds(false);
        if (due == null) {
            return;
        }
        List<Long> ids = new ArrayList<>();
        for (Long id : due) {
            if (transactions.getResource(List.of(COUNTED, id)) == null) {
                transactions.putResource(List.of(COUNTED, id), Boolean.TRUE);
                ids.add(id);
            }
        }
        due.clear();
        if (ids.isEmpty()) {
            return;
        }
        transactions.putResource(ANY, Boolean.TRUE);
        Panache.getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (var update = connection.prepareStatement("update round set changes = changes + 1 where id = ?")) {
                for (Long id : ids) {
                    update.setLong(1, id);
                    update.addBatch();
                }
                update.executeBatch();
            }
        });
    }

    /** Marks the current transaction as changing what every round shows; counted at the next flush. */
    private void everyRound() {
        if (transactions.getTransactionKey() != null) {
            transactions.putResource(EVERY_PENDING, Boolean.TRUE);
        }
    }

    private void touched(Object entity) {
        if (SHOWN_WITH_EVERY_ROUND.contains(entity.getClass())) {
            everyRound();
            return;
        }
        Long roundId = roundIdOf(entity);
        if (roundId != null) {
            Set<Long> due = rounds(true);
            if (due != null) {
                due.add(roundId);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private Set<Long> rounds(boolean create) {
        if (transactions.getTransactionKey() == null) {
            return null;
        }
        Set<Long> due = (Set<Long>) transactions.getResource(PENDING);
        if (due == null && create) {
            due = new HashSet<>();
            transactions.putResource(PENDING, due);
        }
        return due;
    }

    /** The id of the round the entity belongs to, or null when it belongs to none. */
    public Long roundIdOf(Object entity) {
        if (entity == null) {
            return null;
        }
        if (entity instanceof Round round) {
            return round.id;
        }
        // A link may be empty (a fate without a recommendation): the next way to the round is tried.
        for (List<Method> path : paths.computeIfAbsent(entity.getClass(), c -> pathsFrom(c, DEEPEST))) {
            Long id = follow(entity, path);
            if (id != null) {
                return id;
            }
        }
        return null;
    }

    private static Long follow(Object entity, List<Method> path) {
        Object at = entity;
        try {
            for (Method getter : path) {
                at = getter.invoke(at);
                if (at == null) {
                    return null;
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot find the round of " + entity.getClass().getName(), e);
        }
        if (at instanceof HibernateProxy proxy) {
            return (Long) proxy.getHibernateLazyInitializer().getIdentifier();
        }
        return ((Round) at).id;
    }

    /** Every chain of to-one links from the class to a round, the shortest first (none: it belongs to no round). */
    private static List<List<Method>> pathsFrom(Class<?> type, int depth) {
        List<List<Method>> found = new ArrayList<>();
        if (depth == 0) {
            return found;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (!f.isAnnotationPresent(ManyToOne.class) && !f.isAnnotationPresent(OneToOne.class)) {
                    continue;
                }
                Optional<Method> first = getter(f);
                if (first.isEmpty()) {
                    continue;
                }
                if (f.getType() == Round.class) {
                    found.add(List.of(first.get()));
                } else if (f.getType() != type) {
                    for (List<Method> rest : pathsFrom(f.getType(), depth - 1)) {
                        List<Method> path = new ArrayList<>();
                        path.add(first.get());
                        path.addAll(rest);
                        found.add(List.copyOf(path));
                    }
                }
            }
        }
        found.sort(Comparator.comparingInt(List::size));
        return List.copyOf(found);
    }

    private static Optional<Method> getter(Field f) {
        String name = "get" + Character.toUpperCase(f.getName().charAt(0)) + f.getName().substring(1);
        try {
            Method m = f.getDeclaringClass().getMethod(name);
            return Optional.of(m);
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }
}
