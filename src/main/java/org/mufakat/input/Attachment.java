package org.mufakat.input;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.mufakat.security.Confidential;
import org.mufakat.security.Scoped;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A file that goes with a national input (the consultation's report, a photo of the participants). Its bytes are in
 * {@link AttachmentContent}, loaded only for a download. A restricted attachment (a testimony, a photo of people at
 * risk) is seen, listed and downloaded only by readers whose audience opens the constituency.
 */
@Entity
@Table(name = "input_attachment")
public class Attachment extends PanacheEntityBase implements Scoped, Confidential {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "input_id")
    public NationalInput input;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "content_id")
    public AttachmentContent content;

    /** Made safe on upload: no path, only letters, digits, dots, dashes, underscores and spaces. */
    @Column(name = "file_name", nullable = false)
    public String fileName;

    /** Found from the bytes, never taken from the browser. */
    @Column(name = "content_type", nullable = false)
    public String contentType;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(nullable = false)
    public boolean restricted;

    @Column(name = "uploaded_by", nullable = false)
    public String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    public Instant uploadedAt;

    public static List<Attachment> listForInput(NationalInput input) {
        return list("input = ?1 order by uploadedAt, id", input);
    }

    /** "2.4 MB", "830 kB". */
    public String size() {
        return FileType.sizeText(sizeBytes);
    }

    @Override
    public boolean restricted() {
        return restricted;
    }

    @Override
    public Long scopeConstituencyId() {
        return input.scopeConstituencyId();
    }

    @Override
    public String auditId() {
        return id == null ? null : id.toString();
    }
}
