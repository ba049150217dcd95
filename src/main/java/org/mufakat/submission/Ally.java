package org.mufakat.submission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.mufakat.forum.ForumSession;
import org.mufakat.security.Scoped;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;

/**
 * An official, parliamentarian or agency who became an ally or champion of the network: since when (the impact page
 * counts allies gained per year by it), in which ASEAN member state, what they committed to (Markdown, shown through
 * the sanitiser), and the forum sessions where the network met them. Name and country are unique together.
 */
@Entity
@Table(name = "ally")
public class Ally extends PanacheEntityBase implements Scoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AllyKind kind;

    /** Position or title, such as "Member of Parliament, Committee on Labour". */
    public String title;

    public String organisation;

    /** One of {@link org.mufakat.network.Countries#ASEAN}. */
    @Column(nullable = false)
    public String country;

    @Column(nullable = false)
    public LocalDate since;

    public String commitments;

    @ManyToMany
    @JoinTable(name = "ally_forum_session", joinColumns = @JoinColumn(name = "ally_id"),
            inverseJoinColumns = @JoinColumn(name = "forum_session_id"))
    @OrderBy("startsOn desc")
    public List<ForumSession> forumSessions = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Version
    public long version;

    /** One page of the allies of a kind and a country (either may be null for all), by name. */
    public static List<Ally> search(AllyKind kind, String country, int pageIndex, int size) {
        Filter f = Filter.of(kind, country);
        return find(f.query() + " order by lower(name), id", f.parameters()).page(Page.of(pageIndex, size)).list();
    }

    public static long countMatching(AllyKind kind, String country) {
        Filter f = Filter.of(kind, country);
        return count(f.query(), f.parameters());
    }

    /** The ally of this name (ignoring case) in the country, or null. */
    public static Ally findByName(String name, String country) {
        return name == null || country == null ? null
                : find("lower(name) = ?1 and country = ?2", name.strip().toLowerCase(), country).firstResult();
    }

    /** The allies the network met at a session, by name. */
    public static List<Ally> listForSession(ForumSession session) {
        return list("select a from Ally a join a.forumSessions s where s = ?1 order by lower(a.name), a.id", session);
    }

    @Override
    public Long scopeConstituencyId() {
        return null;
    }

    @Override
    public String auditId() {
        return id == null ? null : id.toString();
    }

    /** A parameterised where clause for the list's filters. */
    private record Filter(String query, Map<String, Object> parameters) {
        static Filter of(AllyKind kind, String country) {
            List<String> where = new ArrayList<>();
            Parameters p = new Parameters();
            if (kind != null) {
                where.add("kind = :kind");
                p = p.and("kind", kind);
            }
            if (country != null) {
                where.add("country = :country");
                p = p.and("country", country);
            }
            return new Filter(where.isEmpty() ? "1 = 1" : String.join(" and ", where), p.map());
        }
    }
}
