package org.mufakat.forum;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.mufakat.web.FormData;

/**
 * Add or edit a session of a forum. Dates are kept as typed (year-month-day, as date inputs send them) so a
 * mistyped one comes back with its message.
 */
public record ForumSessionForm(
        @NotBlank(message = "{mufakat.required}") @Size(max = 200, message = "{mufakat.tooLong}") String title,
        @NotBlank(message = "{mufakat.required}") @Pattern(regexp = DAY,
                message = "{mufakat.forum.date}") String startsOn,
        @Pattern(regexp = DAY, message = "{mufakat.forum.date}") String endsOn,
        @Size(max = 200, message = "{mufakat.tooLong}") String venue,
        @Size(max = 200, message = "{mufakat.tooLong}") String host,
        Long version) {

    static final String DAY = "\\d{4}-\\d{2}-\\d{2}";

    public static ForumSessionForm from(FormData f) {
        return new ForumSessionForm(f.text("title"), f.text("startsOn"), f.text("endsOn"), f.text("venue"),
                f.text("host"), f.number("version"));
    }

    public static ForumSessionForm of(ForumSession s) {
        return new ForumSessionForm(s.title, s.startsOn.toString(), s.endsOn == null ? null : s.endsOn.toString(),
                s.venue, s.host, s.version);
    }

    public static ForumSessionForm empty() {
        return new ForumSessionForm(null, null, null, null, null, null);
    }

    /** The same text, to be saved over the given version (after a conflict). */
    public ForumSessionForm withVersion(long current) {
        return new ForumSessionForm(title, startsOn, endsOn, venue, host, current);
    }

    /** The day, or null if there is none or it is not a real day (such as 2027-02-30). */
    static LocalDate day(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
