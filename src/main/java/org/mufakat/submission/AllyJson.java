package org.mufakat.submission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mufakat.forum.ForumSession;

/** The JSON shapes of allies. Bodies carry no id, dates of record or author: the server sets those. */
public final class AllyJson {

    private AllyJson() {
    }

    /** An ally; {@code commitments} is Markdown as written. */
    @Schema(name = "AllyDetail")
    public record Detail(long id, String name, AllyKind kind, String title, String organisation, String country,
            LocalDate since, String commitments, List<SessionRef> forumSessions, Instant createdAt, String createdBy,
            Instant updatedAt, String updatedBy, long version) {

        static Detail of(Ally a) {
            return new Detail(a.id, a.name, a.kind, a.title, a.organisation, a.country, a.since, a.commitments,
                    a.forumSessions.stream().map(SessionRef::of).toList(), a.createdAt, a.createdBy, a.updatedAt,
                    a.updatedBy, a.version);
        }
    }

    public record SessionRef(long id, String title, String forum, LocalDate startsOn) {
        static SessionRef of(ForumSession s) {
            return new SessionRef(s.id, s.title, s.forum.acronym, s.startsOn);
        }
    }

    /**
     * Body of {@code POST} and {@code PUT}: {@code kind} PARLIAMENTARIAN, OFFICIAL, AGENCY or OTHER; {@code country}
     * an ASEAN member state as the list names it; {@code since} YYYY-MM-DD; {@code version} (PUT) the one read.
     */
    @Schema(name = "AllyBody")
    public record Body(String name, String kind, String title, String organisation, String country, String since,
            String commitments, List<Long> forumSessionIds, Long version) {

        AllyForm toForm() {
            return new AllyForm(SubmissionJson.blank(name), SubmissionJson.blank(kind), SubmissionJson.blank(title),
                    SubmissionJson.blank(organisation), SubmissionJson.blank(country), SubmissionJson.blank(since),
                    SubmissionJson.blank(commitments), forumSessionIds == null ? List.of()
                            : forumSessionIds.stream().filter(Objects::nonNull).distinct().toList(),
                    version);
        }
    }
}
