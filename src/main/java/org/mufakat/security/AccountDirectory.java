package org.mufakat.security;

import java.time.Instant;
import java.util.Optional;

/** Where accounts live. Implemented by the network feature; security only reads and reports through it. */
public interface AccountDirectory {

    Optional<LoginAccount> findForLogin(String username);

    /**
     * A successful sign-in: failures and delays are forgotten; an interactive one also updates the last sign-in time.
     * One statement, so that parallel sign-ins neither wait for nor overwrite each other. This and the next two are
     * committed at once, whatever becomes of the caller's transaction.
     */
    void recordSignIn(long accountId, boolean interactive);

    /**
     * A wrong password for an existing account, counted in one atomic statement (parallel failures are all counted,
     * none is lost).
     *
     * @param forgetBefore failures older than this are no longer counted: this one starts a new series
     * @return the number of consecutive failures, this one included
     */
    int recordFailedSignIn(long accountId, Instant now, Instant forgetBefore);

    /** No password is checked for the account before {@code until}; a later delay already set stays. */
    void lockUntil(long accountId, Instant until);

    /**
     * Ends every session of the account at its next request (the generation carried in session cookies is raised).
     */
    void endSessions(long accountId);

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

    /** The personal API token with this SHA-256 ({@link ApiTokens#hash}), with its account: one indexed lookup. */
    Optional<TokenLogin> findForToken(String hash);

    /**
     * Records a use of a token, unless one was recorded since {@code recordedSince}: one conditional statement,
     * committed at once, so parallel calls write once and exactly one of them learns it did.
     *
     * @return true when this call recorded the use
     */
    boolean recordTokenUse(long tokenId, Instant now, Instant recordedSince);
}
