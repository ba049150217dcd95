package org.mufakat.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.mufakat.harmonize.Recommendation;
import org.mufakat.web.FormData;

/**
 * A recommendation's two registers as the convenor edits them during review; after endorsement opened, whether the
 * edit is editorial or substantive ({@code kind}, substantive when not said). {@code version} is the
 * recommendation's, as loaded.
 */
public record EditForm(
        @NotBlank(message = "{mufakat.required}") @Size(max = 10000, message = "{mufakat.tooLong}") String text,
        @Size(max = 10000, message = "{mufakat.tooLong}") String unvarnishedText,
        String kind,
        @Size(max = 500, message = "{mufakat.tooLong}") String note,
        Long version) {

    public static EditForm from(FormData f) {
        return new EditForm(f.text("text"), f.text("unvarnishedText"), f.text("kind"), f.text("note"),
                f.number("version"));
    }

    public static EditForm of(Recommendation r) {
        return new EditForm(r.text, r.unvarnishedText, EditKind.SUBSTANTIVE.name(), null, r.version);
    }

    public EditForm withVersion(Long newVersion) {
        return new EditForm(text, unvarnishedText, kind, note, newVersion);
    }

    public boolean isEditorial() {
        return EditKind.EDITORIAL.name().equals(kind);
    }
}
