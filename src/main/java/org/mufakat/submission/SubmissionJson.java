package org.mufakat.submission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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

    /** {@code status} is the latest tracking event's kind, or SUBMITTED while none is recorded. */
    @Schema(name = "SubmissionSummary")
    public record Summary(long id, long roundId, String trackingNumber, String sha256,
            @Schema(description = "The latest tracking event's kind, or SUBMITTED while none is recorded",
                    enumeration = { "SUBMITTED", "SENT", "RECEIVED", "ACKNOWLEDGED", "TABLED", "RESPONSE",
                            "REFLECTED", "NO_RESPONSE" }) String status,
            long forumSessionId, String forumSession, Audience.Register register, int proposalVersion, Instant sentAt) {

        static Summary of(Submission s) {
            TrackingKind last = s.lastKind();
            return new Summary(s.id, s.round.id, s.trackingNumber, s.sha256, last == null ? "SUBMITTED" : last.name(),
                    s.forumSession.id, s.forumSession.title, s.register, s.proposalVersion, s.sentAt);
        }
    }

    @Schema(name = "SubmissionDetail")
    public record Detail(long id, long roundId, String trackingNumber, String sha256,
            @Schema(description = "The latest tracking event's kind, or SUBMITTED while none is recorded",
                    enumeration = { "SUBMITTED", "SENT", "RECEIVED", "ACKNOWLEDGED", "TABLED", "RESPONSE",
                            "REFLECTED", "NO_RESPONSE" }) String status,
            long forumSessionId, String forumSession, Audience.Register register, int proposalVersion, Instant sentAt,
            String sentBy, String recipients, String coverLetter, String text, List<Event> events) {

        static Detail of(Submission s, List<TrackingEvent> events) {
            Summary m = Summary.of(s);
            return new Detail(m.id(), m.roundId(), m.trackingNumber(), m.sha256(), m.status(), m.forumSessionId(),
                    m.forumSession(), m.register(), m.proposalVersion(), m.sentAt(), s.sentBy, s.recipients,
                    s.coverLetter, s.text, events.stream().map(Event::of).toList());
        }
    }

    public record Event(long id, TrackingKind kind, LocalDate occurredOn, String note, String link, Instant recordedAt,
            String recordedBy) {

        static Event of(TrackingEvent e) {
            return new Event(e.id, e.kind, e.occurredOn, e.note, e.link, e.recordedAt, e.recordedBy);
        }
    }

    /** {@code occurredOn} as YYYY-MM-DD. */
    public record NewEvent(@Schema(ref = "TrackingKind") String kind, String occurredOn, String note, String link) {

        EventForm toForm() {
            return new EventForm(blank(kind), blank(occurredOn), blank(note), blank(link));
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
