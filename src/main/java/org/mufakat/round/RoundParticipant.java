package org.mufakat.round;

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

/** A constituency taking part in a round, with its own deadline when the convenor extended it. */
@Entity
@Table(name = "round_participant")
public class RoundParticipant extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "round_id")
    public Round round;

    @ManyToOne(optional = false)
    @JoinColumn(name = "constituency_id")
    public Constituency constituency;

    @Column(name = "deadline_extension")
    public LocalDate deadlineExtension;

    @Column(name = "extension_reason")
    public String extensionReason;

    /** The day by which this constituency's input is due: its extension, or the round's deadline. */
    public LocalDate deadline() {
        return deadlineExtension != null ? deadlineExtension : round.inputDeadline;
    }
}
