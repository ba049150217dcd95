package org.mufakat.review;

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

import org.hibernate.annotations.Immutable;
import org.mufakat.round.Round;
import org.mufakat.round.RoundStatus;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Page;

/**
 * A numbered, immutable snapshot of a round's proposal: its items ({@link VersionItem}) hold every recommendation
 * with both registers, number, theme, addressee and sources. Hibernate never writes a change to it (it is
 * {@code @Immutable}), nothing in Mufakat offers one, and its checksum over the items shows whether the stored text is
 * still the text that was taken.
 */
@Entity
@Immutable
@Table(name = "proposal_version")
public class ProposalVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "round_id", updatable = false)
    public Round round;

    /** 1, 2, 3... within the round. */
    @Column(nullable = false, updatable = false)
    public int number;

    @Column(nullable = false, updatable = false)
    public String label;

    /** The stage the round was in when the version was taken. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public RoundStatus stage;

    /** Taken by Mufakat when a stage began, rather than by the convenor. */
    @Column(nullable = false, updatable = false)
    public boolean automatic;

    @Column(name = "recommendation_count", nullable = false, updatable = false)
    public int recommendationCount;

    /** SHA-256 of the items, in hex. */
    @Column(nullable = false, updatable = false)
    public String checksum;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    /** The round's versions, newest first. */
    public static List<ProposalVersion> page(Round round, int pageIndex, int size) {
        return find("round = ?1 order by number desc", round).page(Page.of(pageIndex, size)).list();
    }

    public static List<ProposalVersion> listForRound(Round round) {
        return list("round = ?1 order by number desc", round);
    }

    public static long countForRound(Round round) {
        return count("round", round);
    }

    public static ProposalVersion find(Round round, int number) {
        return find("round = ?1 and number = ?2", round, number).firstResult();
    }

    public static ProposalVersion latest(Round round) {
        return find("round = ?1 order by number desc", round).firstResult();
    }

    /** The version taken when the round became final, if it has. */
    public static ProposalVersion finalVersion(Round round) {
        return find("round = ?1 and stage = ?2 order by number desc", round, RoundStatus.FINAL).firstResult();
    }

    static int nextNumber(Round round) {
        Integer max = getEntityManager().createQuery("select max(v.number) from ProposalVersion v"
                + " where v.round = ?1", Integer.class).setParameter(1, round).getSingleResult();
        return max == null ? 1 : max + 1;
    }
}
