package org.mufakat.submission;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.mufakat.input.FileType;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The file that shows a tracking event happened (the acknowledgement letter, the official outcome document): one per
 * event. Its type was found from the content and its name made safe on upload; its bytes are loaded only for a
 * download. Readers of the submission download it; it never appears on the public page.
 */
@Entity
@Table(name = "tracking_evidence")
public class TrackingEvidence extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "event_id", updatable = false)
    public TrackingEvent event;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(name = "content_type", nullable = false)
    public String contentType;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    /** SHA-256 of the bytes, in hex: the same file sent again (a retry) is recognised and not stored twice. */
    @Column(nullable = false)
    public String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public byte[] bytes;

    @Column(name = "uploaded_at", nullable = false)
    public Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false)
    public String uploadedBy;

    public static TrackingEvidence forEvent(TrackingEvent event) {
        return find("event", event).firstResult();
    }

    /** The evidence of each of these events that has one, by event id. */
    public static Map<Long, TrackingEvidence> forEvents(Collection<TrackingEvent> events) {
        if (events.isEmpty()) {
            return Map.of();
        }
        List<TrackingEvidence> found = list("event in ?1", events);
        return found.stream().collect(Collectors.toMap(e -> e.event.id, Function.identity()));
    }

    /** "2.4 MB", "830 kB". */
    public String size() {
        return FileType.sizeText(sizeBytes);
    }
}
