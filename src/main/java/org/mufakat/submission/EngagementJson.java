package org.mufakat.submission;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mufakat.forum.ForumSession;

/** The JSON shapes of a forum session's engagement. */
public final class EngagementJson {

    private EngagementJson() {
    }

    /**
     * The engagement at a session; {@code recorded} is false, with version 0 and invitation UNKNOWN, while nothing
     * is recorded. Seats are null while not known.
     */
    @Schema(name = "EngagementDetail")
    public record Detail(long forumSessionId, String forumSession, String forum, boolean recorded, String invited,
            Integer seatsRequested, Integer seatsGranted, String notes, List<DelegateJson> delegates,
            Instant updatedAt, String updatedBy, long version) {

        static Detail of(ForumSession s, Engagement e) {
            if (e == null) {
                return new Detail(s.id, s.title, s.forum.acronym, false, Invitation.UNKNOWN.name(), null, null, null,
                        List.of(), null, null, 0);
            }
            return new Detail(s.id, s.title, s.forum.acronym, true, e.invited.name(), e.seatsRequested,
                    e.seatsGranted, e.notes, e.delegates.stream().map(DelegateJson::of).toList(), e.updatedAt,
                    e.updatedBy, e.version);
        }
    }

    public record DelegateJson(String name, String organisation, boolean spoke) {
        static DelegateJson of(Delegate d) {
            return new DelegateJson(d.name, d.organisation, d.spoke);
        }
    }

    /**
     * Body of {@code PUT}: the whole record (what it leaves out is cleared), {@code invited} YES, NO or UNKNOWN,
     * seats 0 or more, at most 50 delegates, and the version read (0 for a session with nothing recorded).
     */
    @Schema(name = "EngagementChange")
    public record Change(String invited, Integer seatsRequested, Integer seatsGranted, String notes,
            List<DelegateJson> delegates, Long version) {

        EngagementForm toForm() {
            List<EngagementForm.Row> rows = delegates == null ? List.of()
                    : delegates.stream().map(Change::row).toList();
            return new EngagementForm(SubmissionJson.blank(invited), EngagementForm.text(seatsRequested),
                    EngagementForm.text(seatsGranted), SubmissionJson.blank(notes), rows, version);
        }

        private static EngagementForm.Row row(DelegateJson d) {
            return d == null ? new EngagementForm.Row(null, null, false)
                    : new EngagementForm.Row(SubmissionJson.blank(d.name()), SubmissionJson.blank(d.organisation()),
                            d.spoke());
        }
    }
}
