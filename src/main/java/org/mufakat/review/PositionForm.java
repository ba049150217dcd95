package org.mufakat.review;

import jakarta.validation.constraints.Size;

import org.mufakat.web.FormData;

/**
 * A position: for whom ({@code actingFor}: "C" and a constituency code, or "O" and an organisation id, as the form's
 * choices say), on what (a recommendation id, or none for the whole proposal), which stance, and the note (required
 * for a reservation or an objection).
 */
public record PositionForm(
        String actingFor,
        Long recommendationId,
        String stance,
        @Size(max = 2000, message = "{mufakat.tooLong}") String note) {

    public static PositionForm from(FormData f) {
        return new PositionForm(f.text("actingFor"), f.number("recommendationId"), f.text("stance"), f.text("note"));
    }

    public static PositionForm empty(Long recommendationId) {
        return new PositionForm(null, recommendationId, null, null);
    }

    public boolean chose(String value) {
        return value != null && value.equals(stance);
    }
}
