package org.mufakat.security;

import java.time.Instant;
import java.util.Optional;

/** Where accounts live. Implemented by the network feature; security only reads and reports through it. */
public interface AccountDirectory {

    Optional<LoginAccount> findForLogin(String username);

    /** A successful sign-in: failures are forgotten; an interactive one also updates the last sign-in time. */
    void recordSignIn(long accountId, boolean interactive);

    /**
     * A wrong password for an existing account.
     *
     * @return the number of consecutive failures, this one included
     */
    int recordFailedSignIn(long accountId);

    void lockUntil(long accountId, Instant until);
}
