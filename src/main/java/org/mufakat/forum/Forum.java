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

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;

/** An intergovernmental or civil-society forum the network addresses, such as the AFML or the ACSC/APF. */
@Entity
@Table(name = "forum")
public class Forum extends PanacheEntityBase {

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
}
