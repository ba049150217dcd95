package org.mufakat.security;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Growing delays after wrong passwords, counted per username and client address and per client address. Past
 * {@code mufakat.login.free-failures} wrong passwords in a row for one username from one address (or
 * {@code mufakat.login.address-free-failures} from one address for any usernames), the next password from there is
 * not even checked before 2, 4, 8... seconds have passed since the last failure, at most
 * {@code mufakat.login.max-delay}. Someone elsewhere is not held up: a stranger's wrong guesses delay the stranger,
 * and the account-wide delay of {@link SignIn} holds only addresses that have guessed wrong for the account. Only one
 * password per username and address is checked at a time (and one per address once its delays apply), so parallel
 * requests cannot slip past the free failures together. Failures are forgotten after a day without one, and at a
 * successful sign-in from the same place.
 * <p>
 * Each count is one statement in its own transaction, so parallel failures are all counted and never wait on each
 * other's locks for long; a database hiccup here is logged and never turns a sign-in into an error page.
 */
@ApplicationScoped
public class SignInThrottle {

    private static final Logger LOG = Logger.getLogger(SignInThrottle.class);
    /** A day without a failure forgets the earlier ones. */
    static final Duration FORGET_AFTER = Duration.ofDays(1);
    /** How long a checked attempt holds its key's turn, unless it ends sooner (it takes a password hash). */
    static final Duration TURN = Duration.ofSeconds(10);

    @Inject
    EntityManager em;

    @ConfigProperty(name = "mufakat.login.free-failures")
    int freeFailures;
    @ConfigProperty(name = "mufakat.login.address-free-failures")
    int addressFreeFailures;
    @ConfigProperty(name = "mufakat.login.max-delay")
    Duration maxDelay;

    /**
     * May a password for this username from this address be checked now? Past the free failures this takes the turn
     * of the keys concerned, released by {@link #failed} or {@link #succeeded}.
     *
     * @return zero to go ahead, else how long to wait before the next attempt
     */
    public Duration turn(String username, String address, boolean oneAtATime, Instant now) {
        Duration wait = turn(accountKey(username, address), freeFailures,
                oneAtATime ? Serial.ALWAYS : Serial.AFTER_A_FAILURE, now);
        if (!wait.isZero()) {
            return wait;
        }
        return turn(addressKey(address), addressFreeFailures, Serial.PAST_FREE_FAILURES, now);
    }

    /** Whether a wrong password for this username came from this address in the last day. */
    public boolean hasFailed(String username, String address, Instant now) {
        ThrottleEntry entry = safely(() -> em.find(ThrottleEntry.class, accountKey(username, address)), null);
        return entry != null && entry.failures > 0 && !entry.lastFailureAt.isBefore(now.minus(FORGET_AFTER));
    }

    /**
     * A wrong password (or an unknown username, or a disabled account) from this address.
     *
     * @return the number of failures in a row for the username from this address, this one included
     */
    public int failed(String username, String address, Instant now) {
        if (record(addressKey(address), addressFreeFailures, now) == 1) {
            purge(now);
        }
        return record(accountKey(username, address), freeFailures, now);
    }

    /** A right password from this address: its failures for the username are forgotten. */
    public void succeeded(String username, String address, Instant now) {
        safely(() -> {
            em.createQuery("delete from ThrottleEntry t where t.key = ?1").setParameter(1, accountKey(username, address))
                    .executeUpdate();
            // The address keeps its count (one good account must not wash a spray of guesses clean), but not its turn.
            em.createQuery("update ThrottleEntry t set t.nextAttemptAt = null where t.key = ?1 and t.nextAttemptAt > ?2"
                    + " and t.nextAttemptAt <= ?3").setParameter(1, addressKey(address)).setParameter(2, now)
                    .setParameter(3, now.plus(TURN)).executeUpdate();
            return 0;
        }, 0);
    }

    /** Forgets every delay of a username, from any address (a secretariat lifted the lock-out or set a password). */
    public void forget(String username) {
        String prefix = accountKey(username, "").replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        safely(() -> em.createQuery("delete from ThrottleEntry t where t.key like ?1 escape '\\'")
                .setParameter(1, prefix + "%").executeUpdate(), 0);
    }

    /** How long to wait after {@code failures} failures in a row when {@code free} are let through without delay. */
    Duration delay(int failures, int free) {
        if (failures < free) {
            return Duration.ZERO;
        }
        long seconds = 2L << Math.min(failures - free, 30);
        return seconds >= maxDelay.toSeconds() ? maxDelay : Duration.ofSeconds(seconds);
    }

    /** Behind a proxy that is trusted without a list, the client's address cannot be told: say so at start. */
    void warnWithoutTrustedProxies(@Observes StartupEvent start) {
        boolean forwarding = ConfigProvider.getConfig()
                .getOptionalValue("quarkus.http.proxy.proxy-address-forwarding", Boolean.class).orElse(false);
        if (forwarding && !ClientAddress.trustsProxy()) {
            LOG.warn("X-Forwarded-* headers are trusted from any address (QUARKUS_HTTP_PROXY_TRUSTED_PROXIES is not"
                    + " set): sign-in throttling counts wrong passwords by the proxy's address, so one person's"
                    + " wrong passwords slow down everyone behind it. Set QUARKUS_HTTP_PROXY_TRUSTED_PROXIES to the"
                    + " proxy's address (docs/operations.md, \"TLS and the reverse proxy\").");
        }
    }

    /** When attempts of one key are checked one at a time. */
    enum Serial {
        /** Always (a person at a form: one password of theirs at a time). */
        ALWAYS,
        /** Once a wrong password has been counted (parallel API calls with a right password are not held up). */
        AFTER_A_FAILURE,
        /** Only past the free failures (an address: many people may sign in behind it at once). */
        PAST_FREE_FAILURES
    }

    /** Takes the key's turn, or says how long to wait; past the free failures a key is always taken in turn. */
    private Duration turn(String key, int free, Serial serial, Instant now) {
        ThrottleEntry entry = safely(() -> em.find(ThrottleEntry.class, key), null);
        boolean fresh = entry == null || entry.lastFailureAt.isBefore(now.minus(FORGET_AFTER));
        boolean withinFree = fresh || entry.failures < free;
        boolean inTurn = serial == Serial.ALWAYS || serial == Serial.AFTER_A_FAILURE && !fresh && entry.failures > 0;
        if (withinFree && !inTurn) {
            return Duration.ZERO;
        }
        if (entry == null) {
            return claim(key, now) ? Duration.ZERO : Duration.ofSeconds(1);
        }
        if (entry.nextAttemptAt != null && entry.nextAttemptAt.isAfter(now)) {
            return Duration.between(now, entry.nextAttemptAt);
        }
        int taken = safely(() -> em.createQuery("update ThrottleEntry t set t.nextAttemptAt = ?1 where t.key = ?2"
                + " and (t.nextAttemptAt is null or t.nextAttemptAt <= ?3)").setParameter(1, now.plus(TURN))
                .setParameter(2, key).setParameter(3, now).executeUpdate(), 1);
        if (taken == 1) {
            return Duration.ZERO;
        }
        // Another attempt took the turn a moment ago.
        ThrottleEntry latest = safely(() -> em.find(ThrottleEntry.class, key), null);
        return latest != null && latest.nextAttemptAt != null && latest.nextAttemptAt.isAfter(now)
                ? Duration.between(now, latest.nextAttemptAt) : Duration.ofSeconds(1);
    }

    /** A key's first attempt: a row without failures that holds the turn; false when another attempt was first. */
    private boolean claim(String key, Instant now) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                ThrottleEntry entry = new ThrottleEntry();
                entry.key = key;
                entry.failures = 0;
                entry.lastFailureAt = now;
                entry.nextAttemptAt = now.plus(TURN);
                em.persist(entry);
                em.flush();
            });
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private int record(String key, int free, Instant now) {
        for (int attempt = 1;; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> {
                    int updated = em.createQuery("update ThrottleEntry t set t.failures = case when t.lastFailureAt"
                            + " < ?1 then 1 else t.failures + 1 end, t.lastFailureAt = ?2 where t.key = ?3")
                            .setParameter(1, now.minus(FORGET_AFTER)).setParameter(2, now).setParameter(3, key)
                            .executeUpdate();
                    if (updated == 0) {
                        ThrottleEntry entry = new ThrottleEntry();
                        entry.key = key;
                        entry.failures = 1;
                        entry.lastFailureAt = now;
                        entry.nextAttemptAt = free <= 1 ? now.plus(delay(1, free)) : null;
                        em.persist(entry);
                        em.flush();
                        return 1;
                    }
                    // The update keeps the row locked until the commit: this reads this failure's own count.
                    int failures = em.createQuery("select t.failures from ThrottleEntry t where t.key = ?1",
                            Integer.class).setParameter(1, key).getSingleResult();
                    Duration delay = delay(failures, free);
                    em.createQuery("update ThrottleEntry t set t.nextAttemptAt = ?1 where t.key = ?2")
                            .setParameter(1, delay.isZero() ? null : now.plus(delay)).setParameter(2, key)
                            .executeUpdate();
                    return failures;
                });
            } catch (RuntimeException e) {
                // Two first failures of one key at once: the other has just inserted the row; count again.
                if (attempt == 3) {
                    LOG.warnf("Could not count a failed sign-in for %s: %s", key, e.toString());
                    return 0;
                }
            }
        }
    }

    /** Rows a day past their last failure; removed now and then so the table stays small. */
    public int purge(Instant now) {
        return safely(() -> em.createQuery("delete from ThrottleEntry t where t.lastFailureAt < ?1")
                .setParameter(1, now.minus(FORGET_AFTER)).executeUpdate(), 0);
    }

    private <T> T safely(java.util.concurrent.Callable<T> work, T fallback) {
        try {
            return QuarkusTransaction.requiringNew().call(work);
        } catch (RuntimeException e) {
            LOG.warnf("Sign-in throttling skipped a step: %s", e.toString());
            return fallback;
        }
    }

    static String accountKey(String username, String address) {
        String name = username.length() > SignIn.MAX_USERNAME ? username.substring(0, SignIn.MAX_USERNAME) : username;
        return "account:" + name + "@" + address;
    }

    static String addressKey(String address) {
        return "address:" + address;
    }
}
