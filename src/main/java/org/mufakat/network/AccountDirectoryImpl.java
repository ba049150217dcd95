package org.mufakat.network;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.mufakat.security.AccountDirectory;
import org.mufakat.security.LoginAccount;

/** Lets security read accounts and count failed sign-ins without knowing the entities. */
@ApplicationScoped
public class AccountDirectoryImpl implements AccountDirectory {

    @Override
    @Transactional
    public Optional<LoginAccount> findForLogin(String username) {
        return Optional.ofNullable(Account.findByUsername(username)).map(Account::toLoginAccount);
    }

    @Override
    @Transactional
    public void recordSignIn(long accountId, boolean interactive) {
        Account account = Account.findById(accountId);
        if (account.failedLogins != 0 || account.lockedUntil != null) {
            account.failedLogins = 0;
            account.lockedUntil = null;
        }
        if (interactive) {
            account.lastLoginAt = Instant.now();
        }
    }

    @Override
    @Transactional
    public int recordFailedSignIn(long accountId) {
        Account account = Account.findById(accountId);
        account.failedLogins++;
        return account.failedLogins;
    }

    @Override
    @Transactional
    public void lockUntil(long accountId, Instant until) {
        Account account = Account.findById(accountId);
        account.lockedUntil = until;
        account.failedLogins = 0;
    }
}
