package org.mufakat.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.mufakat.web.FormData;

/** A new comment or a reply; {@code quote} is an optional passage of the recommendation it is about. */
public record CommentForm(
        @Size(max = 1000, message = "{mufakat.tooLong}") String quote,
        @NotBlank(message = "{mufakat.review.commentRequired}") @Size(max = 4000, message = "{mufakat.tooLong}")
        String body) {

    public static CommentForm from(FormData f) {
        return new CommentForm(f.text("quote"), f.text("body"));
    }

    public static CommentForm empty() {
        return new CommentForm(null, null);
    }
}
