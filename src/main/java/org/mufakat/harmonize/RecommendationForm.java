package org.mufakat.harmonize;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.mufakat.web.FormData;

/**
 * Create or change a recommendation. {@code theme} is the theme's code; {@code sources} the ids of the statements it
 * comes from; an empty {@code unvarnishedText} means the unvarnished register reads as the calibrated one.
 */
public record RecommendationForm(
        @NotBlank(message = "{mufakat.harmonize.chooseTheme}") String theme,
        @NotBlank(message = "{mufakat.required}") @Size(max = 200, message = "{mufakat.tooLong}") String addressee,
        @NotBlank(message = "{mufakat.required}") @Size(max = 10000, message = "{mufakat.tooLong}") String text,
        @Size(max = 10000, message = "{mufakat.tooLong}") String unvarnishedText,
        List<Long> sources,
        Long version) {

    public static RecommendationForm from(FormData f) {
        return new RecommendationForm(f.text("theme"), f.text("addressee"), f.text("text"),
                f.text("unvarnishedText"), ids(f.texts("source")), f.number("version"));
    }

    public static RecommendationForm of(Recommendation r) {
        return new RecommendationForm(r.theme.code, r.addressee, r.text, r.unvarnishedText,
                r.sources.stream().map(s -> s.id).toList(), r.version);
    }

    public RecommendationForm {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public boolean hasSource(Long id) {
        return sources.contains(id);
    }

    /** Ids as sent by checkboxes; anything that is not a number is dropped (and so is not a source). */
    static List<Long> ids(List<String> values) {
        return values.stream().filter(v -> v.matches("\\d{1,18}")).map(Long::valueOf).distinct().toList();
    }
}
