package org.mufakat.review;

import java.time.Instant;
import java.time.LocalDate;
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

import org.mufakat.round.Round;
import org.mufakat.round.RoundStatus;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The last day of a review stage (member review, calibration, endorsement), set by the convenor. For endorsement it
 * replaces the deadline chosen at set-up: the silence procedure counts from it.
 */
@Entity
@Table(name = "review_window")
public class StageWindow extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "round_id")
    public Round round;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RoundStatus stage;

    @Column(name = "closes_on", nullable = false)
    public LocalDate closesOn;

    public String reason;

    @Column(name = "set_by", nullable = false)
    public String setBy;

    @Column(name = "set_at", nullable = false)
    public Instant setAt;

    @Version
    public long version;

    public static StageWindow find(Round round, RoundStatus stage) {
        return find("round = ?1 and stage = ?2", round, stage).firstResult();
    }

    /** In the order the stages come (the column holds names, which would sort ENDORSEMENT first). */
    public static List<StageWindow> listForRound(Round round) {
        return StageWindow.<StageWindow>list("round", round).stream()
                .sorted(java.util.Comparator.comparing((StageWindow w) -> w.stage)).toList();
    }

    /** The day endorsement closes: the window the convenor set, else the deadline chosen at set-up; may be null. */
    public static LocalDate endorsementDeadline(Round round) {
        StageWindow w = find(round, RoundStatus.ENDORSEMENT);
        return w != null ? w.closesOn : round.endorsementDeadline;
    }

    /** The day a stage closes, if one is known. */
    public static LocalDate closes(Round round, RoundStatus stage) {
        if (stage == RoundStatus.ENDORSEMENT) {
            return endorsementDeadline(round);
        }
        StageWindow w = find(round, stage);
        return w == null ? null : w.closesOn;
    }
}
