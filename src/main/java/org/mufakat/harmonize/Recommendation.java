package org.mufakat.harmonize;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.mufakat.input.Statement;
import org.mufakat.round.Round;
import org.mufakat.round.RoundTheme;
import org.mufakat.security.Scoped;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A numbered recommendation of the consensus proposal, under one of the round's themes and addressed to someone. It
 * has two registers: the calibrated text for sanctioned forums and the unvarnished text for civil society's own
 * spaces (empty means the same as the calibrated one). Its sources are the national statements it came from; a
 * statement may feed several recommendations. One carried forward from an earlier round ({@link #carriedFrom}) may
 * have no sources: it was asked before, and keeps its {@link Lineage}.
 */
@Entity
@Table(name = "recommendation")
public class Recommendation extends PanacheEntityBase implements Scoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "round_id")
    public Round round;

    @ManyToOne(optional = false)
    @JoinColumn(name = "theme_id")
    public RoundTheme theme;

    /** 1, 2, 3... within its theme; the number people quote is {@link #number()}. */
    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String addressee;

    /** The calibrated register. */
    @Column(nullable = false)
    public String text;

    /** The unvarnished register; null when it reads the same as the calibrated one. */
    @Column(name = "unvarnished_text")
    public String unvarnishedText;

    @ManyToMany
    @JoinTable(name = "recommendation_source", joinColumns = @JoinColumn(name = "recommendation_id"),
            inverseJoinColumns = @JoinColumn(name = "statement_id"))
    @OrderBy("id")
    public List<Statement> sources = new ArrayList<>();

    /** The recommendation of an earlier round this one was carried forward from; null when first asked here. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "carried_from_id", updatable = false)
    public Recommendation carriedFrom;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Version
    public long version;

    /**
     * The round's recommendations, theme by theme in the round's order, then by number; with their themes, so that
     * no theme is read afterwards (a page that showed only some of them reads the others in batches otherwise).
     */
    public static List<Recommendation> listForRound(Round round) {
        return list("select r from Recommendation r join fetch r.theme t where r.round = ?1"
                + " order by t.position, r.position, r.id", round);
    }

    /** One page of {@link #listForRound}, at page index {@code index} of pages of {@code size}. */
    public static List<Recommendation> pageForRound(Round round, int index, int size) {
        return find("select r from Recommendation r join fetch r.theme t where r.round = ?1"
                + " order by t.position, r.position, r.id", round).page(index, size).list();
    }

    /** The same, with their sources read in the same query (Hibernate returns each recommendation once). */
    public static List<Recommendation> listForRoundWithSources(Round round) {
        return list("select r from Recommendation r left join fetch r.sources where r.round = ?1"
                + " order by r.theme.position, r.position, r.id", round);
    }

    /** These recommendations (a page of them) with their sources read in one query; in the same order. */
    public static List<Recommendation> withSources(List<Recommendation> recommendations) {
        if (!recommendations.isEmpty()) {
            list("select r from Recommendation r left join fetch r.sources where r in ?1", recommendations);
        }
        return recommendations;
    }

    public static List<Recommendation> listForTheme(RoundTheme theme) {
        return list("theme = ?1 order by position, id", theme);
    }

    /** The recommendations a statement went into, in the round's order. */
    public static List<Recommendation> listFedBy(Statement statement) {
        return list("select r from Recommendation r join r.sources s where s = ?1"
                + " order by r.theme.position, r.position, r.id", statement);
    }

    /** The recommendation of this round carried forward from {@code from}, or null. */
    public static Recommendation carriedInto(Round round, Recommendation from) {
        return find("round = ?1 and carriedFrom = ?2", round, from).firstResult();
    }

    /** How many sources each of these recommendations has, by id (none: absent), in one query. */
    public static Map<Long, Long> sourceCounts(List<Recommendation> recommendations) {
        Map<Long, Long> counts = new HashMap<>();
        if (!recommendations.isEmpty()) {
            getEntityManager().createQuery("select r.id, count(s) from Recommendation r join r.sources s"
                    + " where r in ?1 group by r.id", Object[].class).setParameter(1, recommendations)
                    .getResultList().forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        }
        return counts;
    }

    /** A query of its own, not Panache's count(): Hibernate would work out its SQL on every call. */
    public static long countForRound(Round round) {
        return getEntityManager().createQuery("select count(r) from Recommendation r where r.round = ?1", Long.class)
                .setParameter(1, round).getSingleResult();
    }

    /** "RF.3": the theme's code and the place within it (statements are "RF-3" within their input). */
    public String number() {
        return theme.code + "." + position;
    }

    /** The text for created spaces: the unvarnished one when written, else the calibrated one. */
    public String unvarnished() {
        return unvarnishedText == null ? text : unvarnishedText;
    }

    public boolean hasOwnUnvarnishedText() {
        return unvarnishedText != null;
    }

    public boolean isCarried() {
        return carriedFrom != null;
    }

    public boolean hasSource(Statement statement) {
        return sources.stream().anyMatch(s -> s.id.equals(statement.id));
    }

    @Override
    public Long scopeConstituencyId() {
        return null;
    }

    @Override
    public String auditId() {
        return id == null ? null : id.toString();
    }
}
