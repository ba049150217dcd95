package org.mufakat.network;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.mufakat.security.Grant;
import org.mufakat.security.LoginAccount;
import org.mufakat.security.Role;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/** A person who signs in. The password hash never leaves this class except to sign-in. */
@Entity
@Table(name = "account")
public class Account extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String username;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    public String email;

    @Column(name = "password_hash", nullable = false)
    String passwordHash;

    @Column(nullable = false)
    public boolean enabled = true;

    @Column(name = "failed_logins", nullable = false)
    public int failedLogins;

    /** No password is checked for this account before this time (growing delays after many wrong passwords). */
    @Column(name = "locked_until")
    public Instant lockedUntil;

    @Column(name = "failed_login_at")
    public Instant failedLoginAt;

    /** Carried in each session cookie; raising it ends every session of the account at its next request. */
    @Column(name = "session_generation", nullable = false)
    public int sessionGeneration;

    @Column(name = "last_login_at")
    public Instant lastLoginAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The Keycloak subject ("sub") of the person, once they have signed in through Keycloak. */
    @Column(name = "external_subject")
    public String externalSubject;

    @Version
    public long version;

    @OneToMany(mappedBy = "account", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("role, id")
    public List<RoleGrant> grants = new ArrayList<>();

    public static Account findByUsername(String username) {
        return username == null ? null : find("username", username.strip().toLowerCase()).firstResult();
    }

    /**
     * The account of a username with its grants and their constituencies and organisations, in one query: a session
     * or a password is checked against it on every request.
     */
    static Account findForLogin(String username) {
        return username == null ? null
                : Account.<Account>find("from Account a left join fetch a.grants g left join fetch g.constituency"
                        + " left join fetch g.organisation o left join fetch o.constituency where a.username = ?1",
                        username.strip().toLowerCase()).list().stream().findFirst().orElse(null);
    }

    public static Account findByExternalSubject(String subject) {
        return subject == null ? null : find("externalSubject", subject).firstResult();
    }

    public static List<Account> search(String text, int pageIndex, int size) {
        return find("lower(username) like ?1 or lower(displayName) like ?1 or lower(email) like ?1",
                Sort.ascending("displayName"), Constituency.like(text)).page(Page.of(pageIndex, size)).list();
    }

    public static long countMatching(String text) {
        return count("lower(username) like ?1 or lower(displayName) like ?1 or lower(email) like ?1",
                Constituency.like(text));
    }

    public static long countLocked(Instant now) {
        return count("lockedUntil > ?1", now);
    }

    public static boolean anyWithRole(Role role) {
        return RoleGrant.count("role", role) > 0;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public boolean holds(Role role, Constituency constituency, MemberOrganisation organisation) {
        return grants.stream().anyMatch(g -> g.role == role && g.constituency == constituency
                && g.organisation == organisation);
    }

    /** Ends every session of this account at its next request (see {@link org.mufakat.security.SignIn}). */
    void endSessions() {
        sessionGeneration++;
    }

    void setPasswordHash(String hash) {
        this.passwordHash = hash;
    }

    LoginAccount toLoginAccount() {
        List<Grant> list = grants.stream().map(RoleGrant::toGrant).toList();
        return new LoginAccount(id, username, displayName, passwordHash, enabled, lockedUntil, list,
                sessionGeneration);
    }
}
