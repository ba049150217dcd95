package org.mufakat.security;

import java.time.Instant;
import java.util.List;

/**
 * What sign-in needs to know of an account, as the account directory reports it.
 *
 * @param lockedUntil no password is checked for the account before this time (after many wrong ones)
 * @param sessionGeneration carried in the session cookie; a session of an older generation has ended
 */
public record LoginAccount(long id, String username, String displayName, String passwordHash, boolean enabled,
        Instant lockedUntil, List<Grant> grants, int sessionGeneration) {

    public LoginAccount(long id, String username, String displayName, String passwordHash, boolean enabled,
            Instant lockedUntil, List<Grant> grants) {
        this(id, username, displayName, passwordHash, enabled, lockedUntil, grants, 0);
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
