package org.mufakat.forum;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.mufakat.security.Scoped;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** An intergovernmental or civil-society forum the network addresses, such as the AFML or the ACSC/APF. */
@Entity
@Table(name = "forum")
public class Forum extends PanacheEntityBase implements Scoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String acronym;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ForumSpace space;

    @Column(name = "convened_by")
    public String convenedBy;

    public String frequency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CivilSocietyEntry entry;

    @Column(name = "seat_limit")
    public Integer seatLimit;

    public String notes;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    public static Forum findByAcronym(String acronym) {
        return acronym == null ? null : find("lower(acronym) = ?1", acronym.strip().toLowerCase()).firstResult();
    }

    public static List<Forum> listAllByName() {
        return listAll(Sort.ascending("name"));
    }

    /** Forums whose name, acronym or convenor contains the text, in the given space (null means both). */
    public static List<Forum> search(String text, ForumSpace space, int pageIndex, int size) {
        Filter f = Filter.of(text, space);
        return find(f.where + " order by name", f.params).page(Page.of(pageIndex, size)).list();
    }

    public static long countMatching(String text, ForumSpace space) {
        Filter f = Filter.of(text, space);
        return count(f.where, f.params);
    }

    /** The notes split into the paragraphs the editor typed, for showing without losing line breaks. */
    public List<String> noteParagraphs() {
        return notes == null ? List.of() : notes.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private record Filter(String where, Parameters params) {
        static Filter of(String text, ForumSpace space) {
            StringBuilder where = new StringBuilder(
                    "(lower(name) like :text or lower(acronym) like :text or lower(convenedBy) like :text)");
            Parameters params = Parameters.with("text",
                    text == null || text.isBlank() ? "%" : "%" + text.strip().toLowerCase() + "%");
            if (space != null) {
                where.append(" and space = :space");
                params.and("space", space);
            }
            return new Filter(where.toString(), params);
        }
    }

    /** Forums belong to the whole network, not to one constituency. */
    @Override
    public Long scopeConstituencyId() {
        return null;
    }

    @Override
    public String auditId() {
        return id == null ? null : id.toString();
    }
}
