package org.mufakat.submission;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

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
import jakarta.persistence.Version;

import org.mufakat.harmonize.Recommendation;
import org.mufakat.round.Round;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * What the forum a submission went to made of one of its recommendations: none, partial or full uptake, with the
 * official wording that takes it up and a reference ("10th AFML, recommendation 7"). One per submission and
 * recommendation of the version it froze; a child of its submission.
 */
@Entity
@Table(name = "uptake")
public class Uptake extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "submission_id", updatable = false)
    public Submission submission;

    @ManyToOne(optional = false)
    @JoinColumn(name = "recommendation_id", updatable = false)
    public Recommendation recommendation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public UptakeLevel level;

    @Column(name = "official_text")
    public String officialText;

    public String reference;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Version
    public long version;

    public static List<Uptake> listForSubmission(Submission s) {
        return list("submission = ?1 order by id", s);
    }

    static Uptake find(Submission s, Recommendation r) {
        return find("submission = ?1 and recommendation = ?2", s, r).firstResult();
    }

    /** Everything recorded about the round's recommendations, over all its submissions. */
    static List<Uptake> listForRound(Round round) {
        return list("submission.round = ?1", round);
    }

    /** Everything recorded about these recommendations, with their submissions and forum sessions. */
    static List<Uptake> listFor(java.util.Collection<Long> recommendationIds) {
        return list("select u from Uptake u join fetch u.submission s join fetch s.forumSession"
                + " where u.recommendation.id in ?1", recommendationIds);
    }

    boolean sameAs(UptakeLevel level, String officialText, String reference) {
        return this.level == level && Objects.equals(this.officialText, officialText)
                && Objects.equals(this.reference, reference);
    }
}
