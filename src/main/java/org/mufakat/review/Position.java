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
import jakarta.persistence.Version;

import org.mufakat.harmonize.Recommendation;
import org.mufakat.network.Constituency;
import org.mufakat.network.MemberOrganisation;
import org.mufakat.round.Round;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The current position of a constituency (through its focal point) or of one of its member organisations, on the
 * whole proposal (no recommendation) or on one recommendation. One per party and subject: {@code slot} is unique in
 * the round, so a position is changed in place and a double submission cannot make two.
 */
@Entity
@Table(name = "review_position")
public class Position extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "round_id")
    public Round round;

    /** The recommendation it is about; null for the whole proposal. */
    @ManyToOne
    @JoinColumn(name = "recommendation_id")
    public Recommendation recommendation;

    @ManyToOne(optional = false)
    @JoinColumn(name = "constituency_id")
    public Constituency constituency;

    /** The member organisation taking it; null when the constituency takes it. */
    @ManyToOne
    @JoinColumn(name = "organisation_id")
    public MemberOrganisation organisation;

    @Column(nullable = false)
    String slot;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Stance stance;

    /** The reservation's text, the objection's reason, or a remark. */
    public String note;

    @Column(name = "taken_by", nullable = false)
    public String takenBy;

    @Column(name = "taken_at", nullable = false)
    public Instant takenAt;

    @Version
    public long version;

    static String slot(Recommendation r, Constituency c, MemberOrganisation o) {
        return (r == null ? "P" : "R" + r.id) + ":C" + c.id + (o == null ? "" : ":O" + o.id);
    }

    /**
     * A new position of the party on the subject (the whole proposal when {@code r} is null), in its slot; for the
     * import of a round from another installation, whose recommendations and parties are saved already.
     */
    public static Position restored(Round round, Recommendation r, Constituency c, MemberOrganisation o) {
        Position p = new Position();
        p.round = round;
        p.recommendation = r;
        p.constituency = c;
        p.organisation = o;
        p.slot = slot(r, c, o);
        return p;
    }

    static Position find(Round round, Recommendation r, Constituency c, MemberOrganisation o) {
        return find("round = ?1 and slot = ?2", round, slot(r, c, o)).firstResult();
    }

    public static List<Position> listForRound(Round round) {
        return list("round = ?1 order by takenAt, id", round);
    }

    /**
     * The positions on the whole proposal and on these recommendations of the round (a page of them), in the order
     * they were taken.
     */
    public static List<Position> listForRound(Round round, List<Recommendation> recommendations) {
        if (recommendations.isEmpty()) {
            return list("round = ?1 and recommendation is null order by takenAt, id", round);
        }
        return list("round = ?1 and (recommendation is null or recommendation in ?2) order by takenAt, id", round,
                recommendations);
    }

    /**
     * The round's objections, on the whole proposal or on any recommendation, in the order they were raised, with the
     * recommendations' themes (their numbers name them).
     */
    public static List<Position> objectionsIn(Round round) {
        return list("select p from Position p left join fetch p.recommendation r left join fetch r.theme"
                + " where p.round = ?1 and p.stance = ?2 order by p.takenAt, p.id", round, Stance.OBJECT);
    }

    public static List<Position> listFor(Recommendation r) {
        return list("recommendation = ?1 order by takenAt, id", r);
    }

    public boolean isWholeProposal() {
        return recommendation == null;
    }

    public boolean byOrganisation() {
        return organisation != null;
    }

    /** Who took it, as people call them: "Viet Nam" or "Migrant CARE (ID)". */
    public String party() {
        return organisation == null ? constituency.name : organisation.name + " (" + constituency.code + ")";
    }
}
