package org.mufakat.review;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.mufakat.network.Constituency;
import org.mufakat.round.Round;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A reminder that the endorsement deadline is near, sent once per constituency and deadline. */
@Entity
@Table(name = "endorsement_reminder")
public class EndorsementReminder extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "round_id")
    public Round round;

    @ManyToOne(optional = false)
    @JoinColumn(name = "constituency_id")
    public Constituency constituency;

    @Column(nullable = false)
    public LocalDate deadline;

    @Column(name = "sent_at", nullable = false)
    public Instant sentAt;

    static boolean sent(Round round, Constituency c, LocalDate deadline) {
        return count("round = ?1 and constituency = ?2 and deadline = ?3", round, c, deadline) > 0;
    }
}
