package org.mufakat.submission;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Something that happened to a submission: what, when (YYYY-MM-DD), a note and an optional http(s) link. */
public record EventForm(
        @NotBlank(message = "{mufakat.submission.kindRequired}") String kind,
        @NotBlank(message = "{mufakat.submission.dateRequired}") String occurredOn,
        @Size(max = 4000, message = "{mufakat.tooLong}") String note,
        @Size(max = 500, message = "{mufakat.tooLong}") String link) {

    /** From fields as sent (a multipart form, JSON): text trimmed, blanks as null. */
    public static EventForm of(String kind, String occurredOn, String note, String link) {
        return new EventForm(SubmissionJson.blank(kind), SubmissionJson.blank(occurredOn), SubmissionJson.blank(note),
                SubmissionJson.blank(link));
    }

    public static EventForm empty() {
        return new EventForm(null, null, null, null);
    }
}
