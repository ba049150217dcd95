package org.mufakat.security;

import java.time.Instant;

/**
 * A personal API token as sign-in sees it, found by its hash, with its account.
 *
 * @param revokedAt when its owner or the secretariat revoked it; null while it holds
 * @param lastUsedAt its last recorded use (recorded at most once a minute)
 */
public record TokenLogin(long id, String name, Instant expiresAt, Instant revokedAt, Instant lastUsedAt,
        LoginAccount account) {
}
