package org.mufakat.network;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.mufakat.security.TokenLogin;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;

/**
 * A person's personal API token. Only the SHA-256 of the token is kept ({@link org.mufakat.security.ApiTokens}); the
 * token itself is shown once, when it is made, and never stored or logged.
 */
@Entity
@Table(name = "api_token")
public class ApiToken extends PanacheEntityBase {

    /** The most tokens a person holds at once (not revoked, not expired). */
    static final int MAX_ACTIVE = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    public Account account;

    @Column(nullable = false)
    public String name;

    @Column(name = "token_hash", nullable = false)
    String tokenHash;

    /** The creation form's (or the API's Idempotency-Key) key: the same request twice makes one token. */
    @Column(name = "creation_key", nullable = false)
    String creationKey;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    /** Written at most once a minute ({@link org.mufakat.security.SignIn#withToken}). */
    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "revoked_by")
    public String revokedBy;

    /** The person's tokens that still work, newest first. */
    public static List<ApiToken> listActive(Account account, Instant now) {
        return find("account = ?1 and revokedAt is null and expiresAt > ?2", Sort.descending("createdAt", "id"),
                account, now).list();
    }

    static long countActive(Account account, Instant now) {
        return count("account = ?1 and revokedAt is null and expiresAt > ?2", account, now);
    }

    /** The person's tokens that expired in the last 30 days (shown so that a failing script can be explained). */
    public static List<ApiToken> listRecentlyExpired(Account account, Instant now) {
        return find("account = ?1 and revokedAt is null and expiresAt <= ?2 and expiresAt > ?3",
                Sort.descending("expiresAt", "id"), account, now, now.minus(java.time.Duration.ofDays(30)))
                .page(0, MAX_ACTIVE).list();
    }

    /** One of the person's tokens, or null: another person's token is not found. */
    static ApiToken findOwn(Account account, long id) {
        return find("id = ?1 and account = ?2", id, account).firstResult();
    }

    static ApiToken findByCreationKey(Account account, String key) {
        return find("account = ?1 and creationKey = ?2", account, key).firstResult();
    }

    /** The token with this hash, with its account and grants, in one query by the unique index. */
    static TokenLogin findForLogin(String hash) {
        ApiToken t = ApiToken.<ApiToken>find("from ApiToken t join fetch t.account a left join fetch a.grants g"
                + " left join fetch g.constituency left join fetch g.organisation o left join fetch o.constituency"
                + " where t.tokenHash = ?1", hash).list().stream().findFirst().orElse(null);
        return t == null ? null
                : new TokenLogin(t.id, t.name, t.expiresAt, t.revokedAt, t.lastUsedAt, t.account.toLoginAccount());
    }

    public boolean isActive(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }
}
