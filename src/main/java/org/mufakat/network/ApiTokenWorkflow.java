package org.mufakat.network;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.NotFoundException;

import org.mufakat.audit.AuditLog;
import org.mufakat.security.ApiTokens;
import org.mufakat.security.CurrentUser;
import org.mufakat.security.Permissions;
import org.mufakat.security.Scoped;
import org.mufakat.web.FormErrors;
import org.mufakat.web.FormInvalidException;
import org.mufakat.web.Texts;

/**
 * Each person's personal API tokens: made, listed and revoked by their owner only (another person's token is not
 * found). The token is returned once, by {@link #create}; only its SHA-256 is stored, and no audit line or log holds
 * it. Tokens end when the secretariat disables the account or resets its password ({@link #revokeAll}).
 */
@ApplicationScoped
public class ApiTokenWorkflow {

    @Inject
    Permissions permissions;
    @Inject
    CurrentUser user;
    @Inject
    AuditLog audit;
    @Inject
    Validator validator;
    @Inject
    Texts texts;

    /** A token just made, with the one sight of its secret. */
    public record Created(ApiToken token, String secret) {
    }

    /** The person's tokens that work, and those that expired in the last 30 days. */
    public record Tokens(List<ApiToken> active, List<ApiToken> expired) {
    }

    /** The signed-in person's tokens. */
    @Transactional
    public Tokens list() {
        permissions.check(NetworkAction.USE_API_TOKENS, Scoped.NETWORK);
        Account a = me();
        Instant now = Instant.now();
        return new Tokens(ApiToken.listActive(a, now), ApiToken.listRecentlyExpired(a, now));
    }

    /**
     * Makes a token for the signed-in person: a name, a lifetime of 1 to 365 days, at most {@value ApiToken#MAX_ACTIVE}
     * working at once. The same request again (the same form key, a retry on a slow link) makes no second token: the
     * token it made gets a new secret, shown this time, unless it has been used or revoked (then 409).
     */
    @Transactional
    public Created create(ApiTokenForm form) {
        permissions.check(NetworkAction.USE_API_TOKENS, Scoped.NETWORK);
        Account a = me();
        FormErrors errors = FormErrors.of(validator.validate(form));
        if (!errors.isEmpty()) {
            throw new FormInvalidException(errors);
        }
        Instant now = Instant.now();
        String secret = ApiTokens.generate();
        String key = form.key() == null ? UUID.randomUUID().toString() : form.key();
        ApiToken same = ApiToken.findByCreationKey(a, key);
        if (same != null) {
            if (same.revokedAt != null || same.lastUsedAt != null) {
                throw FormInvalidException.conflict(texts.get("mufakat.token.alreadyMade"));
            }
            same.tokenHash = ApiTokens.hash(secret);
            audit.record(user.username(), "token.reissued", "ApiToken", same.id.toString(), "\"" + same.name
                    + "\": the same creation was sent again; the secret made first (never shown) no longer works");
            return new Created(same, secret);
        }
        if (ApiToken.countActive(a, now) >= ApiToken.MAX_ACTIVE) {
            throw FormInvalidException.field("name", texts.get("mufakat.token.tooMany", ApiToken.MAX_ACTIVE));
        }
        ApiToken t = new ApiToken();
        t.account = a;
        t.name = form.name();
        t.tokenHash = ApiTokens.hash(secret);
        t.creationKey = key;
        t.createdAt = now;
        t.expiresAt = now.plus(Duration.ofDays(form.expiresInDays()));
        t.persist();
        audit.record(user.username(), "token.created", "ApiToken", t.id.toString(), "\"" + t.name + "\", expires "
                + t.expiresAt.atOffset(ZoneOffset.UTC).toLocalDate());
        return new Created(t, secret);
    }

    /** One of the signed-in person's own tokens (404 for anyone else's, audited), for the confirmation page. */
    @Transactional
    public ApiToken own(long id) {
        permissions.check(NetworkAction.USE_API_TOKENS, Scoped.NETWORK);
        ApiToken t = ApiToken.findOwn(me(), id);
        if (t == null) {
            if (ApiToken.findById(id) != null) {
                audit.recordSeparately(user.username(), "permission.denied", "ApiToken", String.valueOf(id),
                        "another person's token");
            }
            throw new NotFoundException();
        }
        return t;
    }

    /**
     * Revokes one of the signed-in person's own tokens: it stops working at once. Another person's token is not
     * found (404). A token revoked already stays as it is, and nothing is audited.
     */
    @Transactional
    public ApiToken revoke(long id) {
        ApiToken t = own(id);
        if (t.revokedAt != null) {
            return t;
        }
        t.revokedAt = Instant.now();
        t.revokedBy = user.username();
        audit.record(user.username(), "token.revoked", "ApiToken", t.id.toString(), "\"" + t.name + "\"");
        return t;
    }

    /**
     * Ends every token of an account, in the caller's transaction (the secretariat disables the account or resets
     * its password); the caller's audit event says so.
     *
     * @return how many tokens were still unrevoked
     */
    int revokeAll(Account a) {
        return ApiToken.update("revokedAt = ?1, revokedBy = ?2 where account = ?3 and revokedAt is null",
                Instant.now(), user.username(), a);
    }

    private Account me() {
        Account a = user.accountId() == null ? null : Account.findById(user.accountId());
        if (a == null) {
            throw new NotFoundException();
        }
        return a;
    }
}
