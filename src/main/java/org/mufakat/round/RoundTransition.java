package org.mufakat.round;

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

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One move of a round from stage to stage, with who made it and, when forced past a guard, why. */
@Entity
@Table(name = "round_transition")
public class RoundTransition extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "round_id")
    public Round round;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false)
    public RoundStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public RoundStatus toStatus;

    @Column(nullable = false)
    public boolean forced;

    public String reason;

    @Column(nullable = false)
    public String actor;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    public static List<RoundTransition> history(Round round) {
        return list("round = ?1 order by occurredAt, id", round);
    }
}
