package org.mufakat.network;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.mufakat.security.Scoped;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;

/** A union, migrant association, NGO, church or academic body that belongs to the network in one constituency. */
@Entity
@Table(name = "member_organisation")
public class MemberOrganisation extends PanacheEntityBase implements Scoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "constituency_id")
    public Constituency constituency;

    @Column(nullable = false)
    public String name;

    public String acronym;

    @Column(name = "contact_name")
    public String contactName;

    @Column(name = "contact_email")
    public String contactEmail;

    @Column(name = "contact_phone")
    public String contactPhone;

    public String website;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    /**
     * Organisations whose name or acronym contains the text, in the given constituency (if any) and within the
     * constituencies the caller may see (null means all).
     */
    public static List<MemberOrganisation> search(String text, Long constituencyId, Collection<Long> visible,
            int pageIndex, int size) {
        Filter f = Filter.of(text, constituencyId, visible);
        return find(f.where + " order by name", f.params).page(Page.of(pageIndex, size)).list();
    }

    public static long countMatching(String text, Long constituencyId, Collection<Long> visible) {
        Filter f = Filter.of(text, constituencyId, visible);
        return count(f.where, f.params);
    }

    public static List<MemberOrganisation> listForConstituency(Constituency c) {
        return list("constituency = ?1 order by name", c);
    }

    public static long countForConstituency(long constituencyId) {
        return count("constituency.id = ?1", constituencyId);
    }

    public static MemberOrganisation findByName(Constituency c, String name) {
        return find("constituency = ?1 and lower(name) = ?2", c, name.toLowerCase()).firstResult();
    }

    private record Filter(String where, Parameters params) {
        static Filter of(String text, Long constituencyId, Collection<Long> visible) {
            StringBuilder where = new StringBuilder("(lower(name) like :text or lower(acronym) like :text)");
            Parameters params = Parameters.with("text", Constituency.like(text));
            if (constituencyId != null) {
                where.append(" and constituency.id = :constituency");
                params.and("constituency", constituencyId);
            }
            if (visible != null) {
                if (visible.isEmpty()) {
                    where.append(" and 1 = 0");
                } else {
                    where.append(" and constituency.id in :visible");
                    params.and("visible", visible);
                }
            }
            return new Filter(where.toString(), params);
        }
    }

    @Override
    public Long scopeConstituencyId() {
        return constituency == null ? null : constituency.id;
    }

    @Override
    public Long scopeOrganisationId() {
        return id;
    }

    @Override
    public String auditId() {
        return id == null ? null : id.toString();
    }
}
