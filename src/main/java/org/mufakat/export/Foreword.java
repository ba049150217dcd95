package org.mufakat.export;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.mufakat.round.Round;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The foreword of a round's resource book: Markdown written by the convenor, one per round. */
@Entity
@Table(name = "export_foreword")
public class Foreword extends PanacheEntityBase {

    /** The longest foreword kept, in characters. */
    public static final int MAX_LENGTH = 20000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "round_id", updatable = false)
    public Round round;

    @Column(nullable = false, length = MAX_LENGTH)
    public String text;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Version
    public long version;

    public static Foreword forRound(Round round) {
        return find("round", round).firstResult();
    }
}
