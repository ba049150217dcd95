package org.mufakat.input;

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

import org.mufakat.network.Constituency;
import org.mufakat.round.InputState;
import org.mufakat.round.Round;
import org.mufakat.security.Scoped;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One constituency's national input to a round: the consultation record, the preamble and, through
 * {@link Statement}, its numbered statements. A constituency without a row has not started.
 */
@Entity
@Table(name = "national_input")
public class NationalInput extends PanacheEntityBase implements Scoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "round_id")
    public Round round;

    @ManyToOne(optional = false)
    @JoinColumn(name = "constituency_id")
    public Constituency constituency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InputState state = InputState.NOT_STARTED;

    @Column(name = "started_on")
    public LocalDate startedOn;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    public String venue;

    public String organisers;

    @Column(name = "participants_total")
    public Integer participantsTotal;

    @Column(name = "participants_women")
    public Integer participantsWomen;

    @Column(name = "participants_men")
    public Integer participantsMen;

    @Column(name = "participants_other")
    public Integer participantsOther;

    public String sectors;

    public String preamble;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "return_reason")
    public String returnReason;

    @Column(name = "nil_reason")
    public String nilReason;

    @Version
    public long version;

    /** An input not saved yet, standing for a constituency that has not started, so checks have an object. */
    static NationalInput unsaved(Round round, Constituency constituency) {
        NationalInput input = new NationalInput();
        input.round = round;
        input.constituency = constituency;
        return input;
    }

    public static NationalInput find(Round round, Constituency constituency) {
        return find("round = ?1 and constituency = ?2", round, constituency).firstResult();
    }

    public static List<NationalInput> listForRound(Round round) {
        return list("round", round);
    }

    public boolean isSaved() {
        return id != null;
    }

    /** A focal point may change it: not begun, drafting or returned for revision. */
    public boolean isOpen() {
        return state == InputState.NOT_STARTED || state == InputState.DRAFTING || state == InputState.RETURNED;
    }

    public boolean isLocked() {
        return !isOpen();
    }

    public boolean isSubmitted() {
        return state == InputState.SUBMITTED;
    }

    public boolean isReturned() {
        return state == InputState.RETURNED;
    }

    public boolean isNilReturn() {
        return state == InputState.NIL_RETURN;
    }

    /** The colour of its status tag; the tag's text says the same. */
    public String stateKind() {
        return switch (state) {
            case SUBMITTED, NIL_RETURN -> "ok";
            case RETURNED -> "warn";
            default -> "muted";
        };
    }

    public boolean hasRecord() {
        return startedOn != null || venue != null || organisers != null || participantsTotal != null
                || sectors != null;
    }

    @Override
    public Long scopeConstituencyId() {
        return constituency == null ? null : constituency.id;
    }

    @Override
    public String auditId() {
        return id == null ? null : id.toString();
    }
}
