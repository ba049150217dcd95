package org.mufakat.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.mufakat.web.FormData;

/** The label of a version the convenor takes. */
public record VersionForm(
        @NotBlank(message = "{mufakat.review.labelRequired}") @Size(max = 200, message = "{mufakat.tooLong}")
        String label) {

    public static VersionForm from(FormData f) {
        return new VersionForm(f.text("label"));
    }

    public static VersionForm empty() {
        return new VersionForm(null);
    }
}
