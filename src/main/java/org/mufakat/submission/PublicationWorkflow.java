package org.mufakat.submission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import org.mufakat.audit.AuditLog;
import org.mufakat.security.CurrentUser;
import org.mufakat.security.Permissions;
import org.mufakat.web.Calendar;

/**
 * A submission's public page, opt-in by the convenor: publishing opens {@code /public/submissions/<tracking number>}
 * to anyone, signed in or not; withdrawing closes it (404, as for a number that does not exist). What the page shows
 * is {@link PublicView} and nothing else: the frozen text (rendered for an audience outside the network when it was
 * sent: nothing restricted, attribution only if the round allowed it), its checksum, the forum session, the day it
 * was sent, the cover letter, and the kind, day and link of each tracking event. Notes, evidence files, recipients
 * and who did what stay inside the network.
 */
@ApplicationScoped
public class PublicationWorkflow {

    /** A pasted text longer than this is checked against the checksum but not compared line by line. */
    static final int PUBLIC_DIFF_LIMIT = 200_000;

    @Inject
    Permissions permissions;
    @Inject
    CurrentUser user;
    @Inject
    AuditLog audit;
    @Inject
    Calendar calendar;
    @Inject
    SubmissionWorkflow submissions;

    /** Everything the public page shows, and only that. */
    public record PublicView(String trackingNumber, String sha256, String text, String forum, String forumAcronym,
            String session, LocalDate sessionStartsOn, LocalDate sentOn, String coverLetter, String path,
            List<PublicEvent> events) {
    }

    /** One step of the public timeline: what happened, when, and its public link; never the note or who. */
    public record PublicEvent(TrackingKind kind, LocalDate occurredOn, String link) {
    }

    /** The submission, to the convenor about to publish or withdraw it (the confirmation pages). */
    public Submission toPublish(long id) {
        Submission s = Submission.findById(id);
        if (s == null) {
            throw new NotFoundException();
        }
        permissions.check(SubmissionAction.PUBLISH, s);
        return s;
    }

    /** Whether the current user may publish or withdraw it, for pages to offer the buttons. */
    public boolean mayPublish(Submission s) {
        return permissions.may(SubmissionAction.PUBLISH, s);
    }

    /** What the public sees of the submission, for the convenor's confirmation page. */
    public PublicView preview(Submission s) {
        permissions.check(SubmissionAction.PUBLISH, s);
        return view(s);
    }

    /** Opens the public page; the convenor only. Publishing a published submission changes nothing. */
    @Transactional
    public Submission publish(long id) {
        Submission s = toPublish(id);
        if (!s.published) {
            s.published = true;
            s.publishedAt = Instant.now();
            s.publishedBy = user.username();
            audit.record(user.username(), "submission.published", "Submission", s.auditId(), s.trackingNumber
                    + " at " + s.publicPath());
        }
        return s;
    }

    /**
     * Closes the public page; the convenor only. Withdrawing an unpublished submission changes nothing; when it was
     * last published, and by whom, stays recorded.
     */
    @Transactional
    public Submission withdraw(long id) {
        Submission s = toPublish(id);
        if (s.published) {
            s.published = false;
            audit.record(user.username(), "submission.withdrawn", "Submission", s.auditId(), s.trackingNumber
                    + " no longer at " + s.publicPath());
        }
        return s;
    }

    /** The public page of a published submission, to anyone; 404 for an unknown or unpublished number. */
    public PublicView published(String trackingNumber) {
        return view(find(trackingNumber));
    }

    /**
     * Whether a pasted text is byte for byte a published submission's, for anyone: the same check as inside the
     * network, on a text that is public anyway; a very long paste is not compared line by line.
     */
    public SubmissionWorkflow.Verification verify(String trackingNumber, String text) {
        return submissions.compare(find(trackingNumber), text, PUBLIC_DIFF_LIMIT);
    }

    private static Submission find(String trackingNumber) {
        Submission s = trackingNumber == null ? null : Submission.findPublished(trackingNumber);
        if (s == null) {
            throw new NotFoundException();
        }
        return s;
    }

    private PublicView view(Submission s) {
        List<PublicEvent> events = TrackingEvent.timeline(s).stream()
                .map(e -> new PublicEvent(e.kind, e.occurredOn, e.link)).toList();
        return new PublicView(s.trackingNumber, s.sha256, s.text, s.forumSession.forum.name,
                s.forumSession.forum.acronym, s.forumSession.title, s.forumSession.startsOn,
                calendar.dayOf(s.sentAt), s.coverLetter, s.publicPath(), events);
    }
}
