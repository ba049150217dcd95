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

import org.mufakat.harmonize.Recommendation;
import org.mufakat.round.Round;
import org.mufakat.round.RoundStatus;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One edit of a recommendation's texts during review, calibration or endorsement: both registers before and after,
 * the stage, and after endorsement opened whether it was editorial or substantive.
 */
@Entity
@Table(name = "review_edit")
public class ReviewEdit extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "round_id")
    public Round round;

    @ManyToOne(optional = false)
    @JoinColumn(name = "recommendation_id")
    public Recommendation recommendation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RoundStatus stage;

    /** Editorial or substantive; null before endorsement opened. */
    @Enumerated(EnumType.STRING)
    public EditKind kind;

    @Column(name = "text_before", nullable = false)
    public String textBefore;

    @Column(name = "text_after", nullable = false)
    public String textAfter;

    @Column(name = "unvarnished_before")
    public String unvarnishedBefore;

    @Column(name = "unvarnished_after")
    public String unvarnishedAfter;

    /** What the convenor said about the edit. */
    public String note;

    @Column(nullable = false)
    public String actor;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    /** The calibrated text's change, words struck through and underlined. */
    public io.quarkus.qute.RawString textDiff() {
        return WordDiff.inline(textBefore, textAfter);
    }

    /** The unvarnished text's change (each side read as "the same as the calibrated one" when empty). */
    public io.quarkus.qute.RawString unvarnishedDiff() {
        return WordDiff.inline(unvarnishedBefore == null ? textBefore : unvarnishedBefore,
                unvarnishedAfter == null ? textAfter : unvarnishedAfter);
    }

    public boolean unvarnishedChanged() {
        return !(unvarnishedBefore == null ? textBefore : unvarnishedBefore)
                .equals(unvarnishedAfter == null ? textAfter : unvarnishedAfter);
    }

    public static List<ReviewEdit> listFor(Recommendation r) {
        return list("recommendation = ?1 order by occurredAt desc, id desc", r);
    }

    /** When each recommendation of the round last changed substantively, by recommendation id. */
    public static java.util.Map<Long, Instant> lastSubstantive(Round round) {
        java.util.Map<Long, Instant> at = new java.util.HashMap<>();
        getEntityManager().createQuery("select e.recommendation.id, max(e.occurredAt) from ReviewEdit e"
                + " where e.round = ?1 and e.kind = ?2 group by e.recommendation.id", Object[].class)
                .setParameter(1, round).setParameter(2, EditKind.SUBSTANTIVE).getResultList()
                .forEach(row -> at.put((Long) row[0], (Instant) row[1]));
        return at;
    }
}
