package org.mufakat.network;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.mufakat.web.FormData;

/**
 * A new personal API token: a name that says where it is used, and its lifetime in days (90 unless chosen, at most a
 * year). {@code key} comes from the form (or the API's Idempotency-Key): the same request twice makes one token.
 */
public record ApiTokenForm(
        @NotBlank(message = "{mufakat.required}") @Size(max = 100, message = "{mufakat.tooLong}") String name,
        @NotNull(message = "{mufakat.required}") @Min(value = 1, message = "{mufakat.token.days}")
        @Max(value = ApiTokenForm.MAX_DAYS, message = "{mufakat.token.days}") Integer expiresInDays,
        @Size(max = 100, message = "{mufakat.tooLong}") String key) {

    public static final int DEFAULT_DAYS = 90;
    public static final int MAX_DAYS = 365;

    public static ApiTokenForm empty() {
        return new ApiTokenForm(null, DEFAULT_DAYS, null);
    }

    public static ApiTokenForm from(FormData f) {
        Long days = f.number("expiresInDays");
        return new ApiTokenForm(f.text("name"), days == null || days > Integer.MAX_VALUE || days < Integer.MIN_VALUE
                ? null : days.intValue(), f.text("key"));
    }
}
