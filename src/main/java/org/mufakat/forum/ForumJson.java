package org.mufakat.forum;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of the forum API. Bodies carry no id, version or dates of record: the server sets those. */
public final class ForumJson {

    private ForumJson() {
    }

    public record ForumItem(long id, String name, String acronym, ForumSpace space, String convenedBy,
            String frequency, CivilSocietyEntry entry, Integer seatLimit, String notes, List<SessionItem> sessions,
            long version) {
        static ForumItem of(Forum f) {
            return new ForumItem(f.id, f.name, f.acronym, f.space, f.convenedBy, f.frequency, f.entry, f.seatLimit,
                    f.notes, ForumSession.listForForum(f).stream().map(SessionItem::of).toList(), f.version);
        }
    }

    /** A session, newest first in its forum's list. */
    public record SessionItem(long id, String title, LocalDate startsOn, LocalDate endsOn, String venue,
            String host, long version) {
        static SessionItem of(ForumSession s) {
            return new SessionItem(s.id, s.title, s.startsOn, s.endsOn, s.venue, s.host, s.version);
        }
    }

    /**
     * Body of {@code POST /api/v1/forums} and {@code PUT /api/v1/forums/{id}}; {@code space} and {@code entry} take
     * the names of their constants; {@code version} (the forum's, as read) only for PUT.
     */
    public record NewForum(String name, String acronym, @Schema(ref = "ForumSpace") String space,
            String convenedBy, String frequency, @Schema(ref = "CivilSocietyEntry") String entry,
            Integer seatLimit, String notes, Long version) {
        ForumForm toForm() {
            return new ForumForm(blankToNull(name), blankToNull(acronym), ForumForm.option(ForumSpace.class, space),
                    blankToNull(convenedBy), blankToNull(frequency),
                    ForumForm.option(CivilSocietyEntry.class, entry), seatLimit == null ? null : seatLimit.toString(),
                    blankToNull(notes), version);
        }
    }

    /**
     * Body of {@code POST /api/v1/forums/{id}/sessions} and {@code PUT .../sessions/{sessionId}}; dates as
     * year-month-day; {@code version} (the session's, as read) only for PUT.
     */
    public record NewSession(String title, String startsOn, String endsOn, String venue, String host, Long version) {
        ForumSessionForm toForm() {
            return new ForumSessionForm(blankToNull(title), blankToNull(startsOn), blankToNull(endsOn),
                    blankToNull(venue), blankToNull(host), version);
        }
    }

    /** Trimmed, and blank as null, as for HTML forms. */
    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
