package org.mufakat.security;

import java.time.Instant;
import java.util.List;

/** What sign-in needs to know of an account, as the account directory reports it. */
public record LoginAccount(long id, String username, String displayName, String passwordHash, boolean enabled,
        Instant lockedUntil, List<Grant> grants) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
