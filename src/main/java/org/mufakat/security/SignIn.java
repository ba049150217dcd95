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
 * Checks a username and password against local accounts, or takes a person Keycloak has signed in. After
 * {@code mufakat.login.max-failures} wrong passwords in a row the account is locked for
 * {@code mufakat.login.lock-minutes}; every failure and every interactive sign-in is audited. With
 * {@code mufakat.login.local} off, passwords and the sessions they opened are refused: only Keycloak signs people in.
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
    @ConfigProperty(name = "mufakat.login.local")
    boolean localSignIn;

    /** The longest username an account can have (the column's width). */
    static final int MAX_USERNAME = 60;

    /**
     * @param interactive true for the sign-in form, false for HTTP Basic on each API call (not audited on success)
     */
    public SecurityIdentity withPassword(String username, String password, boolean interactive) {
        String name = username == null ? "" : username.strip().toLowerCase();
        if (!localSignIn) {
            audit.recordSeparately(name, "signin.failed", "Account", null, "local sign-in is switched off");
            throw new AuthenticationFailedException();
        }
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
        if (!localSignIn) {
            throw new AuthenticationFailedException();
        }
        return directory.findForLogin(username)
                .filter(LoginAccount::enabled)
                .map(SignIn::identity)
                .orElseThrow(AuthenticationFailedException::new);
    }

    /**
     * A person Keycloak has signed in, with a verified token: their account is found, linked or created and its
     * Keycloak grants brought in line (see {@link AccountDirectory#signInExternal}). Refused, and audited, when the
     * token has no usable {@code preferred_username}, the username belongs to an account linked to someone else, the
     * person has no Mufakat role in Keycloak and no account is linked to them yet (an unlinked local account with
     * their username is then neither linked nor changed), the account is disabled here, or it holds no role at all (a
     * realm shared with other applications lets in only the people Mufakat is for). The lock-out of local passwords does not apply: Keycloak guards its own passwords.
     *
     * @param token the identity quarkus-oidc made from the token; its credentials and attributes are kept, so that
     *        sign-out can end the Keycloak session
     * @param interactive true when a code flow has just completed (audited as a sign-in), false for each request of
     *        a session or each API call with a bearer token
     */
    public SecurityIdentity withKeycloak(ExternalIdentity person, SecurityIdentity token, boolean interactive) {
        String name = person.username() == null ? "" : person.username();
        String actor = name.length() > MAX_USERNAME ? name.substring(0, MAX_USERNAME) : name;
        if (person.subject() == null || name.isEmpty() || name.length() > MAX_USERNAME) {
            audit.recordSeparately(actor, "signin.failed", "Account", null,
                    "Keycloak token without a usable username (preferred_username, at most " + MAX_USERNAME
                            + " characters); subject " + person.subject());
            throw new AuthenticationFailedException();
        }
        Optional<LoginAccount> found;
        try {
            found = directory.signInExternal(person);
        } catch (RuntimeException e) {
            // Two first requests of the same person at once (API calls, a double click): the other one has just
            // created or linked the account, so a second look finds it.
            found = directory.signInExternal(person);
        }
        if (found.isEmpty()) {
            audit.recordSeparately(name, "signin.failed", "Account", null, person.roles().isEmpty()
                    ? "no Mufakat role in Keycloak and no account linked to this Keycloak user"
                    : "username belongs to an account linked to another Keycloak user");
            throw new AuthenticationFailedException();
        }
        LoginAccount account = found.get();
        if (!account.enabled()) {
            audit.recordSeparately(name, "signin.failed", "Account", id(account), "account disabled (Keycloak)");
            throw new AuthenticationFailedException();
        }
        if (account.grants().isEmpty()) {
            audit.recordSeparately(name, "signin.failed", "Account", id(account), "no role (Keycloak)");
            throw new AuthenticationFailedException();
        }
        if (interactive) {
            directory.recordSignIn(account.id(), true);
            audit.recordSeparately(account.username(), "signin", "Account", id(account), "Keycloak");
        }
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(account.username()))
                .addCredentials(token.getCredentials())
                .addAttributes(token.getAttributes())
                .addAttribute(ACCOUNT_ATTRIBUTE, account);
        account.grants().forEach(g -> builder.addRole(g.role().name()));
        return builder.build();
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
