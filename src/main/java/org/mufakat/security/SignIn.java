package org.mufakat.security;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mufakat.audit.AuditLog;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import io.vertx.ext.web.RoutingContext;

/**
 * Checks a username and password against local accounts, or takes a person Keycloak has signed in. Wrong passwords
 * bring growing delays rather than a lock-out (see {@link SignInThrottle}): for the username from the client's
 * address, for the address, and past {@code mufakat.login.account-free-failures} for the account from anywhere; every
 * failure and every interactive sign-in is audited. A session cookie carries the account's session generation, so
 * raising it ({@link AccountDirectory#endSessions}) ends every session of the account at its next request. With
 * {@code mufakat.login.local} off, passwords and the sessions they opened are refused: only Keycloak signs people in.
 */
@ApplicationScoped
public class SignIn {

    static final String ACCOUNT_ATTRIBUTE = "mufakat.account";
    /** Between the username and the session generation in the name a session cookie carries. */
    static final char GENERATION = '#';
    /** Put on the request by Quarkus' form mechanism when it restored a session: what its logout needs. */
    private static final String FORM_COOKIE_NAME = "io.quarkus.vertx.http.runtime.security.form.cookie-name";

    @Inject
    AccountDirectory directory;
    @Inject
    PasswordHasher hasher;
    @Inject
    AuditLog audit;
    @Inject
    SignInThrottle throttle;
    @Inject
    CurrentVertxRequest request;

    @ConfigProperty(name = "mufakat.login.account-free-failures")
    int accountFreeFailures;
    @ConfigProperty(name = "mufakat.login.local")
    boolean localSignIn;

    /** How often a token's last use is written at most: not a write per request. */
    static final Duration TOKEN_USE_RECORDED_EVERY = Duration.ofMinutes(1);

    /** The longest username an account can have (the column's width). */
    static final int MAX_USERNAME = 60;

    /** On a refusal for too many wrong passwords: the seconds before the next attempt is checked (a Long). */
    static final String RETRY_AFTER = "mufakat.retry-after";

    static AuthenticationFailedException throttled(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return new AuthenticationFailedException("too many wrong passwords", Map.of(RETRY_AFTER, seconds));
    }

    /** The seconds to wait, when this refusal is for too many wrong passwords; else null. */
    static Long retryAfter(Throwable e) {
        return e instanceof AuthenticationFailedException refused ? refused.getAttribute(RETRY_AFTER) : null;
    }

    /** The outcome of checking a signed-in person's current password: right, wrong, or not checked yet. */
    public record PasswordCheck(boolean right, long waitSeconds) {
    }

    /**
     * @param interactive true for the sign-in form, false for HTTP Basic on each API call (not audited on success)
     * @param address the client's address ({@link ClientAddress})
     * @throws AuthenticationFailedException refused; for too many wrong passwords before (nothing is checked then)
     *         with the seconds to wait ({@link #retryAfter})
     */
    public SecurityIdentity withPassword(String username, String password, boolean interactive, String address) {
        String name = username == null ? "" : username.strip().toLowerCase();
        if (!localSignIn) {
            audit.recordSeparately(actor(name), "signin.failed", "Account", null, "local sign-in is switched off");
            throw new AuthenticationFailedException();
        }
        LoginAccount account = check(name, password, address, "signin.failed", interactive);
        directory.recordSignIn(account.id(), interactive);
        if (interactive) {
            audit.recordSeparately(name, "signin", "Account", id(account), null);
        }
        return interactive ? sessionIdentity(account) : identity(account);
    }

    /**
     * A form sign-in without the token of the sign-in page: posted from another site (login CSRF), or from a page
     * older than the browser's token. Refused and audited; nothing is checked or counted.
     */
    public SecurityIdentity refuseForm(String username, String address) {
        String name = username == null ? "" : username.strip().toLowerCase();
        if (!localSignIn) {
            audit.recordSeparately(actor(name), "signin.failed", "Account", null, "local sign-in is switched off");
            throw new AuthenticationFailedException();
        }
        audit.recordSeparately(actor(name), "signin.failed", "Account", null,
                "sign-in form without the token of the sign-in page (posted from another site?) from " + address);
        throw new AuthenticationFailedException();
    }

    /**
     * Checks the current password of the signed-in person (before a change of password): throttled and counted
     * exactly like a sign-in, so it is no way around the delays.
     */
    public PasswordCheck confirmPassword(String username, String password) {
        String address = ClientAddress.of(request.getCurrent());
        try {
            check(username, password, address, "password.confirm-failed", true);
            return new PasswordCheck(true, 0);
        } catch (AuthenticationFailedException e) {
            Long wait = retryAfter(e);
            return new PasswordCheck(false, wait == null ? 0 : wait);
        }
    }

    /** The account whose password this is, after the delays are honoured; every refusal is counted and audited. */
    /**
     * @param oneAtATime a person at a form (sign-in, current password): one password of theirs checked at a time; API
     *        calls with HTTP Basic run in parallel until a wrong password has been counted
     */
    private LoginAccount check(String name, String password, String address, String failure, boolean oneAtATime) {
        Instant now = Instant.now();
        Optional<LoginAccount> found = name.length() > MAX_USERNAME ? Optional.empty() : directory.findForLogin(name);
        // The account's own delay first (taking the turn of the address keys is for attempts that are checked). It
        // holds only addresses that have guessed wrong for this account, so strangers cannot keep its owner out.
        Duration wait = found.isPresent() && found.get().lockedAt(now) && throttle.hasFailed(name, address, now)
                ? Duration.between(now, found.get().lockedUntil())
                : throttle.turn(name, address, oneAtATime, now);
        if (!wait.isZero()) {
            AuthenticationFailedException refused = throttled(wait);
            audit.recordSeparately(actor(name), failure, "Account", found.map(SignIn::id).orElse(null),
                    "too many wrong passwords: not checked, next attempt in " + retryAfter(refused) + " s (from "
                            + address + ")");
            throw refused;
        }
        if (found.isEmpty()) {
            hasher.burn(password);
            int inRow = throttle.failed(name, address, now);
            audit.recordSeparately(actor(name), failure, "Account", null,
                    "unknown username (" + inRow + " in a row from " + address + ")");
            throw new AuthenticationFailedException();
        }
        LoginAccount account = found.get();
        if (!account.enabled()) {
            hasher.burn(password);
            throttle.failed(name, address, now);
            audit.recordSeparately(name, failure, "Account", id(account), "account disabled");
            throw new AuthenticationFailedException();
        }
        if (!hasher.matches(password, account.passwordHash())) {
            int inRow = throttle.failed(name, address, now);
            int failures = directory.recordFailedSignIn(account.id(), now, now.minus(SignInThrottle.FORGET_AFTER));
            String details = "wrong password (" + inRow + " in a row from " + address + ", " + failures
                    + " for the account)";
            Duration delay = throttle.delay(failures, accountFreeFailures);
            if (!delay.isZero()) {
                directory.lockUntil(account.id(), now.plus(delay));
                details += "; no password checked for the account for " + delay.toSeconds() + " s";
            }
            audit.recordSeparately(name, failure, "Account", id(account), details);
            throw new AuthenticationFailedException();
        }
        throttle.succeeded(name, address, now);
        return account;
    }

    /**
     * Removes this request's session cookie from the browser, once its sessions have been ended otherwise (the
     * person's own change of password): the browser goes on as signed out rather than with a cookie that no longer
     * works.
     */
    public void endThisSession() {
        RoutingContext rc = request.getCurrent();
        if (rc != null && rc.get(FORM_COOKIE_NAME) != null) {
            FormAuthenticationMechanism.logout(rc);
        }
    }

    /**
     * Restores the identity of a session cookie. A disabled or deleted account is signed out at once, and so is a
     * session of an earlier generation (signed out, password changed or reset, grant revoked, account disabled).
     *
     * @param sessionName what the cookie carries: the username and the account's session generation
     */
    public SecurityIdentity fromSession(String sessionName) {
        if (!localSignIn) {
            throw new AuthenticationFailedException();
        }
        int sep = sessionName == null ? -1 : sessionName.lastIndexOf(GENERATION);
        if (sep < 0) {
            throw new AuthenticationFailedException();
        }
        String username = sessionName.substring(0, sep);
        String generation = sessionName.substring(sep + 1);
        return directory.findForLogin(username)
                .filter(LoginAccount::enabled)
                .filter(a -> generation.equals(Integer.toString(a.sessionGeneration())))
                .map(SignIn::sessionIdentity)
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

    /**
     * A personal API token ({@code Authorization: Bearer mfk_...}): found by its SHA-256 in one lookup, refused
     * (401, audited without the token) when unknown, revoked, expired or its account disabled. Its use is recorded at
     * most once a minute, and audited at its first use of each day (UTC). The identity is the owner's, as with a
     * password: the same roles, so every policy applies unchanged.
     *
     * @param address the client's address ({@link ClientAddress})
     */
    public SecurityIdentity withToken(String token, String address) {
        if (!ApiTokens.wellFormed(token)) {
            audit.recordSeparately("anonymous", "signin.failed", "ApiToken", null,
                    "malformed API token from " + address);
            throw new AuthenticationFailedException();
        }
        TokenLogin found = directory.findForToken(ApiTokens.hash(token)).orElse(null);
        if (found == null) {
            audit.recordSeparately("anonymous", "signin.failed", "ApiToken", null,
                    "unknown API token from " + address);
            throw new AuthenticationFailedException();
        }
        LoginAccount account = found.account();
        String id = Long.toString(found.id());
        Instant now = Instant.now();
        String refused = found.revokedAt() != null ? "revoked"
                : !found.expiresAt().isAfter(now) ? "expired"
                : !account.enabled() ? "its account is disabled" : null;
        if (refused != null) {
            audit.recordSeparately(account.username(), "signin.failed", "ApiToken", id,
                    "API token \"" + found.name() + "\" refused: " + refused + " (from " + address + ")");
            throw new AuthenticationFailedException();
        }
        Instant recordedSince = now.minus(TOKEN_USE_RECORDED_EVERY);
        if ((found.lastUsedAt() == null || found.lastUsedAt().isBefore(recordedSince))
                && directory.recordTokenUse(found.id(), now, recordedSince)
                && (found.lastUsedAt() == null || !utcDay(found.lastUsedAt()).equals(utcDay(now)))) {
            audit.recordSeparately(account.username(), "token.used", "ApiToken", id,
                    "\"" + found.name() + "\": first use today (UTC), from " + address);
        }
        return identity(account);
    }

    private static LocalDate utcDay(Instant at) {
        return at.atZone(ZoneOffset.UTC).toLocalDate();
    }

    static SecurityIdentity identity(LoginAccount account) {
        return identity(account, account.username());
    }

    /**
     * The identity of a form sign-in or of its session: Quarkus keeps the principal's name in the encrypted cookie,
     * so the name carries the session generation too ("username#3").
     */
    static SecurityIdentity sessionIdentity(LoginAccount account) {
        return identity(account, account.username() + GENERATION + account.sessionGeneration());
    }

    private static SecurityIdentity identity(LoginAccount account, String principal) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(principal))
                .addAttribute(ACCOUNT_ATTRIBUTE, account);
        account.grants().forEach(g -> builder.addRole(g.role().name()));
        return builder.build();
    }

    private static String actor(String name) {
        return name.length() > MAX_USERNAME ? name.substring(0, MAX_USERNAME) : name;
    }

    private static String id(LoginAccount account) {
        return Long.toString(account.id());
    }
}
