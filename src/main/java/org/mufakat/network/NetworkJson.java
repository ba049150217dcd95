package org.mufakat.network;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.mufakat.security.Grant;

/** The JSON shapes of the network API. Password hashes and lock-out counters never appear here. */
public final class NetworkJson {

    private NetworkJson() {
    }

    public record Page<T>(List<T> items, int page, int size, long total) {
    }

    public record ConstituencyJson(long id, String code, String name, String country) {
        static ConstituencyJson of(Constituency c) {
            return new ConstituencyJson(c.id, c.code, c.name, c.country);
        }
    }

    public record OrganisationJson(long id, String constituencyCode, String name, String acronym,
            String contactName, String contactEmail, String contactPhone, String website) {
        static OrganisationJson of(MemberOrganisation o) {
            return new OrganisationJson(o.id, o.constituency.code, o.name, o.acronym, o.contactName,
                    o.contactEmail, o.contactPhone, o.website);
        }
    }

    /** Body of {@code POST /api/v1/organisations}. */
    public record NewOrganisation(String constituencyCode, String name, String acronym, String contactName,
            String contactEmail, String contactPhone, String website) {
    }

    public record AccountJson(long id, String username, String displayName, String email, boolean enabled,
            boolean locked, Instant lastLoginAt, List<Grant> grants) {
        static AccountJson of(Account a, Instant now) {
            return new AccountJson(a.id, a.username, a.displayName, a.email, a.enabled, a.isLockedAt(now),
                    a.lastLoginAt, a.grants.stream().map(RoleGrant::toGrant).toList());
        }
    }

    /** Body of {@code POST /api/v1/accounts}. */
    public record NewAccount(String username, String displayName, String email, String password) {
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
}
