package org.mufakat.review;

import jakarta.validation.constraints.Size;

import org.mufakat.web.FormData;

/** The last day of a review stage, with an optional reason (for example for an extension). */
public record WindowForm(
        String stage,
        String closesOn,
        @Size(max = 500, message = "{mufakat.tooLong}") String reason) {

    public static WindowForm from(FormData f) {
        return new WindowForm(f.text("stage"), f.text("closesOn"), f.text("reason"));
    }

    public static WindowForm empty() {
        return new WindowForm(null, null, null);
    }
}
