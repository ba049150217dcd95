package org.mufakat.submission;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.mufakat.web.FormData;

/**
 * A submission being prepared: the forum session, the register ({@code CALIBRATED} or {@code UNVARNISHED}), a cover
 * letter in Markdown, the recipients, and the key that makes sending it twice send it once.
 */
public record SubmissionForm(
        @NotNull(message = "{mufakat.submission.sessionRequired}") Long forumSessionId,
        @NotBlank(message = "{mufakat.submission.registerRequired}")
        @Pattern(regexp = "CALIBRATED|UNVARNISHED", message = "{mufakat.submission.registerRequired}")
        String register,
        @Size(max = 20000, message = "{mufakat.tooLong}") String coverLetter,
        @NotBlank(message = "{mufakat.submission.recipientsRequired}")
        @Size(max = 2000, message = "{mufakat.tooLong}") String recipients,
        @NotBlank(message = "{mufakat.submission.keyInvalid}")
        @Pattern(regexp = "[A-Za-z0-9_.:-]{1,100}", message = "{mufakat.submission.keyInvalid}")
        String idempotencyKey) {

    public static SubmissionForm from(FormData f) {
        return new SubmissionForm(f.number("forumSessionId"), f.text("register"), f.text("coverLetter"),
                f.text("recipients"), f.text("idempotencyKey"));
    }

    public SubmissionForm withKey(String key) {
        return new SubmissionForm(forumSessionId, register, coverLetter, recipients, key);
    }
}
