package org.mufakat.network;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.mufakat.web.FormData;

/** Add or edit a constituency. {@code version} is the one the editor saw, for optimistic locking. */
public record ConstituencyForm(
        @NotBlank(message = "{mufakat.required}") @Pattern(regexp = "[A-Za-z][A-Za-z0-9-]{1,15}",
                message = "{mufakat.code}") String code,
        @NotBlank(message = "{mufakat.required}") @Size(max = 200, message = "{mufakat.tooLong}") String name,
        @NotBlank(message = "{mufakat.required}") @Size(max = 100, message = "{mufakat.tooLong}") String country,
        Long version) {

    public static ConstituencyForm from(FormData f) {
        return new ConstituencyForm(f.text("code"), f.text("name"), f.text("country"), f.number("version"));
    }

    public static ConstituencyForm of(Constituency c) {
        return new ConstituencyForm(c.code, c.name, c.country, c.version);
    }

    public static ConstituencyForm empty() {
        return new ConstituencyForm(null, null, null, null);
    }

    public String normalisedCode() {
        return code == null ? null : code.toUpperCase();
    }
}
