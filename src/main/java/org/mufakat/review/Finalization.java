package org.mufakat.review;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import org.mufakat.round.Round;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * How a round's proposal became final: who finalized it and when, and when objections stood, the convenor's written
 * reason for overriding them and which objections those were. Shown on the proposal; one per round.
 */
@Entity
@Table(name = "review_finalization")
public class Finalization extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "round_id")
    public Round round;

    @Column(name = "override_reason")
    public String overrideReason;

    /** The objections that stood when the convenor overrode them, as sentences. */
    public String overridden;

    @Column(nullable = false)
    public String actor;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    public static Finalization forRound(Round round) {
        return find("round", round).firstResult();
    }

    public boolean isOverride() {
        return overrideReason != null;
    }
}
