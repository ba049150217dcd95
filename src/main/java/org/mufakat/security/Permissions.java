package org.mufakat.security;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.mufakat.audit.AuditLog;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * The one place that decides whether this user may do an action to this object, and audits refusals. Pages, the
 * API and workflows all ask here; the rules themselves belong to the features, one {@link Policy} bean each, found
 * here by the action's enum. Security names no feature's action.
 */
@ApplicationScoped
public class Permissions {

    @Inject
    CurrentUser user;
    @Inject
    AuditLog audit;
    @Inject
    @Any
    Instance<Policy> policies;

    private final Map<Class<?>, Policy> byActions = new HashMap<>();

    @PostConstruct
    void collect() {
        policies.forEach(this::add);
    }

    /** Registers a policy; two policies for one enum of actions are a programming error. */
    void add(Policy policy) {
        Policy before = byActions.putIfAbsent(policy.actions(), policy);
        if (before != null) {
            throw new IllegalStateException(policy.actions().getName() + " is decided by two policies: "
                    + before.getClass().getName() + " and " + policy.getClass().getName());
        }
    }

    public boolean may(Action action, Scoped target) {
        return user.isSignedIn() && policyOf(action).allows(user.actor(), action, target);
    }

    /** Throws 401 for nobody, 403 (audited) for someone not allowed. */
    public void check(Action action, Scoped target) {
        if (!user.isSignedIn()) {
            throw new UnauthorizedException();
        }
        if (!may(action, target)) {
            audit.recordSeparately(user.username(), "permission.denied", target.auditType(), target.auditId(),
                    action.name());
            throw new ForbiddenException();
        }
    }

    /** What this reader may see, the same for the whole request. */
    public Audience audience() {
        return user.audience();
    }

    /**
     * The constituencies whose organisations this user may see in full, for filtering lists; empty Optional means
     * all of them.
     */
    public Optional<Set<Long>> visibleConstituencies() {
        if (user.isSecretariat() || user.isConvenor()) {
            return Optional.empty();
        }
        return Optional.of(user.ownConstituencies());
    }

    private Policy policyOf(Action action) {
        Class<?> type = action instanceof Enum<?> e ? e.getDeclaringClass() : action.getClass();
        Policy policy = byActions.get(type);
        if (policy == null) {
            throw new IllegalStateException("No policy decides " + type.getName() + "." + action.name());
        }
        return policy;
    }
}
