package org.mufakat.network;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.mufakat.security.Grant;
import org.mufakat.security.Role;

/** The JSON shapes of the network API. Password hashes and lock-out counters never appear here. */
public final class NetworkJson {

    private NetworkJson() {
    }

    public record Page<T>(List<T> items, int page, int size, long total) {
    }

    public record ConstituencyJson(long id, String code, String name, String country, long version) {
        static ConstituencyJson of(Constituency c) {
            return new ConstituencyJson(c.id, c.code, c.name, c.country, c.version);
        }
    }

    /** Body of {@code POST /api/v1/constituencies} and {@code PUT .../{id}}; {@code version} only for PUT. */
    public record ConstituencyBody(String code, String name, String country, Long version) {
        ConstituencyForm toForm() {
            return new ConstituencyForm(blank(code), blank(name), blank(country), version);
        }
    }

    public record OrganisationJson(long id, String constituencyCode, String name, String acronym,
            String contactName, String contactEmail, String contactPhone, String website, long version) {
        static OrganisationJson of(MemberOrganisation o) {
            return new OrganisationJson(o.id, o.constituency.code, o.name, o.acronym, o.contactName,
                    o.contactEmail, o.contactPhone, o.website, o.version);
        }
    }

    /**
     * Body of {@code POST /api/v1/organisations} and {@code PUT .../{id}}; {@code version} (the organisation's, as
     * read) only for PUT.
     */
    public record NewOrganisation(String constituencyCode, String name, String acronym, String contactName,
            String contactEmail, String contactPhone, String website, Long version) {
    }

    public record AccountJson(long id, String username, String displayName, String email, boolean enabled,
            boolean locked, Instant lastLoginAt, List<Grant> grants, long version) {
        static AccountJson of(Account a, Instant now) {
            return new AccountJson(a.id, a.username, a.displayName, a.email, a.enabled, a.isLockedAt(now),
                    a.lastLoginAt, a.grants.stream().map(RoleGrant::toGrant).toList(), a.version);
        }
    }

    /** Body of {@code POST /api/v1/accounts}. */
    public record NewAccount(String username, String displayName, String email, String password) {
    }

    /** Body of {@code PUT /api/v1/accounts/{id}}: name and e-mail (the username stays), and the version as read. */
    public record AccountChange(String displayName, String email, Long version) {
        AccountForm toForm() {
            return new AccountForm(null, blank(displayName), blank(email), null, version);
        }
    }

    /**
     * Body of {@code POST /api/v1/accounts/{id}/password} (no {@code currentPassword}) and
     * {@code PUT /api/v1/me/password}; {@code confirmPassword} is the new one when left out.
     */
    public record NewPassword(String currentPassword, String newPassword, String confirmPassword) {
        PasswordForm toForm() {
            return new PasswordForm(currentPassword, newPassword, confirmPassword == null ? newPassword
                    : confirmPassword);
        }
    }

    /** A role an account holds: FOCAL_POINT with its constituency, MEMBER with its organisation (and its constituency). */
    public record GrantJson(long id, Role role, Long constituencyId, String constituencyCode, Long organisationId,
            String organisationName, Instant grantedAt, String grantedBy) {
        static GrantJson of(RoleGrant g) {
            Grant scope = g.toGrant();
            return new GrantJson(g.id, g.role, scope.constituencyId(), scope.constituencyCode(),
                    scope.organisationId(), scope.organisationName(), g.grantedAt, g.grantedBy);
        }
    }

    /**
     * Body of {@code POST /api/v1/accounts/{id}/grants}: {@code role} SECRETARIAT, CONVENOR, FOCAL_POINT (with
     * {@code constituencyId}), MEMBER (with {@code organisationId}) or OBSERVER.
     */
    public record NewGrant(String role, Long constituencyId, Long organisationId) {
        GrantForm toForm() {
            return new GrantForm(GrantForm.role(role == null ? null : role.strip()), constituencyId, organisationId);
        }
    }

    /** A cell of the ratification table; {@code signedOn} only for the 1990 convention (ICRMW). */
    public record RatificationJson(long id, String state, Instrument instrument, LocalDate ratifiedOn,
            LocalDate signedOn, String source, Instant updatedAt, String updatedBy, long version) {
        static RatificationJson of(Ratification r) {
            return new RatificationJson(r.id, r.state, r.instrument, r.ratifiedOn, r.signedOn, r.source,
                    r.updatedAt, r.updatedBy, r.version);
        }
    }

    /** Body of {@code PUT /api/v1/ratifications/{id}}: days as YYYY-MM-DD, the source of the change, the version. */
    public record RatificationChange(String ratifiedOn, String signedOn, String source, Long version) {
        RatificationForm toForm() {
            return new RatificationForm(blank(ratifiedOn), blank(signedOn), blank(source), version);
        }
    }

    /** Trimmed, and blank as null, as for HTML forms. */
    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A personal API token as its owner sees it: never its secret. */
    public record ApiTokenJson(long id, String name, Instant created, Instant expires, Instant lastUsed) {
        static ApiTokenJson of(ApiToken t) {
            return new ApiTokenJson(t.id, t.name, t.createdAt, t.expiresAt, t.lastUsedAt);
        }
    }

    /** Body of {@code POST /api/v1/tokens}; {@code expiresInDays} is 90 when left out. */
    public record NewApiToken(String name, Integer expiresInDays) {
        ApiTokenForm toForm(String key) {
            return new ApiTokenForm(blank(name), expiresInDays == null ? ApiTokenForm.DEFAULT_DAYS : expiresInDays,
                    blank(key));
        }
    }

    /** A token just made: {@code token} is its secret, in this answer only. */
    public record CreatedApiToken(String token, long id, String name, Instant expires) {
        static CreatedApiToken of(ApiTokenWorkflow.Created c) {
            return new CreatedApiToken(c.secret(), c.token().id, c.token().name, c.token().expiresAt);
        }
    }
}
