package org.mufakat.round;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.mufakat.web.FormData;

/**
 * Set up or change a round. Themes are written one per line as "CODE: Title", addressees one per line; dates as
 * YYYY-MM-DD. The texts are kept as typed so that a form that comes back with errors loses nothing.
 */
public record RoundForm(
        @NotBlank(message = "{mufakat.required}") @Size(max = 200, message = "{mufakat.tooLong}") String title,
        @Size(max = 4000, message = "{mufakat.tooLong}") String purpose,
        Long forumSessionId,
        @NotBlank(message = "{mufakat.round.themesRequired}") String themes,
        @NotBlank(message = "{mufakat.round.addresseesRequired}") String addressees,
        List<String> constituencyCodes,
        @NotBlank(message = "{mufakat.required}") String inputDeadline,
        String endorsementDeadline,
        List<String> reviewStages,
        Long version) {

    public static RoundForm from(FormData f) {
        return new RoundForm(f.text("title"), f.text("purpose"), f.number("forumSessionId"), f.text("themes"),
                f.text("addressees"), f.texts("constituencyCodes"), f.text("inputDeadline"),
                f.text("endorsementDeadline"), f.texts("reviewStages"), f.number("version"));
    }

    public static RoundForm of(Round r) {
        return new RoundForm(r.title, r.purpose, r.forumSession == null ? null : r.forumSession.id,
                String.join("\n", r.themes.stream().map(t -> t.code + ": " + t.title).toList()),
                String.join("\n", r.addressees.stream().map(a -> a.name).toList()),
                r.participants.stream().map(p -> p.constituency.code).toList(), r.inputDeadline.toString(),
                r.endorsementDeadline == null ? null : r.endorsementDeadline.toString(),
                r.reviewStages().stream().map(Enum::name).toList(), r.version);
    }

    public static RoundForm empty() {
        return new RoundForm(null, null, null, null, String.join("\n", RoundSetup.DEFAULT_ADDRESSEES), List.of(),
                null, null, List.of(RoundStatus.MEMBER_REVIEW.name(), RoundStatus.CALIBRATION.name()), null);
    }

    public boolean hasConstituency(String code) {
        return constituencyCodes != null && constituencyCodes.contains(code);
    }

    public boolean hasStage(String stage) {
        return reviewStages != null && reviewStages.contains(stage);
    }
}
