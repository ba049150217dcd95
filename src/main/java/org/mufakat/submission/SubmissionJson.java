package org.mufakat.submission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mufakat.round.RoundStatus;
import org.mufakat.security.Audience;

/** The JSON shapes of the submission API. */
public final class SubmissionJson {

    private SubmissionJson() {
    }

    /** A submission to send; the round, the text and its checksum are never taken from the caller. */
    @Schema(examples = NewSubmission.EXAMPLE)
    public record NewSubmission(Long forumSessionId,
            @Schema(enumeration = { "CALIBRATED", "UNVARNISHED" }) String register, String coverLetter,
            String recipients) {

        static final String EXAMPLE = """
                {"forumSessionId": 12, "register": "CALIBRATED",
                 "coverLetter": "On behalf of the Task Force on ASEAN Migrant Workers we submit our recommendations.",
                 "recipients": "AFML secretariat, ASEAN Secretariat"}""";

        SubmissionForm toForm(String key) {
            return new SubmissionForm(forumSessionId, register, coverLetter, recipients, key);
        }
    }

    /**
     * {@code status} is the latest tracking event's kind, or SUBMITTED while none is recorded; {@code overdue} is true
     * when no acknowledgement (or later news, or a recorded NO_RESPONSE) came within the configured days.
     */
    @Schema(name = "SubmissionSummary")
    public record Summary(long id, long roundId, String trackingNumber, String sha256,
            @Schema(description = "The latest tracking event's kind, or SUBMITTED while none is recorded",
                    enumeration = { "SUBMITTED", "SENT", "RECEIVED", "ACKNOWLEDGED", "TABLED", "RESPONSE",
                            "REFLECTED", "NO_RESPONSE" }) String status,
            long forumSessionId, String forumSession, Audience.Register register, int proposalVersion, Instant sentAt,
            boolean overdue, boolean published) {

        static Summary of(Submission s, boolean overdue) {
            TrackingKind last = s.lastKind();
            return new Summary(s.id, s.round.id, s.trackingNumber, s.sha256, last == null ? "SUBMITTED" : last.name(),
                    s.forumSession.id, s.forumSession.title, s.register, s.proposalVersion, s.sentAt, overdue,
                    s.published);
        }
    }

    /**
     * {@code publicUrl} is the public page's path while the submission is published, else null; {@code uptake}: what
     * the forum made of each recommendation, for those recorded.
     */
    @Schema(name = "SubmissionDetail")
    public record Detail(long id, long roundId, String trackingNumber, String sha256,
            @Schema(description = "The latest tracking event's kind, or SUBMITTED while none is recorded",
                    enumeration = { "SUBMITTED", "SENT", "RECEIVED", "ACKNOWLEDGED", "TABLED", "RESPONSE",
                            "REFLECTED", "NO_RESPONSE" }) String status,
            long forumSessionId, String forumSession, Audience.Register register, int proposalVersion, Instant sentAt,
            String sentBy, String recipients, String coverLetter, String text, boolean overdue, boolean published,
            String publicUrl, List<Event> events, List<UptakeJson.Recorded> uptake) {

        static Detail of(Submission s, boolean overdue, List<TrackingEvent> events,
                Map<Long, TrackingEvidence> evidence, List<UptakeJson.Recorded> uptake) {
            Summary m = Summary.of(s, overdue);
            return new Detail(m.id(), m.roundId(), m.trackingNumber(), m.sha256(), m.status(), m.forumSessionId(),
                    m.forumSession(), m.register(), m.proposalVersion(), m.sentAt(), s.sentBy, s.recipients,
                    s.coverLetter, s.text, overdue, s.published, s.published ? s.publicPath() : null,
                    events.stream().map(e -> Event.of(e, evidence.get(e.id))).toList(), uptake);
        }
    }

    /** {@code evidence} is null when the event has no file. */
    public record Event(long id, TrackingKind kind, LocalDate occurredOn, String note, String link, Instant recordedAt,
            String recordedBy, Evidence evidence) {

        static Event of(TrackingEvent e, TrackingEvidence evidence) {
            return new Event(e.id, e.kind, e.occurredOn, e.note, e.link, e.recordedAt, e.recordedBy,
                    evidence == null ? null : Evidence.of(evidence));
        }
    }

    /** An event's file: its safe name, the type found from its content, its size in bytes, where to download it. */
    public record Evidence(String name, String type, long size, String downloadUrl, Instant uploadedAt,
            String uploadedBy) {

        static Evidence of(TrackingEvidence e) {
            return new Evidence(e.fileName, e.contentType, e.sizeBytes, "/api/v1/submissions/" + e.event.submission.id
                    + "/events/" + e.event.id + "/evidence", e.uploadedAt, e.uploadedBy);
        }
    }

    /** {@code occurredOn} as YYYY-MM-DD. */
    public record NewEvent(@Schema(ref = "TrackingKind") String kind, String occurredOn, String note, String link) {

        EventForm toForm() {
            return EventForm.of(kind, occurredOn, note, link);
        }
    }

    public record VerifyRequest(String text) {
    }

    /** Whether the text is byte for byte the submitted one; both checksums. */
    public record VerifyResult(boolean matches, String sha256, String submittedSha256, String trackingNumber) {

        static VerifyResult of(SubmissionWorkflow.Verification v) {
            return new VerifyResult(v.matches(), v.sha256(), v.submission().sha256, v.submission().trackingNumber);
        }
    }

    public record RoundState(long id, RoundStatus status) {
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
