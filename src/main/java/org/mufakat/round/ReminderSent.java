package org.mufakat.round;

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

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A reminder already sent to a constituency's focal points, so that it is sent once per deadline. */
@Entity
@Table(name = "reminder_sent")
public class ReminderSent extends PanacheEntityBase {

    public enum Kind { DUE_SOON, LATE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "round_id")
    public Round round;

    @ManyToOne(optional = false)
    @JoinColumn(name = "constituency_id")
    public Constituency constituency;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(nullable = false)
    public LocalDate deadline;

    @Column(name = "sent_at", nullable = false)
    public Instant sentAt;

    static boolean exists(Round round, Constituency c, Kind kind, LocalDate deadline) {
        return count("round = ?1 and constituency = ?2 and kind = ?3 and deadline = ?4", round, c, kind, deadline) > 0;
    }
}
