package org.mufakat.harmonize;

import java.util.List;

import jakarta.validation.constraints.Size;

import org.mufakat.web.FormData;

/**
 * Record a statement's fate. {@code fate} is a {@link Fate} name; {@code recommendation} the id of the recommendation
 * it went into, when naming one adds it as a source; {@code version} the disposition's, when one exists.
 */
public record DispositionForm(
        String fate,
        @Size(max = 4000, message = "{mufakat.tooLong}") String rationale,
        Long recommendation,
        Long version) {

    public static DispositionForm from(FormData f) {
        return new DispositionForm(f.text("fate"), f.text("rationale"), f.number("recommendation"),
                f.number("version"));
    }

    public static DispositionForm of(Disposition d) {
        return d == null ? new DispositionForm(null, null, null, null)
                : new DispositionForm(d.fate.name(), d.rationale,
                        d.recommendation == null ? null : d.recommendation.id, d.version);
    }

    /** Every fate, for the form's radio buttons. */
    public List<Fate> allFates() {
        return List.of(Fate.values());
    }

    /** The fate named, or null when none or an unknown one was sent. */
    public Fate fateValue() {
        if (fate == null) {
            return null;
        }
        for (Fate f : Fate.values()) {
            if (f.name().equals(fate)) {
                return f;
            }
        }
        return null;
    }
}
