package org.mufakat.submission;

import java.nio.file.Path;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import org.mufakat.audit.AuditLog;
import org.mufakat.input.Uploads;
import org.mufakat.security.CurrentUser;
import org.mufakat.security.Permissions;
import org.mufakat.web.Aggregates;
import org.mufakat.web.FormInvalidException;
import org.mufakat.web.Texts;

/**
 * Evidence files on tracking events: the convenor attaches one file to an event (with the event's form, or later
 * through the API), whoever reads the submission downloads it. A file is a PDF, DOCX, ODT, JPEG or PNG of at most
 * 10 MB, told by its content ({@link Uploads}); the same file sent again (a retry) is stored once.
 */
@ApplicationScoped
public class EvidenceWorkflow {

    @Inject
    Permissions permissions;
    @Inject
    CurrentUser user;
    @Inject
    AuditLog audit;
    @Inject
    Texts texts;
    @Inject
    Uploads uploads;

    /** A file as it came: the name the browser or client gave, and where Quarkus stored the bytes. */
    public record Upload(String fileName, Path path) {
    }

    /** A checked file, ready to store. */
    record Checked(String fileName, Uploads.Document document) {
    }

    /** A stored file and whether this request stored it (or an earlier one sent the same bytes). */
    public record Attached(TrackingEvidence evidence, boolean created) {
    }

    /** Reads and checks the file (size, type by content); a field error under {@code file} otherwise. */
    Checked check(Upload upload) {
        return upload == null ? new Checked(null, uploads.document(null, "file"))
                : new Checked(upload.fileName(), uploads.document(upload.path(), "file"));
    }

    /**
     * Attaches a file to an event of a submission (the convenor; the submission is locked by the caller). The same
     * bytes again give back the stored file; another file for an event that has one is refused (409).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Attached attach(Submission s, TrackingEvent event, Checked file) {
        String sha256 = SubmissionText.sha256(file.document().bytes());
        TrackingEvidence earlier = TrackingEvidence.forEvent(event);
        if (earlier != null) {
            if (earlier.sha256.equals(sha256)) {
                return new Attached(earlier, false);
            }
            throw FormInvalidException.refused("file", texts.get("mufakat.submission.evidenceExists",
                    earlier.fileName));
        }
        TrackingEvidence e = new TrackingEvidence();
        e.event = event;
        e.fileName = file.document().type().safeName(file.fileName());
        e.contentType = file.document().type().contentType;
        e.bytes = file.document().bytes();
        e.sizeBytes = e.bytes.length;
        e.sha256 = sha256;
        e.uploadedAt = Instant.now();
        e.uploadedBy = user.username();
        e.persist();
        audit.record(user.username(), "submission.evidence-added", "Submission", s.auditId(), s.trackingNumber
                + ": " + e.fileName + " (" + e.contentType + ", " + e.size() + ") on " + event.kind + " of "
                + event.occurredOn);
        Aggregates.changed(s);
        return new Attached(e, true);
    }

    /** Attaches a file to an event already on the timeline (the API's upload): the convenor only. */
    @Transactional
    public Attached add(long submissionId, long eventId, Upload upload) {
        Submission s = Submission.findById(submissionId, LockModeType.PESSIMISTIC_WRITE);
        if (s == null) {
            throw new NotFoundException();
        }
        permissions.check(SubmissionAction.TRACK, s);
        TrackingEvent event = eventOf(s, eventId);
        return attach(s, event, check(upload));
    }

    /** A file to send back: its safe name, the type found from its content, its bytes. */
    public record Download(String fileName, String contentType, byte[] bytes) {
    }

    /** The evidence of an event, for whoever reads the submission; 404 when it has none. */
    public Download download(long submissionId, long eventId) {
        Submission s = Submission.findById(submissionId);
        if (s == null) {
            throw new NotFoundException();
        }
        permissions.check(SubmissionAction.VIEW_SUBMISSIONS, s);
        TrackingEvidence e = TrackingEvidence.forEvent(eventOf(s, eventId));
        if (e == null) {
            throw new NotFoundException();
        }
        return new Download(e.fileName, e.contentType, e.bytes);
    }

    private static TrackingEvent eventOf(Submission s, long eventId) {
        TrackingEvent event = TrackingEvent.findById(eventId);
        if (event == null || !event.submission.id.equals(s.id)) {
            throw new NotFoundException();
        }
        return event;
    }
}
