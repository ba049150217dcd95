package org.mufakat.input;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.mufakat.web.FormData;

/** Why an input is returned for revision, or why a constituency sends no input. */
public record ReasonForm(
        @NotBlank(message = "{mufakat.input.reasonRequired}") @Size(max = 2000, message = "{mufakat.tooLong}")
        String reason) {

    public static ReasonForm from(FormData f) {
        return new ReasonForm(f.text("reason"));
    }

    public static ReasonForm empty() {
        return new ReasonForm(null);
    }
}
