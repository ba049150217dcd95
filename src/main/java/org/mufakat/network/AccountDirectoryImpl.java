package org.mufakat.network;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.mufakat.audit.AuditLog;
import org.mufakat.security.AccountDirectory;
import org.mufakat.security.ExternalIdentity;
import org.mufakat.security.LoginAccount;
import org.mufakat.security.Role;
import org.mufakat.security.TokenLogin;

/**
 * Lets security read accounts and count failed sign-ins without knowing the entities, and links people who sign in
 * through Keycloak to their accounts.
 */
@ApplicationScoped
public class AccountDirectoryImpl implements AccountDirectory {

    private static final Logger LOG = Logger.getLogger(AccountDirectoryImpl.class);
    /** Who granted a role that came from Keycloak; such grants follow Keycloak at every sign-in. */
    static final String KEYCLOAK = "keycloak";
    /** Not a bcrypt hash, so no password ever matches it: accounts made by a Keycloak sign-in have no password. */
    static final String NO_PASSWORD = "!keycloak";

    @Inject
    AuditLog audit;

    @Override
    @Transactional
    public Optional<LoginAccount> findForLogin(String username) {
        return Optional.ofNullable(Account.findForLogin(username)).map(Account::toLoginAccount);
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordSignIn(long accountId, boolean interactive) {
        // Bulk statements: they leave the version alone, so a sign-in never makes a secretariat's edit conflict, and
        // parallel sign-ins of one account (API calls) do not fail on each other's optimistic lock.
        Account.update("failedLogins = 0, failedLoginAt = null, lockedUntil = null where id = ?1 and (failedLogins"
                + " <> 0 or lockedUntil is not null)", accountId);
        if (interactive) {
            Account.update("lastLoginAt = ?1 where id = ?2", Instant.now(), accountId);
        }
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int recordFailedSignIn(long accountId, Instant now, Instant forgetBefore) {
        Account.update("failedLogins = case when failedLoginAt is null or failedLoginAt < ?1 then 1"
                + " else failedLogins + 1 end, failedLoginAt = ?2 where id = ?3", forgetBefore, now, accountId);
        // The row stays locked by the update until the commit: this reads this failure's own count.
        return Account.getEntityManager()
                .createQuery("select a.failedLogins from Account a where a.id = ?1", Integer.class)
                .setParameter(1, accountId).getSingleResult();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void lockUntil(long accountId, Instant until) {
        Account.update("lockedUntil = ?1 where id = ?2 and (lockedUntil is null or lockedUntil < ?1)", until,
                accountId);
    }

    @Override
    @Transactional
    public void endSessions(long accountId) {
        Account.update("sessionGeneration = sessionGeneration + 1 where id = ?1", accountId);
    }

    @Override
    @Transactional
    public Optional<TokenLogin> findForToken(String hash) {
        return Optional.ofNullable(ApiToken.findForLogin(hash));
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean recordTokenUse(long tokenId, Instant now, Instant recordedSince) {
        return ApiToken.update("lastUsedAt = ?1 where id = ?2 and (lastUsedAt is null or lastUsedAt < ?3)", now,
                tokenId, recordedSince) == 1;
    }

    @Override
    @Transactional
    public Optional<LoginAccount> signInExternal(ExternalIdentity person) {
        Account a = Account.findByExternalSubject(person.subject());
        if (a == null) {
            // Neither linking nor creating without a Mufakat role: in a realm shared with other applications, a
            // person Mufakat is not for must not take over an unlinked local account that has their username.
            if (person.roles().isEmpty()) {
                return Optional.empty();
            }
            a = Account.findByUsername(person.username());
            if (a != null && a.externalSubject != null) {
                return Optional.empty();
            }
            if (a != null) {
                a.externalSubject = person.subject();
                audit.record(KEYCLOAK, "account.linked", "Account", a.id.toString(), a.username);
            } else {
                a = new Account();
                a.username = person.username();
                a.displayName = truncate(person.displayName(), 200);
                a.email = person.email() == null || person.email().length() > 254 ? null : person.email();
                a.setPasswordHash(NO_PASSWORD);
                a.externalSubject = person.subject();
                a.createdAt = Instant.now();
                a.persist();
                audit.record(KEYCLOAK, "account.created", "Account", a.id.toString(), a.username);
            }
        }
        syncGrants(a, person);
        return Optional.of(a.toLoginAccount());
    }

    /** Adds the grants Keycloak gives and are missing; removes earlier Keycloak grants it no longer gives. */
    private void syncGrants(Account a, ExternalIdentity person) {
        List<RoleGrant> wanted = new ArrayList<>();
        for (Role role : person.roles()) {
            switch (role.scope()) {
                case NETWORK -> wanted.add(grant(role, null, null));
                case CONSTITUENCY -> person.constituencyCodes().forEach(code -> {
                    Constituency c = Constituency.findByCode(code);
                    if (c == null) {
                        LOG.warnf("Keycloak group /constituencies/%s of %s names no constituency", code, a.username);
                    } else {
                        wanted.add(grant(role, c, null));
                    }
                });
                case ORGANISATION -> person.organisationIds().forEach(id -> {
                    MemberOrganisation o = MemberOrganisation.findById(id);
                    if (o == null) {
                        LOG.warnf("Keycloak group /organisations/%d of %s names no organisation", id, a.username);
                    } else {
                        wanted.add(grant(role, null, o));
                    }
                });
            }
        }
        for (RoleGrant g : List.copyOf(a.grants)) {
            if (KEYCLOAK.equals(g.grantedBy) && wanted.stream().noneMatch(w -> same(w, g))) {
                a.grants.remove(g);
                a.endSessions();
                audit.record(KEYCLOAK, "grant.revoked", "Account", a.id.toString(),
                        a.username + ": " + AccountWorkflow.describe(g));
            }
        }
        for (RoleGrant w : wanted) {
            if (a.grants.stream().noneMatch(g -> same(w, g))) {
                w.account = a;
                w.grantedAt = Instant.now();
                w.grantedBy = KEYCLOAK;
                a.grants.add(w);
                w.persist();
                audit.record(KEYCLOAK, "grant.added", "Account", a.id.toString(),
                        a.username + ": " + AccountWorkflow.describe(w));
            }
        }
    }

    private static RoleGrant grant(Role role, Constituency c, MemberOrganisation o) {
        RoleGrant g = new RoleGrant();
        g.role = role;
        g.constituency = c;
        g.organisation = o;
        return g;
    }

    private static boolean same(RoleGrant a, RoleGrant b) {
        return a.role == b.role && Objects.equals(id(a.constituency), id(b.constituency))
                && Objects.equals(a.organisation == null ? null : a.organisation.id,
                        b.organisation == null ? null : b.organisation.id);
    }

    private static Long id(Constituency c) {
        return c == null ? null : c.id;
    }

    private static String truncate(String text, int max) {
        return text == null ? null : text.length() > max ? text.substring(0, max) : text;
    }
}
