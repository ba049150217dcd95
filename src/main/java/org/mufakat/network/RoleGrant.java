package org.mufakat.network;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.mufakat.security.Grant;
import org.mufakat.security.Role;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One role held by an account, scoped to a constituency (focal point) or an organisation (member) where needed. */
@Entity
@Table(name = "role_grant")
public class RoleGrant extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    public Account account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Role role;

    @ManyToOne
    @JoinColumn(name = "constituency_id")
    public Constituency constituency;

    @ManyToOne
    @JoinColumn(name = "organisation_id")
    public MemberOrganisation organisation;

    @Column(name = "granted_at", nullable = false)
    public Instant grantedAt;

    @Column(name = "granted_by")
    public String grantedBy;

    public static List<RoleGrant> focalPointsOf(Constituency c) {
        return list("role = ?1 and constituency = ?2", Role.FOCAL_POINT, c);
    }

    public static long countReferencing(Constituency c) {
        return count("constituency", c) + count("organisation.constituency", c);
    }

    public static long countReferencing(MemberOrganisation o) {
        return count("organisation", o);
    }

    /** The grant as security sees it. */
    public Grant toGrant() {
        Constituency scope = organisation != null ? organisation.constituency : constituency;
        return new Grant(role, scope == null ? null : scope.id, scope == null ? null : scope.code,
                organisation == null ? null : organisation.id, organisation == null ? null : organisation.name);
    }
}
