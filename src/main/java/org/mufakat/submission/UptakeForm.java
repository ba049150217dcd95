package org.mufakat.submission;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.mufakat.web.FormData;

/**
 * The uptake of one recommendation: its level ({@code NONE}, {@code PARTIAL} or {@code FULL}), the official wording
 * that takes it up and a reference to where it stands; {@code version} is the recorded uptake's, when the form was
 * loaded with one (none from the API means "whatever it is now").
 */
public record UptakeForm(
        @NotBlank(message = "{mufakat.uptake.levelRequired}") String level,
        @Size(max = 10000, message = "{mufakat.tooLong}") String officialText,
        @Size(max = 300, message = "{mufakat.tooLong}") String reference,
        Long version) {

    public static UptakeForm from(FormData f) {
        return new UptakeForm(f.text("level"), f.text("officialText"), f.text("reference"), f.number("version"));
    }

    /** The form as recorded now, or empty. */
    public static UptakeForm of(Uptake u) {
        return u == null ? new UptakeForm(null, null, null, null)
                : new UptakeForm(u.level.name(), u.officialText, u.reference, u.version);
    }

    public UptakeForm withVersion(Long current) {
        return new UptakeForm(level, officialText, reference, current);
    }
}
