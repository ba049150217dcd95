package org.mufakat.submission;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.mufakat.forum.ForumSession;
import org.mufakat.web.FormData;

/**
 * An ally as edited: kind and country are names from their allow-lists, {@code since} a day as YYYY-MM-DD (kept as
 * text until checked), commitments in Markdown, the forum sessions where the network met them, and the version read.
 */
public record AllyForm(
        @NotBlank(message = "{mufakat.required}") @Size(max = 200, message = "{mufakat.tooLong}") String name,
        @NotBlank(message = "{mufakat.choose}") String kind,
        @Size(max = 200, message = "{mufakat.tooLong}") String title,
        @Size(max = 200, message = "{mufakat.tooLong}") String organisation,
        @NotBlank(message = "{mufakat.choose}") String country,
        @NotBlank(message = "{mufakat.ally.sinceRequired}") String since,
        @Size(max = 20000, message = "{mufakat.tooLong}") String commitments,
        @Size(max = 100, message = "{mufakat.ally.tooManySessions}") List<Long> forumSessionIds,
        Long version) {

    public AllyForm {
        forumSessionIds = forumSessionIds == null ? List.of() : List.copyOf(forumSessionIds);
    }

    /** Session ids that are not numbers (a forged form) are read as none. */
    public static AllyForm from(FormData f) {
        List<Long> sessions = f.texts("forumSessionIds").stream().filter(v -> v.matches("\\d{1,18}"))
                .map(Long::valueOf).distinct().toList();
        return new AllyForm(f.text("name"), f.text("kind"), f.text("title"), f.text("organisation"),
                f.text("country"), f.text("since"), f.text("commitments"), sessions, f.number("version"));
    }

    public static AllyForm of(Ally a) {
        return new AllyForm(a.name, a.kind.name(), a.title, a.organisation, a.country, a.since.toString(),
                a.commitments, a.forumSessions.stream().map(s -> s.id).toList(), a.version);
    }

    public static AllyForm empty() {
        return new AllyForm(null, null, null, null, null, null, null, List.of(), null);
    }

    public AllyForm withVersion(long current) {
        return new AllyForm(name, kind, title, organisation, country, since, commitments, forumSessionIds, current);
    }

    /** Whether the session is chosen, for the form's options. */
    public boolean links(ForumSession session) {
        return forumSessionIds.contains(session.id);
    }
}
