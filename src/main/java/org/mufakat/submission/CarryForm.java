package org.mufakat.submission;

import java.util.List;

import org.mufakat.web.FormData;

/** Which recommendations of a closed round to carry, and into which round. */
public record CarryForm(Long targetRoundId, List<Long> recommendationIds) {

    public CarryForm {
        recommendationIds = recommendationIds == null ? List.of() : List.copyOf(recommendationIds);
    }

    public static CarryForm from(FormData f) {
        return new CarryForm(f.number("targetRoundId"), f.texts("recommendation").stream()
                .filter(v -> v.matches("\\d{1,18}")).map(Long::valueOf).distinct().toList());
    }

    public boolean has(Long id) {
        return recommendationIds.contains(id);
    }
}
