package org.mufakat.submission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

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

/** One thing that happened to a submission (received, acknowledged, tabled...), with its date, a note and a link. */
@Entity
@Table(name = "tracking_event")
public class TrackingEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "submission_id", updatable = false)
    public Submission submission;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TrackingKind kind;

    @Column(name = "occurred_on", nullable = false)
    public LocalDate occurredOn;

    public String note;

    /** Evidence on the web; http or https only. */
    public String link;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    /** The submission's timeline, in the order things happened. */
    public static List<TrackingEvent> timeline(Submission s) {
        return list("submission = ?1 order by occurredOn, recordedAt, id", s);
    }

    /** The same event already on the timeline (same kind, day, note and link), or null. */
    static TrackingEvent find(Submission s, TrackingKind kind, java.time.LocalDate day, String note, String link) {
        return TrackingEvent.<TrackingEvent>list("submission = ?1 and kind = ?2 and occurredOn = ?3", s, kind, day)
                .stream().filter(e -> java.util.Objects.equals(e.note, note) && java.util.Objects.equals(e.link, link))
                .findFirst().orElse(null);
    }

    /** Of these submissions, the ids of those with an answer on their timeline ({@link TrackingKind#ANSWERS}). */
    static Set<Long> answered(Collection<Submission> submissions) {
        if (submissions.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(getEntityManager().createQuery("select distinct e.submission.id from"
                + " TrackingEvent e where e.submission in ?1 and e.kind in ?2", Long.class)
                .setParameter(1, submissions).setParameter(2, TrackingKind.ANSWERS).getResultList());
    }

    static TrackingEvent latest(Submission s) {
        return find("submission = ?1 order by occurredOn desc, recordedAt desc, id desc", s).firstResult();
    }
}
