package org.mufakat.submission;

import java.time.Instant;
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
import jakarta.persistence.Version;

import org.mufakat.forum.ForumSession;
import org.mufakat.round.Round;
import org.mufakat.security.Audience;
import org.mufakat.security.Scoped;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A round's proposal as sent to one forum session: the frozen text in one register, its SHA-256 and tracking number.
 * Everything about the text is written once, when it is sent ({@code updatable = false}); only tracking events are
 * added later.
 */
@Entity
@Table(name = "submission")
public class Submission extends PanacheEntityBase implements Scoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "round_id", updatable = false)
    public Round round;

    @ManyToOne(optional = false)
    @JoinColumn(name = "forum_session_id", updatable = false)
    public ForumSession forumSession;

    /** The number of the proposal version the text was rendered from. */
    @Column(name = "proposal_version", nullable = false, updatable = false)
    public int proposalVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Audience.Register register;

    /** Whether the text names the constituencies each recommendation came from (the round's choice when sent). */
    @Column(nullable = false, updatable = false)
    public boolean attribution;

    /** Markdown, shown through the sanitiser. */
    @Column(name = "cover_letter", updatable = false)
    public String coverLetter;

    @Column(nullable = false, updatable = false)
    public String recipients;

    /** The exact text sent. */
    @Column(nullable = false, updatable = false, length = 1000000)
    public String text;

    /** SHA-256 of the text's UTF-8 bytes, in hex. */
    @Column(nullable = false, updatable = false)
    public String sha256;

    @Column(name = "tracking_year", nullable = false, updatable = false)
    public int trackingYear;

    @Column(name = "tracking_sequence", nullable = false, updatable = false)
    public int trackingSequence;

    @Column(name = "tracking_number", nullable = false, updatable = false)
    public String trackingNumber;

    @Column(name = "idempotency_key", nullable = false, updatable = false)
    public String idempotencyKey;

    @Column(name = "sent_at", nullable = false, updatable = false)
    public Instant sentAt;

    @Column(name = "sent_by", nullable = false, updatable = false)
    public String sentBy;

    /** Whether its public page ({@code /public/submissions/<tracking number>}) is open: the convenor's choice. */
    @Column(nullable = false)
    public boolean published;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "published_by")
    public String publishedBy;

    /** When the convenors were told that no acknowledgement came in time; set once, by the overdue job. */
    @Column(name = "ack_overdue_noticed_at")
    public Instant ackOverdueNoticedAt;

    @Version
    public long version;

    public static List<Submission> listForRound(Round round) {
        return list("round = ?1 order by sentAt desc, id desc", round);
    }

    public static long countForRound(Round round) {
        return count("round", round);
    }

    public static Submission findByIdempotencyKey(String key) {
        return find("idempotencyKey", key).firstResult();
    }

    /** The published submission with this tracking number, or null (unknown and unpublished alike). */
    public static Submission findPublished(String trackingNumber) {
        return find("trackingNumber = ?1 and published = true", trackingNumber).firstResult();
    }

    /** Its page inside the network. */
    public String path() {
        return "/rounds/" + round.id + "/submissions/" + id;
    }

    /** Its public address, whether or not it is published now. */
    public String publicPath() {
        return "/public/submissions/" + trackingNumber;
    }

    /** The next sequence number of the year's tracking numbers. */
    public static int nextSequence(int year) {
        Integer max = getEntityManager().createQuery("select max(s.trackingSequence) from Submission s"
                + " where s.trackingYear = ?1", Integer.class).setParameter(1, year).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    /** "MFK-2027-0007". */
    public static String trackingNumber(int year, int sequence) {
        return String.format("MFK-%d-%04d", year, sequence);
    }

    /** The latest thing that happened to it, or null when nothing is recorded yet. */
    public TrackingKind lastKind() {
        TrackingEvent last = TrackingEvent.latest(this);
        return last == null ? null : last.kind;
    }

    @Override
    public Long scopeConstituencyId() {
        return null;
    }

    /** A submission belongs to its round: the round's people read it. */
    @Override
    public Set<Long> scopeParticipants() {
        return round.scopeParticipants();
    }

    @Override
    public String auditId() {
        return id == null ? null : id.toString();
    }
}
