package org.mufakat.network;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.mufakat.security.Role;
import org.mufakat.security.Scoped;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/** A unit that sends one national input: usually a country, sometimes a group such as migrants from one country. */
@Entity
@Table(name = "constituency")
public class Constituency extends PanacheEntityBase implements Scoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String country;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    private static final String MATCHES = "lower(code) like ?1 or lower(name) like ?1 or lower(country) like ?1";

    public static Constituency findByCode(String code) {
        return code == null ? null : find("code", code.toUpperCase()).firstResult();
    }

    public static List<Constituency> listAllByName() {
        return listAll(Sort.ascending("name"));
    }

    /** Constituencies no one is focal point of, by name: one query, however many there are. */
    public static List<Constituency> listWithoutFocalPoint() {
        return list("select c from Constituency c where not exists (select g from RoleGrant g where g.constituency = c"
                + " and g.role = ?1) order by c.name", Role.FOCAL_POINT);
    }

    public static List<Constituency> search(String text, int pageIndex, int size) {
        return find(MATCHES, Sort.ascending("name"), like(text)).page(Page.of(pageIndex, size)).list();
    }

    public static long countMatching(String text) {
        return count(MATCHES, like(text));
    }

    static String like(String text) {
        return text == null || text.isBlank() ? "%" : "%" + text.strip().toLowerCase() + "%";
    }

    @Override
    public Long scopeConstituencyId() {
        return id;
    }

    @Override
    public String auditId() {
        return id == null ? null : id.toString();
    }
}
