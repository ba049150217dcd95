package org.mufakat.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mufakat.audit.AuditLog;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/**
 * Checks a username and password against local accounts. After {@code mufakat.login.max-failures} wrong passwords
 * in a row the account is locked for {@code mufakat.login.lock-minutes}; every failure and every interactive
 * sign-in is audited.
 */
@ApplicationScoped
public class SignIn {

    static final String ACCOUNT_ATTRIBUTE = "mufakat.account";

    @Inject
    AccountDirectory directory;
    @Inject
    PasswordHasher hasher;
    @Inject
    AuditLog audit;

    @ConfigProperty(name = "mufakat.login.max-failures")
    int maxFailures;
    @ConfigProperty(name = "mufakat.login.lock-minutes")
    int lockMinutes;

    /**
     * @param interactive true for the sign-in form, false for HTTP Basic on each API call (not audited on success)
     */
    public SecurityIdentity withPassword(String username, String password, boolean interactive) {
        String name = username == null ? "" : username.strip().toLowerCase();
        Optional<LoginAccount> found = directory.findForLogin(name);
        if (found.isEmpty()) {
            hasher.burn(password);
            audit.recordSeparately(name, "signin.failed", "Account", null, "unknown username");
            throw new AuthenticationFailedException();
        }
        LoginAccount account = found.get();
        Instant now = Instant.now();
        if (!account.enabled()) {
            hasher.burn(password);
            audit.recordSeparately(name, "signin.failed", "Account", id(account), "account disabled");
            throw new AuthenticationFailedException();
        }
        if (account.lockedAt(now)) {
            hasher.burn(password);
            audit.recordSeparately(name, "signin.failed", "Account", id(account), "account locked");
            throw new AuthenticationFailedException();
        }
        if (!hasher.matches(password, account.passwordHash())) {
            int failures = directory.recordFailedSignIn(account.id());
            String details = "wrong password (" + failures + " in a row)";
            if (failures >= maxFailures) {
                directory.lockUntil(account.id(), now.plus(Duration.ofMinutes(lockMinutes)));
                details += "; locked for " + lockMinutes + " minutes";
            }
            audit.recordSeparately(name, "signin.failed", "Account", id(account), details);
            throw new AuthenticationFailedException();
        }
        directory.recordSignIn(account.id(), interactive);
        if (interactive) {
            audit.recordSeparately(name, "signin", "Account", id(account), null);
        }
        return identity(account);
    }

    /** Restores the identity of a session cookie; a disabled or deleted account is signed out at once. */
    public SecurityIdentity fromSession(String username) {
        return directory.findForLogin(username)
                .filter(LoginAccount::enabled)
                .map(SignIn::identity)
                .orElseThrow(AuthenticationFailedException::new);
    }

    static SecurityIdentity identity(LoginAccount account) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(account.username()))
                .addAttribute(ACCOUNT_ATTRIBUTE, account);
        account.grants().forEach(g -> builder.addRole(g.role().name()));
        return builder.build();
    }

    private static String id(LoginAccount account) {
        return Long.toString(account.id());
    }
}
