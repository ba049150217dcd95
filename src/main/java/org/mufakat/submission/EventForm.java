package org.mufakat.submission;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.mufakat.web.FormData;

/** Something that happened to a submission: what, when (YYYY-MM-DD), a note and an optional http(s) link. */
public record EventForm(
        @NotBlank(message = "{mufakat.submission.kindRequired}") String kind,
        @NotBlank(message = "{mufakat.submission.dateRequired}") String occurredOn,
        @Size(max = 4000, message = "{mufakat.tooLong}") String note,
        @Size(max = 500, message = "{mufakat.tooLong}") String link) {

    public static EventForm from(FormData f) {
        return new EventForm(f.text("kind"), f.text("occurredOn"), f.text("note"), f.text("link"));
    }

    public static EventForm empty() {
        return new EventForm(null, null, null, null);
    }
}
