package org.mufakat.network;

import java.time.Instant;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.NotFoundException;

import org.mufakat.audit.AuditLog;
import org.mufakat.security.CurrentUser;
import org.mufakat.security.PasswordHasher;
import org.mufakat.security.Permissions;
import org.mufakat.security.Role;
import org.mufakat.security.Scoped;
import org.mufakat.security.SignIn;
import org.mufakat.security.SignInThrottle;
import org.mufakat.web.FormErrors;
import org.mufakat.web.FormInvalidException;
import org.mufakat.web.Texts;

/**
 * Account administration by the secretariat, and each person's own password. The network can never be left without
 * an enabled secretariat account.
 */
@ApplicationScoped
public class AccountWorkflow {

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
    @Inject
    PasswordHasher hasher;
    @Inject
    SignIn signIn;
    @Inject
    SignInThrottle throttle;
    @Inject
    ApiTokenWorkflow tokens;

    /** An account with its grants, for the secretariat. */
    @Transactional
    public Account account(long id) {
        permissions.check(NetworkAction.MANAGE_ACCOUNTS, Scoped.NETWORK);
        Account a = find(id);
        a.grants.size();
        return a;
    }

    /** Creates an account with a first password; usernames are unique and lower case. */
    @Transactional
    public Account create(AccountForm form) {
        permissions.check(NetworkAction.MANAGE_ACCOUNTS, Scoped.NETWORK);
        FormErrors errors = FormErrors.of(validator.validate(form));
        if (form.password() == null) {
            errors.add("password", texts.get("mufakat.required"));
        }
        if (form.username() != null && Account.findByUsername(form.username()) != null) {
            errors.add("username", texts.get("mufakat.usernameTaken"));
        }
        if (!errors.isEmpty()) {
            throw new FormInvalidException(errors);
        }
        Account a = new Account();
        a.username = form.username();
        a.displayName = form.displayName();
        a.email = form.email();
        a.setPasswordHash(hasher.hash(form.password()));
        a.createdAt = Instant.now();
        a.persist();
        audit.record(user.username(), "account.created", "Account", a.id.toString(), a.username);
        return a;
    }

    /** Changes the name and e-mail of an account (not the username). */
    @Transactional
    public Account update(long id, AccountForm form) {
        permissions.check(NetworkAction.MANAGE_ACCOUNTS, Scoped.NETWORK);
        Account a = find(id);
        AccountForm checked = new AccountForm(a.username, form.displayName(), form.email(), null, form.version());
        FormErrors errors = FormErrors.of(validator.validate(checked));
        if (!errors.isEmpty()) {
            throw new FormInvalidException(errors);
        }
        if (form.version() == null) {
            throw FormInvalidException.field("version", texts.get("mufakat.versionRequired"));
        }
        if (!Objects.equals(form.version(), a.version)) {
            throw FormInvalidException.conflict(texts.get("mufakat.conflict"));
        }
        a.displayName = form.displayName();
        a.email = form.email();
        audit.record(user.username(), "account.updated", "Account", a.id.toString(), a.username);
        return a;
    }

    /**
     * Disables or enables sign-in. Nobody disables themselves, and the last secretariat stays enabled. Disabling ends
     * the account's sessions and revokes its API tokens (enabling it again brings none back).
     */
    @Transactional
    public Account setEnabled(long id, boolean enabled) {
        permissions.check(NetworkAction.MANAGE_ACCOUNTS, Scoped.NETWORK);
        Account a = find(id);
        if (!enabled) {
            if (a.id.equals(user.accountId())) {
                throw FormInvalidException.field("enabled", texts.get("mufakat.cannotDisableSelf"));
            }
            requireOtherSecretariat(a);
        }
        a.enabled = enabled;
        int revoked = 0;
        if (!enabled) {
            a.endSessions();
            revoked = tokens.revokeAll(a);
        }
        audit.record(user.username(), enabled ? "account.enabled" : "account.disabled", "Account",
                a.id.toString(), a.username + (revoked > 0 ? "; " + revoked + " API token(s) revoked" : ""));
        return a;
    }

    /**
     * Sets a new password for someone who lost theirs (or whose account may be in other hands), ends their sessions,
     * revokes their API tokens, and lifts the sign-in delays.
     */
    @Transactional
    public Account resetPassword(long id, PasswordForm form) {
        permissions.check(NetworkAction.MANAGE_ACCOUNTS, Scoped.NETWORK);
        Account a = find(id);
        checkNewPassword(form, FormErrors.none());
        a.setPasswordHash(hasher.hash(form.newPassword()));
        a.failedLogins = 0;
        a.failedLoginAt = null;
        a.lockedUntil = null;
        a.endSessions();
        int revoked = tokens.revokeAll(a);
        throttle.forget(a.username);
        audit.record(user.username(), "account.password-reset", "Account", a.id.toString(),
                a.username + "; its sessions ended" + (revoked > 0 ? ", " + revoked + " API token(s) revoked" : ""));
        return a;
    }

    /** Lifts the delays after repeated failed sign-ins, for the account and its username from every address. */
    @Transactional
    public Account unlock(long id) {
        permissions.check(NetworkAction.MANAGE_ACCOUNTS, Scoped.NETWORK);
        Account a = find(id);
        a.failedLogins = 0;
        a.failedLoginAt = null;
        a.lockedUntil = null;
        throttle.forget(a.username);
        audit.record(user.username(), "account.unlocked", "Account", a.id.toString(), a.username);
        return a;
    }

    /** A grant, and whether this request made it (false: the account held it already). */
    public record Granted(RoleGrant grant, boolean created) {
    }

    /** Grants a role; focal points need a constituency, members an organisation; the same grant twice is one. */
    @Transactional
    public Granted grant(long accountId, GrantForm form) {
        permissions.check(NetworkAction.MANAGE_ACCOUNTS, Scoped.NETWORK);
        Account a = find(accountId);
        FormErrors errors = FormErrors.of(validator.validate(form));
        Constituency constituency = null;
        MemberOrganisation organisation = null;
        if (form.role() != null && form.role().needsConstituency()) {
            constituency = form.constituencyId() == null ? null : Constituency.findById(form.constituencyId());
            if (constituency == null) {
                errors.add("constituencyId", texts.get("mufakat.grantNeedsConstituency"));
            }
        }
        if (form.role() != null && form.role().needsOrganisation()) {
            organisation = form.organisationId() == null ? null
                    : MemberOrganisation.findById(form.organisationId());
            if (organisation == null) {
                errors.add("organisationId", texts.get("mufakat.grantNeedsOrganisation"));
            }
        }
        if (!errors.isEmpty()) {
            throw new FormInvalidException(errors);
        }
        for (RoleGrant g : a.grants) {
            if (g.role == form.role() && g.constituency == constituency && g.organisation == organisation) {
                return new Granted(g, false);
            }
        }
        RoleGrant g = new RoleGrant();
        g.account = a;
        g.role = form.role();
        g.constituency = constituency;
        g.organisation = organisation;
        g.grantedAt = Instant.now();
        g.grantedBy = user.username();
        a.grants.add(g);
        g.persist();
        audit.record(user.username(), "grant.added", "Account", a.id.toString(), a.username + ": " + describe(g));
        return new Granted(g, true);
    }

    /**
     * Revokes a role grant and ends the account's sessions; the last secretariat grant of an enabled account stays.
     * A grant the account no longer holds (revoked a moment ago) is left as it is: false, nothing changed or audited.
     */
    @Transactional
    public boolean revoke(long accountId, long grantId) {
        permissions.check(NetworkAction.MANAGE_ACCOUNTS, Scoped.NETWORK);
        Account a = find(accountId);
        RoleGrant g = a.grants.stream().filter(x -> x.id == grantId).findFirst().orElse(null);
        if (g == null) {
            return false;
        }
        if (g.role == Role.SECRETARIAT && a.enabled) {
            requireOtherSecretariat(a);
        }
        a.grants.remove(g);
        a.endSessions();
        audit.record(user.username(), "grant.revoked", "Account", a.id.toString(),
                a.username + ": " + describe(g) + "; its sessions ended");
        return true;
    }

    /**
     * Changes the signed-in person's own password and ends all their sessions, this one too. The current password
     * must be given; checking it counts and waits like a sign-in ({@link SignIn#confirmPassword}), so this form is
     * no way to guess passwords faster.
     */
    @Transactional
    public void changeOwnPassword(PasswordForm form) {
        Account a = find(user.accountId());
        FormErrors errors = FormErrors.none();
        SignIn.PasswordCheck current = signIn.confirmPassword(a.username, form.currentPassword());
        if (current.waitSeconds() > 0) {
            errors.add("currentPassword", texts.get("mufakat.tooManyAttempts", current.waitSeconds()));
        } else if (!current.right()) {
            errors.add("currentPassword", texts.get("mufakat.currentPasswordWrong"));
        }
        checkNewPassword(form, errors);
        a.setPasswordHash(hasher.hash(form.newPassword()));
        a.failedLogins = 0;
        a.failedLoginAt = null;
        a.lockedUntil = null;
        a.endSessions();
        signIn.endThisSession();
        audit.record(user.username(), "account.password-changed", "Account", a.id.toString(),
                a.username + "; its sessions ended");
    }

    static String describe(RoleGrant g) {
        return g.role.name() + scopeOf(g);
    }

    /** " Migrant CARE" for a member, " ID" for a focal point, nothing for a network-wide role. */
    static String scopeOf(RoleGrant g) {
        return g.organisation != null ? " " + g.organisation.name
                : g.constituency != null ? " " + g.constituency.code : "";
    }

    private Account find(long id) {
        Account a = Account.findById(id);
        if (a == null) {
            throw new NotFoundException();
        }
        return a;
    }

    private void requireOtherSecretariat(Account leaving) {
        long others = RoleGrant.count("role = ?1 and account != ?2 and account.enabled = true", Role.SECRETARIAT,
                leaving);
        boolean isSecretariat = leaving.grants.stream().anyMatch(g -> g.role == Role.SECRETARIAT);
        if (isSecretariat && others == 0) {
            throw FormInvalidException.field("role", texts.get("mufakat.lastSecretariat"));
        }
    }

    private void checkNewPassword(PasswordForm form, FormErrors errors) {
        FormErrors all = FormErrors.of(validator.validate(form));
        errors.entries().forEach(e -> all.add(e.field(), e.message()));
        if (form.newPassword() != null && !form.confirmed()) {
            all.add("confirmPassword", texts.get("mufakat.passwordMismatch"));
        }
        if (!all.isEmpty()) {
            throw new FormInvalidException(all);
        }
    }
}
