package org.mufakat.round;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Keeps the round-wide change counter ({@code round.changes}, V19, read by {@link RoundChanges}): every transaction that inserts, changes or deletes an
 * entity that belongs to a round (the round itself, or anything that reaches it through at most three many-to-one
 * links: an input, a statement's fate, a version's item, a submission's uptake) adds one to its round's counter
 * before it commits. Features need not remember to do it: this Hibernate interceptor sees every save. Bulk HQL
 * updates are not seen; the one on a round's entities (harmonize's unlinking of a deleted recommendation's fates)
 * comes with the recommendation's delete, which is.
 */
@ApplicationScoped
@PersistenceUnitExtension
public class RoundChangeCounter implements Interceptor {

    private static final int DEEPEST = 3;
    static final Object PENDING = new Object();
    static final Object COUNTED = new Object();

    /** Per entity class, the getters that lead to its round (empty: the class belongs to no round). */
    private final Map<Class<?>, Optional<List<Method>>> paths = new ConcurrentHashMap<>();

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Override
    public boolean onFlushDirty(Object entity, Object id, Object[] currentState, Object[] previousState,
            String[] propertyNames, Type[] types) throws CallbackException {
        touched(entity);
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
    public void postFlush(java.util.Iterator<Object> entities) throws CallbackException {
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

    private void touched(Object entity) {
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

    Long roundIdOf(Object entity) {
        if (entity == null) {
            return null;
        }
        if (entity instanceof Round round) {
            return round.id;
        }
        Optional<List<Method>> path = paths.computeIfAbsent(entity.getClass(), c -> pathFrom(c, DEEPEST));
        if (path.isEmpty()) {
            return null;
        }
        Object at = entity;
        try {
            for (Method getter : path.get()) {
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

    /** The shortest chain of to-one links from the class to a round, preferring a link named {@code round}. */
    private static Optional<List<Method>> pathFrom(Class<?> type, int depth) {
        if (depth == 0) {
            return Optional.empty();
        }
        List<Field> links = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.isAnnotationPresent(ManyToOne.class) || f.isAnnotationPresent(OneToOne.class)) {
                    if (f.getType() == Round.class) {
                        return getter(type, f).map(List::of);
                    }
                    links.add(f);
                }
            }
        }
        Optional<List<Method>> best = Optional.empty();
        for (Field f : links) {
            Optional<List<Method>> rest = f.getType() == type ? Optional.empty() : pathFrom(f.getType(), depth - 1);
            Optional<Method> first = getter(type, f);
            if (rest.isPresent() && first.isPresent() && (best.isEmpty() || rest.get().size() + 1 < best.get().size())) {
                List<Method> path = new ArrayList<>();
                path.add(first.get());
                path.addAll(rest.get());
                best = Optional.of(List.copyOf(path));
            }
        }
        return best;
    }

    private static Optional<Method> getter(Class<?> type, Field f) {
        String name = "get" + Character.toUpperCase(f.getName().charAt(0)) + f.getName().substring(1);
        try {
            Method m = f.getDeclaringClass().getMethod(name);
            return Optional.of(m);
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }
}
