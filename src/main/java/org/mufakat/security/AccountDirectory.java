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

    /**
     * The account of a person signed in through the identity provider: the one linked to their subject; else, only
     * for a person with at least one role, an account with their username that is linked to no subject yet, which is
     * then linked, or else a new account without a usable password. The grants that came from the provider are then
     * made to match the person's roles and scopes; grants made in Mufakat stay. Creating, linking and each changed
     * grant are audited in the same transaction.
     *
     * @return empty when the username belongs to an account already linked to another subject, or when no account is
     *         linked to the subject and the person has no role (nothing is linked, created or changed then)
     */
    Optional<LoginAccount> signInExternal(ExternalIdentity person);
}
